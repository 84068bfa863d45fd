/** A målvärde once read (spec §6): what it asks of the utfall v (and of the previous period's f). */
import type { Riktning } from "../bedomning/riktning";
import type { Operator } from "../ordforrad";
import type { Tal } from "../tal/tal";

export type { Operator } from "../ordforrad";

/** Is the operator an upper limit (≤, <), so that a lower utfall is better? */
export const arTak = (op: Operator): boolean => op === "<=" || op === "<";

/** The opposite comparison, for a negated phrase: not v > X is v ≤ X. */
export const motsatt = (op: Operator): Operator => (({ "<=": ">", "<": ">=", ">=": "<", ">": "<=" }) as const)[op];

/** v op X; without op, X is a level in the riktning (`7 %`, `cirka 7 %`). */
export interface Grans {
  readonly typ: "grans";
  readonly op?: Operator;
  readonly x: Tal;
  /** The word that made X a level (`cirka`, `uppnå`), kept for the reason text. */
  readonly ord?: string;
}
/** fran ≤ v ≤ till: `5–10`, `mellan 5 och 10 %`. */
export interface Intervall {
  readonly typ: "intervall";
  readonly fran: Tal;
  readonly till: Tal;
}
/** |v| ≤ x: `±1 %`, `max 1 % budgetavvikelse`. */
export interface Band {
  readonly typ: "band";
  readonly x: Tal;
}
/** v ≥ 0: `Budget i balans`, `±0`. */
export interface Balans {
  readonly typ: "balans";
}
/** v > 0 with no default band: `positivt resultat`, `överskott`. */
export interface Positivt {
  readonly typ: "positivt";
}
/**
 * v compared with f, without a number: `ökar` is v > f (upp), `minskar` v < f. Negated (`ska inte öka`) the
 * comparison includes f: v ≤ f (`upp` false, `inklusive` true).
 */
export interface Trend {
  readonly typ: "trend";
  readonly upp: boolean;
  readonly inklusive?: boolean;
}
/** How a change is counted: `öka med 10 %` (of f), `öka med 2 procentenheter`, `öka med 5` (units). */
export type Forandringssatt = "procent" | "procentenheter" | "antal";
/** v ≥ f·(1+x) or f+x when up, v ≤ f·(1−x) or f−x when down: `Minska med 10 %`. */
export interface Forandring {
  readonly typ: "forandring";
  readonly upp: boolean;
  readonly x: Tal;
  readonly satt: Forandringssatt;
}
/** v ≥ f (≤ f when lower is better): `Bibehålla`, `oförändrad`. */
export interface Bibehalla {
  readonly typ: "bibehalla";
}
/** v compared with the best (`basta`) or the mean (`medel`) of the comparison values. */
export interface Jamforelse {
  readonly typ: "jamforelse";
  readonly satt: "basta" | "medel";
  readonly strikt: boolean;
}
/** A text that cannot be judged, and why. */
export interface Olasbar {
  readonly typ: "olasbar";
  readonly orsak: string;
}

export type Malvarde =
  Grans | Intervall | Band | Balans | Positivt | Trend | Forandring | Bibehalla | Jamforelse | Olasbar;

// One constructor per kind of target, so that every parsed value has the fields its type names and no others.
export const grans = (x: Tal, op?: Operator, ord?: string): Grans =>
  ord === undefined ? { typ: "grans", op, x } : { typ: "grans", op, x, ord };
export const intervall = (a: Tal, b: Tal): Intervall =>
  a.varde <= b.varde ? { typ: "intervall", fran: a, till: b } : { typ: "intervall", fran: b, till: a };
export const band = (x: Tal): Band => ({ typ: "band", x });
export const balans = (): Balans => ({ typ: "balans" });
export const positivt = (): Positivt => ({ typ: "positivt" });
export const trend = (upp: boolean, inklusive?: boolean): Trend =>
  inklusive ? { typ: "trend", upp, inklusive } : { typ: "trend", upp };
export const forandring = (upp: boolean, x: Tal, satt: Forandringssatt): Forandring => ({
  typ: "forandring",
  upp,
  x,
  satt,
});
export const bibehalla = (): Bibehalla => ({ typ: "bibehalla" });
export const jamforelse = (satt: "basta" | "medel", strikt: boolean): Jamforelse => ({
  typ: "jamforelse",
  satt,
  strikt,
});
export const olasbarMal = (orsak: string): Olasbar => ({ typ: "olasbar", orsak });

/** A målvärde with what its text says besides the target. */
export interface TolkatMalvarde {
  readonly malvarde: Malvarde;
  /** Riktning the text itself states (`max` → lower is better, `öka` → higher). */
  readonly riktning?: Riktning;
  /** The phrase read, when the target was found inside a sentence: named in the reason text. */
  readonly kalla?: string;
}

/** A reading of a målvärde, with the riktning and the phrase only when there are any. */
export const tolkat = (malvarde: Malvarde, riktning?: Riktning, kalla?: string): TolkatMalvarde => ({
  malvarde,
  ...(riktning ? { riktning } : {}),
  ...(kalla !== undefined ? { kalla } : {}),
});

/**
 * A målvärde judged on a deviation (KPI.BUDGETAVVIKELSE.STATUS, spec §5, §6): an upper limit (`Max 1 %`, `Högst
 * 500 tkr`, `≤ 1 %`) is the symmetric band |v| ≤ X, as `max 1 % budgetavvikelse` is, with its riktning (a surplus is
 * the favourable side); `Max 0 %` is budget i balans, as `±0` is. Any other target stays as it is.
 */
export function somAvvikelsemal(t: TolkatMalvarde): TolkatMalvarde {
  const m = t.malvarde;
  if (m.typ !== "grans" || m.op === undefined || !arTak(m.op) || m.x.varde < 0) return t;
  return tolkat(m.x.varde === 0 ? balans() : band(m.x), "hogre", t.kalla);
}
