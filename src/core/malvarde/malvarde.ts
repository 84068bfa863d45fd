/** A målvärde once read (spec §6): its structure, and the constructors every parsed value is built with. */
import type { Riktning } from "../bedomning/riktning";
import type { Tal } from "../tal/tal";

export type Operator = "<=" | "<" | ">=" | ">";

/** Is the operator an upper limit (≤, <), so that a lower utfall is better? */
export const arTak = (op: Operator): boolean => op === "<=" || op === "<";

export type Forandringssatt = "procent" | "procentenheter" | "antal";

export type Malvarde =
  /** v op x; op undefined for a number alone (direction from riktning). */
  | { readonly typ: "grans"; readonly op?: Operator; readonly x: Tal }
  | { readonly typ: "intervall"; readonly fran: Tal; readonly till: Tal }
  /** |v| ≤ x */
  | { readonly typ: "band"; readonly x: Tal }
  /** v ≥ 0 */
  | { readonly typ: "balans" }
  /** v > f (upp) or v < f */
  | { readonly typ: "trend"; readonly upp: boolean }
  | { readonly typ: "forandring"; readonly upp: boolean; readonly x: Tal; readonly satt: Forandringssatt }
  | { readonly typ: "bibehalla" }
  | { readonly typ: "jamforelse"; readonly satt: "basta" | "medel"; readonly strikt: boolean }
  | { readonly typ: "olasbar"; readonly orsak: string };

/** Every field some Malvarde has. */
interface Falt {
  readonly op?: Operator;
  readonly x?: Tal;
  readonly fran?: Tal;
  readonly till?: Tal;
  readonly upp?: boolean;
  readonly satt?: Forandringssatt | "basta" | "medel";
  readonly strikt?: boolean;
  readonly orsak?: string;
}

/**
 * Every Malvarde carries every field, in one order (undefined where its typ has none): V8 then gives all of
 * them one hidden class, and the status rules' reads of `typ`, `x` and `op` stay monomorphic.
 */
function mal<M extends Malvarde>(typ: M["typ"], f: Falt): M {
  const { op, x, fran, till, upp, satt, strikt, orsak } = f;
  return { typ, op, x, fran, till, upp, satt, strikt, orsak } as unknown as M;
}

type Av<T extends Malvarde["typ"]> = Extract<Malvarde, { typ: T }>;
const INGA: Falt = {};

export const grans = (x: Tal, op?: Operator): Malvarde => mal<Av<"grans">>("grans", { op, x });
export const intervall = (fran: Tal, till: Tal): Malvarde => mal<Av<"intervall">>("intervall", { fran, till });
export const band = (x: Tal): Malvarde => mal<Av<"band">>("band", { x });
export const balans = (): Malvarde => mal<Av<"balans">>("balans", INGA);
export const trend = (upp: boolean): Malvarde => mal<Av<"trend">>("trend", { upp });
export const forandring = (upp: boolean, x: Tal, satt: Forandringssatt): Malvarde =>
  mal<Av<"forandring">>("forandring", { upp, x, satt });
export const bibehalla = (): Malvarde => mal<Av<"bibehalla">>("bibehalla", INGA);
export const jamforelse = (satt: "basta" | "medel", strikt: boolean): Malvarde =>
  mal<Av<"jamforelse">>("jamforelse", { satt, strikt });
export const olasbarMal = (orsak: string): Malvarde => mal<Av<"olasbar">>("olasbar", { orsak });

export interface TolkatMalvarde {
  readonly malvarde: Malvarde;
  /** Riktning the text itself states (≤ → lower is better...). */
  readonly riktning?: Riktning;
  /** The phrase read from a sentence, when the target was found inside longer text. */
  readonly kalla?: string;
}

/** Every TolkatMalvarde has all three fields, so V8 gives them one hidden class. */
export const tolkat = (malvarde: Malvarde, riktning?: Riktning, kalla?: string): TolkatMalvarde => ({
  malvarde,
  riktning,
  kalla,
});
