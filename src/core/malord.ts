/** The words of the målvärde grammar (spec §6), held once: the whole-text reader and the sentence search use them. */
import { balans, bibehalla, tolkat, trend, type Operator, type TolkatMalvarde } from "./maltyp";
import { arGemenBokstav, harVid, kod, Texttabell } from "./text";

const MAX = ["maximalt", "max.", "max", "högst"];

/** The operator words, by the comparison they ask for. */
const OPERATORORD: Readonly<Record<Operator, readonly string[]>> = {
  "<=": ["≤", ...MAX, "inte över", "ej över", "inte mer än", "inte högre än"],
  "<": ["<", "under", "lägre än", "mindre än", "färre än"],
  ">=": ["≥", "minst", "lägst", "inte under", "ej under", "inte lägre än", "inte mindre än"],
  ">": [">", "över", "mer än", "högre än", "fler än", "större än"],
};

/** What a prefix asks of the number after it. `max` (max, högst) may also start a band or a negative deviation. */
export type Prefixregel =
  | { readonly typ: "grans"; readonly op: Operator; readonly max: boolean }
  | { readonly typ: "band" }
  | { readonly typ: "forandring"; readonly upp: boolean };

interface Prefix {
  readonly ord: string;
  readonly regel: Prefixregel;
}

/** How many letters a–z, å, ä, ö `s` starts with. */
function ordlangd(s: string): number {
  let n = 0;
  while (n < s.length && arGemenBokstav(s.charCodeAt(n))) n++;
  return n;
}

/**
 * A number for the first word of `s`: its first character and length (a sign such as ≤ counts as a word of one).
 * Looking up a number is cheap; hashing a new string for a Map costs V8 more than comparing a few characters.
 */
const nyckel = (s: string, n: number): number => s.charCodeAt(0) * 64 + Math.min(Math.max(n, 1), 63);

/** Prefixes by first character and first-word length, longest first: a lookup leaves one or a few to compare. */
const PREFIX: ReadonlyMap<number, readonly Prefix[]> = (() => {
  const alla: Prefix[] = [{ ord: "±", regel: { typ: "band" } }];
  for (const [op, ord] of Object.entries(OPERATORORD) as [Operator, readonly string[]][]) {
    for (const o of ord) alla.push({ ord: o, regel: { typ: "grans", op, max: MAX.includes(o) } });
  }
  for (const ska of ["", "ska "])
    for (const verb of ["öka", "minska"])
      for (const s of ["", "s"])
        alla.push({ ord: `${ska}${verb}${s} med`, regel: { typ: "forandring", upp: verb === "öka" } });
  const karta = new Map<number, Prefix[]>();
  for (const p of alla.sort((a, b) => b.ord.length - a.ord.length)) {
    const k = nyckel(p.ord, ordlangd(p.ord));
    karta.set(k, [...(karta.get(k) ?? []), p]);
  }
  return karta;
})();

/**
 * The operator prefix `s` starts with (s normalised: lower case, ≤ ≥ ±), and where its number begins.
 * A word must end there: "maxbelopp" does not start with "max".
 */
export function lasPrefix(s: string): { regel: Prefixregel; slut: number } | undefined {
  if (s.length === 0) return undefined;
  const kandidater = PREFIX.get(nyckel(s, ordlangd(s)));
  if (kandidater === undefined) return undefined;
  for (let k = 0; k < kandidater.length; k++) {
    const { ord, regel } = kandidater[k];
    const n = ord.length;
    if (arGemenBokstav(kod(s, n)) || !harVid(s, 0, ord)) continue;
    return { regel, slut: kod(s, n) === 32 ? n + 1 : n };
  }
  return undefined;
}

const somRegex = (ord: readonly string[]): string => ord.map((o) => o.replace(/[.+?*()[\]|\\^$]/g, "\\$&")).join("|");

/** Every operator word and ±, as one alternation for searching inside sentences. */
export const OPERATORER_REGEX = somRegex(
  ["±", ...Object.values(OPERATORORD).flat()].sort((a, b) => b.length - a.length),
);

const medSka = (ord: readonly string[]): string[] => ord.flatMap((o) => [o, `ska ${o}`]);
const OKA = ["ökar", "öka", "ökning", "förbättras", "förbättra", "högre än föregående år"];
const MINSKA = ["minskar", "minska", "minskning", "lägre än föregående år"];

/** Targets written in words alone, looked up whole: "budget i balans", "ska öka", "bibehålla nivån". */
export const ORDMAL: Texttabell<TolkatMalvarde> = (() => {
  const karta = new Map<string, TolkatMalvarde>();
  const lagg = (fraser: readonly string[], t: TolkatMalvarde) => {
    for (const f of fraser) karta.set(f, Object.freeze(t));
  };
  lagg(["budget i balans", "ekonomi i balans", "ekonomisk balans", "i balans", "balans"], tolkat(balans(), "hogre"));
  lagg(medSka(OKA), tolkat(trend(true), "hogre"));
  lagg(medSka(MINSKA), tolkat(trend(false), "lagre"));
  const bibehallaOrd = medSka(["bibehålla", "bibehållas", "bibehålls", "oförändrad", "oförändrat", "samma nivå"]);
  lagg(
    bibehallaOrd.flatMap((o) => [o, `${o} nivå`, `${o} nivån`]),
    tolkat(bibehalla()),
  );
  return new Texttabell(karta);
})();
