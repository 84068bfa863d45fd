/**
 * The percent scale of spec §2: is a plain number beside a percentage a fraction (0,36) or percentage points (36)?
 * Real sheets keep both: an Excel cell formatted as % holds the fraction, while many tables type `36` under the
 * header `Andel (%)` beside the målvärde `Minst 42 %`. The judgement (bedomning.ts) and the table reader read every
 * plain number through `lasIProcentskala`, so a status is the same whichever reads it.
 */
import type { Malvarde } from "../malvarde/malvarde";
import type { Tal } from "../tal/tal";

/**
 * Where a plain number stands, as far as the percent scale goes: beside a målvärde that is a percentage level X
 * (`42 %`, `≤ 7 %`, `mellan 5 och 10 %`, `±1 %`), given as X; or "procentenheter": in a check that knows its
 * indicator is a percentage (the .STATUS functions of sjukfrånvaro, personalomsättning and budgetavvikelse in %),
 * or beside a `procentenheter` target, where a value above 1 is points.
 */
export type Procentsammanhang = Tal | "procentenheter";

/**
 * The percentage level a målvärde sets, if it is one: X of `42 %`, `≤ 7 %`, `cirka 7 %` and `±1 %`, the upper
 * bound of `mellan 5 och 10 %`. A change (`öka med 10 %`), a trend or a plain number sets none.
 */
export function procentniva(m: Malvarde): Tal | undefined {
  switch (m.typ) {
    case "grans":
    case "band":
      return m.x.procent ? m.x : undefined;
    case "intervall":
      return m.till.procent ? m.till : undefined;
    default:
      return undefined;
  }
}

/**
 * The percent-scale context a målvärde gives the plain numbers beside it (utfall, föregående, gränsvärde,
 * comparison values); undefined where plain numbers are read as they are. `procentindikator`: the check knows its
 * indicator is a percentage.
 */
export function procentsammanhang(m: Malvarde, procentindikator: boolean): Procentsammanhang | undefined {
  if (procentindikator) return "procentenheter";
  if (m.typ === "forandring" && m.satt === "procentenheter") return "procentenheter";
  return procentniva(m);
}

/**
 * Spec §2, the percent scale: how a plain number v (written without %, without a unit) is read beside a
 * percentage. Beside a percentage level X, v is a fraction when |v| ≤ 1 or when it lies within a factor ten of the
 * target (|v| < 10·|X|: 1,2 beside `Minst 100 %` is 120 %), and percentage points otherwise (36 beside `Minst
 * 42 %` is 36 %). Beside a ‰ level the same holds in thousandths, without the |v| ≤ 1 clause (0,5 beside `max
 * 2 ‰` is 0,5 ‰). In the `procentenheter` context a value above 1 is points (7 is 7 %), one up to 1 a fraction.
 * A number written as a share or with a unit, and any number outside these contexts, is returned as it is.
 * Returns v as a share (`procent` true) otherwise.
 */
export function lasIProcentskala(v: Tal, sammanhang: Procentsammanhang | undefined): Tal {
  if (sammanhang === undefined || v.procent || v.enhet !== undefined) return v;
  const storlek = Math.abs(v.varde);
  if (sammanhang === "procentenheter") return storlek > 1 ? andel(v, v.varde / 100) : andel(v, v.varde);
  const niva = sammanhang;
  const inomTiogang = storlek < 10 * Math.abs(niva.varde);
  if (niva.promille) return andel(v, inomTiogang ? v.varde : v.varde / 1000, true);
  return storlek <= 1 || inomTiogang ? andel(v, v.varde) : andel(v, v.varde / 100);
}

/** `v` as the share `varde` (a fraction), in ‰ when `promille`; a rate unit is kept. */
function andel(v: Tal, varde: number, promille = false): Tal {
  const t: Tal = promille ? { varde, procent: true, promille } : { varde, procent: true };
  return v.per ? { ...t, per: v.per } : t;
}
