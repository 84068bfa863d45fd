/** The words of the målvärde grammar (spec §6), held once: the whole-text reader and the sentence search use them. */
import type { Operator, TolkatMalvarde } from "./malvarde";

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

/** Prefixes by their first character, longest first, so a text is matched in one pass. */
const PREFIX: ReadonlyMap<string, readonly (readonly [string, Prefixregel])[]> = (() => {
  const alla: [string, Prefixregel][] = [["±", { typ: "band" }]];
  for (const [op, ord] of Object.entries(OPERATORORD) as [Operator, readonly string[]][]) {
    for (const o of ord) alla.push([o, { typ: "grans", op, max: MAX.includes(o) }]);
  }
  for (const ska of ["", "ska "])
    for (const verb of ["öka", "minska"])
      for (const s of ["", "s"]) alla.push([`${ska}${verb}${s} med`, { typ: "forandring", upp: verb === "öka" }]);
  const karta = new Map<string, [string, Prefixregel][]>();
  for (const post of alla.sort((a, b) => b[0].length - a[0].length)) {
    const lista = karta.get(post[0][0]) ?? [];
    lista.push(post);
    karta.set(post[0][0], lista);
  }
  return karta;
})();

const arGemenBokstav = (c: number): boolean => (c >= 97 && c <= 122) || c === 229 || c === 228 || c === 246;

/**
 * The operator prefix `s` starts with (s normalised: lower case, ≤ ≥ ±), and where its number begins.
 * A word must end there: "maxbelopp" does not start with "max".
 */
export function lasPrefix(s: string): { regel: Prefixregel; slut: number } | undefined {
  const kandidater = PREFIX.get(s.charAt(0));
  if (!kandidater) return undefined;
  for (const [ord, regel] of kandidater) {
    if (!s.startsWith(ord) || arGemenBokstav(s.charCodeAt(ord.length))) continue;
    return { regel, slut: s.charCodeAt(ord.length) === 32 ? ord.length + 1 : ord.length };
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
export const ORDMAL: ReadonlyMap<string, TolkatMalvarde> = (() => {
  const karta = new Map<string, TolkatMalvarde>();
  const lagg = (fraser: readonly string[], tolkat: TolkatMalvarde) => {
    for (const f of fraser) karta.set(f, Object.freeze(tolkat));
  };
  lagg(["budget i balans", "ekonomi i balans", "ekonomisk balans", "i balans", "balans"], {
    malvarde: { typ: "balans" },
    riktning: "hogre",
  });
  lagg(medSka(OKA), { malvarde: { typ: "trend", upp: true }, riktning: "hogre" });
  lagg(medSka(MINSKA), { malvarde: { typ: "trend", upp: false }, riktning: "lagre" });
  const bibehalla = medSka(["bibehålla", "bibehållas", "bibehålls", "oförändrad", "oförändrat", "samma nivå"]);
  lagg(
    bibehalla.flatMap((o) => [o, `${o} nivå`, `${o} nivån`]),
    { malvarde: { typ: "bibehalla" } },
  );
  return karta;
})();
