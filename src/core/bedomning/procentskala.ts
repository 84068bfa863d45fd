/**
 * The percent scale of spec §2: is a plain number beside a percentage a fraction (0,36) or percentage points (36)?
 * Real sheets keep both: an Excel cell formatted as % holds the fraction, while many tables type `36` under the
 * header `Andel (%)` beside the målvärde `Minst 42 %`. The judgement (bedomning.ts) and the table reader read every
 * plain number through `lasIProcentskala`, in the context `procentsammanhang` decides, so a status is the same
 * whichever reads it.
 */
import type { Malvarde } from "../malvarde/malvarde";
import type { Tal } from "../tal/tal";

/**
 * Where a plain number stands, as far as the percent scale goes: beside a percentage level X (`42 %`, `≤ 7 %`,
 * `mellan 5 och 10 %`, `±1 %`, `Max 2 procentenheter`, or a föregående written as a percentage that the target is
 * measured from), given as X; or "procentenheter": in a check that knows its indicator is a percentage, where a
 * value above 1 is points.
 */
export type Procentsammanhang = Tal | "procentenheter";

/** What a check knows of its values as they were written, beside the målvärde. */
export interface Skrivet {
  /** The utfall as written (or computed). */
  readonly utfall?: Tal;
  /** The previous period's utfall as written. */
  readonly foregaende?: Tal;
  /** The comparison values as written. */
  readonly jamforelse?: readonly Tal[];
}

/**
 * The percentage level a målvärde sets, if it is one: X of `42 %`, `≤ 7 %`, `cirka 7 %`, `±1 %` and `Max 2
 * procentenheter`, the upper bound of `mellan 5 och 10 %`. A change (`öka med 10 %`), a trend or a plain number
 * sets none.
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

/** Is the target measured from föregående (a trend, a change, bibehålla), so that f sets its scale? */
const franForegaende = (m: Malvarde): boolean => m.typ === "trend" || m.typ === "forandring" || m.typ === "bibehalla";

/**
 * The one rule that decides the percent-scale context of a check (spec §2), for the plain numbers in it (målvärde,
 * utfall, föregående, gränsvärde, comparison values); undefined where plain numbers are read as they are. In order:
 * 1. the check knows its indicator is a percentage (`procentindikator`: the .STATUS functions of sjukfrånvaro and
 *    personalomsättning), or the target is a change in procentenheter: "procentenheter", a value above 1 is points;
 * 2. the målvärde is a percentage level X (`Minst 42 %`): X, read by the factor-ten rule of `lasIProcentskala`;
 * 3. the utfall is written as a percentage (`25 %`, as the task pane passes a cell formatted as %): the indicator is
 *    a percentage, "procentenheter" (7 beside `25 %` is 7 %); written in ‰ (`1,5 ‰`): the utfall is the level, so
 *    that 2 beside it is 2 ‰;
 * 4. the target is measured from a föregående written as a percentage (`Minska med 5 %` from `10 %`), or from
 *    comparison values written as percentages (`Bättre än riket` beside `75 %`): that value is the level.
 */
export function procentsammanhang(
  m: Malvarde,
  procentindikator: boolean,
  skrivet: Skrivet = {},
): Procentsammanhang | undefined {
  if (procentindikator) return "procentenheter";
  if (m.typ === "forandring" && m.satt === "procentenheter") return "procentenheter";
  const niva = procentniva(m);
  if (niva) return niva;
  const { utfall, foregaende, jamforelse } = skrivet;
  if (utfall?.procent) return utfall.promille || utfall.procentenheter ? utfall : "procentenheter";
  if (foregaende?.procent && franForegaende(m)) return foregaende;
  return m.typ === "jamforelse" ? jamforelse?.find((j) => j.procent) : undefined;
}

/**
 * A målvärde's plain numbers read in the context (`procentsammanhang`): beside a percentage indicator, `7` is 7 %,
 * `Max 7` is v ≤ 7 %, `5–10` is 5–10 %. A limit, band or interval only: a change's X (`öka med 2`) is left as
 * written. Numbers written as shares, with a unit or as rates stay as they are (`lasIProcentskala`).
 */
export function malvardeIProcentskala(m: Malvarde, sammanhang: Procentsammanhang | undefined): Malvarde {
  if (sammanhang === undefined) return m;
  switch (m.typ) {
    case "grans":
    case "band": {
      const x = lasIProcentskala(m.x, sammanhang);
      return x === m.x ? m : { ...m, x };
    }
    case "intervall": {
      const fran = lasIProcentskala(m.fran, sammanhang);
      const till = lasIProcentskala(m.till, sammanhang);
      return fran === m.fran && till === m.till ? m : { ...m, fran, till };
    }
    default:
      return m;
  }
}

/**
 * Spec §2, the percent scale: how a plain number v (written without %, without a unit) is read beside a
 * percentage. Beside a percentage level X, v is a fraction when |v| ≤ 1 or when it lies within a factor ten of the
 * target (|v| < 10·|X|: 1,2 beside `Minst 100 %` is 120 %), and percentage points otherwise (36 beside `Minst
 * 42 %` is 36 %). Beside a ‰ level the same holds in thousandths, without the |v| ≤ 1 clause (0,5 beside `max
 * 2 ‰` is 0,5 ‰). In the `procentenheter` context, and beside a level in procentenheter, a value above 1 is points
 * (7 is 7 %), one up to 1 a fraction; beside a level in procentenheter v is shown in procentenheter too. A number
 * written as a share, with a unit or as a rate (`12 per 1 000 invånare`: spec §2, the rate unit is a unit), and any
 * number outside these contexts, is returned as it is. Returns v as a share (`procent` true) otherwise.
 */
export function lasIProcentskala(v: Tal, sammanhang: Procentsammanhang | undefined): Tal {
  if (sammanhang === undefined || v.procent || v.enhet !== undefined || v.per !== undefined) return v;
  const storlek = Math.abs(v.varde);
  if (sammanhang === "procentenheter") return andel(storlek > 1 ? v.varde / 100 : v.varde);
  const niva = sammanhang;
  if (niva.procentenheter) return andel(storlek > 1 ? v.varde / 100 : v.varde, "procentenheter");
  const inomTiogang = storlek < 10 * Math.abs(niva.varde);
  if (niva.promille) return andel(inomTiogang ? v.varde : v.varde / 1000, "promille");
  return storlek <= 1 || inomTiogang ? andel(v.varde) : andel(v.varde / 100);
}

/** The share `varde` (a fraction), shown in ‰ or procentenheter when `visas` says so. */
function andel(varde: number, visas?: "promille" | "procentenheter"): Tal {
  return visas === "promille"
    ? { varde, procent: true, promille: true }
    : visas === "procentenheter"
      ? { varde, procent: true, procentenheter: true }
      : { varde, procent: true };
}
