/** The words of the målvärde grammar (spec §6), held once: the whole-text reader and the sentence search use them. */
import { balans, bibehalla, tolkat, trend, type Operator, type TolkatMalvarde } from "./malvarde";
import { arGemenBokstav, kod, Texttabell } from "../tal/text";

const MAX = ["maximalt", "max.", "max", "högst"];

/** The operator words, by the comparison they ask for. */
const OPERATORORD: Readonly<Record<Operator, readonly string[]>> = {
  "<=": ["≤", ...MAX, "inte över", "ej över", "inte mer än", "inte högre än"],
  "<": ["<", "under", "lägre än", "mindre än", "färre än"],
  ">=": ["≥", "minst", "lägst", "inte under", "ej under", "inte lägre än", "inte mindre än"],
  ">": [">", "över", "mer än", "högre än", "fler än", "större än"],
};

/** Operators typed with plain keys, and the sign they stand for. */
export const OPERATORSTAVNINGAR: Readonly<Record<string, "≤" | "≥" | "±">> = {
  "<=": "≤",
  "=<": "≤",
  ">=": "≥",
  "=>": "≥",
  "+/-": "±",
  "+-": "±",
};

/** What a prefix asks of the number after it. `max` (max, högst) may also start a band or a negative deviation. */
export type Prefixregel =
  | { readonly typ: "grans"; readonly op: Operator; readonly max: boolean }
  | { readonly typ: "band" }
  | { readonly typ: "forandring"; readonly upp: boolean };

export interface Prefix {
  readonly ord: string;
  readonly regel: Prefixregel;
  /** The code units of `ord`, then EJ_BOKSTAV (no letter may follow), then ALLA up to four. */
  readonly koder: readonly number[];
}

const ALLA = -2;
const EJ_BOKSTAV = -3;

function prefix(ord: string, regel: Prefixregel): Prefix {
  const koder = Array.from({ length: Math.max(ord.length + 1, 4) }, (_, i) =>
    i < ord.length ? ord.charCodeAt(i) : i === ord.length ? EJ_BOKSTAV : ALLA,
  );
  return { ord, regel, koder };
}

/** Does the code unit c stand where a prefix expects `vantat`? */
const stammer = (vantat: number, c: number): boolean =>
  vantat === c || vantat === ALLA || (vantat === EJ_BOKSTAV && !arGemenBokstav(c));

/**
 * Prefixes by the low byte of their first code unit, longest first. Reading a code unit costs V8 far more
 * than comparing two numbers, so a text is read once up to its fourth unit and every candidate is compared
 * with that; only a candidate longer than that reads on.
 */
const PREFIX: readonly (readonly Prefix[])[] = (() => {
  const alla: Prefix[] = [prefix("±", { typ: "band" })];
  for (const [op, ord] of Object.entries(OPERATORORD) as [Operator, readonly string[]][]) {
    for (const o of ord) alla.push(prefix(o, { typ: "grans", op, max: MAX.includes(o) }));
  }
  // A text that is otherwise in normal form is read without folding "+/-" or "<=" first.
  for (const [stavning, tecken] of Object.entries(OPERATORSTAVNINGAR)) {
    alla.push(prefix(stavning, (alla.find((p) => p.ord === tecken) as Prefix).regel));
  }
  for (const ska of ["", "ska "])
    for (const verb of ["öka", "minska"])
      for (const s of ["", "s"]) alla.push(prefix(`${ska}${verb}${s} med`, { typ: "forandring", upp: verb === "öka" }));
  alla.sort((a, b) => b.ord.length - a.ord.length);
  return Array.from({ length: 256 }, (_, b) => alla.filter((p) => (p.ord.charCodeAt(0) & 0xff) === b));
})();

/**
 * The operator prefix `s` starts with (s lower case but perhaps its first code unit, whose lower case is c0;
 * ≤ ≥ ± or their plain spellings <= >= +/-). A word must end there: "maxbelopp" does not start with "max".
 * Its number follows after at most one space, see `efterPrefix`.
 */
export function lasPrefix(s: string, c0: number): Prefix | undefined {
  const kandidater = PREFIX[c0 & 0xff];
  if (kandidater.length === 0) return undefined;
  const c1 = kod(s, 1);
  const c2 = kod(s, 2);
  const c3 = kod(s, 3);
  for (let k = 0; k < kandidater.length; k++) {
    const p = kandidater[k];
    const koder = p.koder;
    if (koder[0] !== c0 || !stammer(koder[1], c1) || !stammer(koder[2], c2) || !stammer(koder[3], c3)) continue;
    let i = 4;
    while (i < koder.length && stammer(koder[i], kod(s, i))) i++;
    if (i === koder.length) return p;
  }
  return undefined;
}

/** Where the number after prefix `p` at the start of `s` begins. */
export function efterPrefix(s: string, p: Prefix): number {
  const n = p.ord.length;
  return kod(s, n) === 32 ? n + 1 : n;
}

const somRegex = (ord: readonly string[]): string => ord.map((o) => o.replace(/[.+?*()[\]|\\^$]/g, "\\$&")).join("|");

/** Every operator word and ±, as one alternation for searching inside sentences. */
export const OPERATORER_REGEX = somRegex(
  ["±", ...Object.values(OPERATORORD).flat()].sort((a, b) => b.length - a.length),
);

const medSka = (ord: readonly string[]): string[] => ord.flatMap((o) => [o, `ska ${o}`]);
const OKA = ["ökar", "öka", "ökning", "förbättras", "förbättra", "högre än föregående år"];
const MINSKA = ["minskar", "minska", "minskning", "lägre än föregående år"];

/**
 * Targets written in words alone, looked up whole: "budget i balans", "ska öka", "bibehålla nivån". Each is
 * listed also as a cell usually starts it, with a capital ("Budget i balans"), so that it is found unfolded.
 */
export const ORDMAL: Texttabell<TolkatMalvarde> = (() => {
  const karta = new Map<string, TolkatMalvarde>();
  const lagg = (fraser: readonly string[], t: TolkatMalvarde) => {
    Object.freeze(t);
    for (const f of fraser) {
      karta.set(f, t);
      karta.set(f.charAt(0).toUpperCase() + f.slice(1), t);
    }
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
