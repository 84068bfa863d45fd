/**
 * Which rows count in a nämndmål's judgement (spec §8), read the way the task pane reads a follow-up table
 * (core/tabell/rader.ts): breakdown rows (Kvinnor, Män, age groups, by the indicator's name) under an indicator are
 * judged and coloured but do not count. Used by the goal formulas Färgmarkera writes, KPI.SAMMANVAGD.OM (a goal named
 * in a nämndmål column) and KPI.SAMMANVAGD.INDIKATORER (a goal whose rows are a stretch of the table, as under a
 * section heading), and by the write plan, which checks that the formula it writes counts exactly the rows the pane
 * counts (plan.ts).
 */
import { arBrytrad } from "../tabell/rader";
import type { Cellvarde } from "../tal/cell";

const text = (v: Cellvarde): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The breakdown rows of a column of statuses and indicator names: a row whose name is a breakdown label (spec §3, §8)
 * under a judged indicator (a row with a status: blank rows and section headings have none). One with no indicator
 * above is an indicator of its own. `namn` undefined: no breakdown rows. Both of the same length.
 */
function brytrader(statusar: readonly Cellvarde[], namn: readonly Cellvarde[] | undefined): boolean[] {
  const ut: boolean[] = [];
  let indikatorOvan = false;
  for (let i = 0; i < statusar.length; i++) {
    const brytrad = namn !== undefined && indikatorOvan && arBrytrad(text(namn[i]));
    if (!brytrad && text(statusar[i]) !== "") indikatorOvan = true;
    ut.push(brytrad);
  }
  return ut;
}

/**
 * The rows (indices into the columns) of goal `mal`: a row belongs to the goal its nämndmål cell names, or, when that
 * cell is blank, to the goal of the nearest row above that names one (a goal written once for several rows, or
 * merged cells); breakdown rows do not count. `statusar`, `malkolumn` and, when given, `namn` (the indicator names)
 * are columns of the same length; throws RangeError when they are not.
 */
export function malensRader(
  statusar: readonly Cellvarde[],
  malkolumn: readonly Cellvarde[],
  mal: string,
  namn?: readonly Cellvarde[],
): number[] {
  if (malkolumn.length !== statusar.length || (namn && namn.length !== statusar.length))
    throw new RangeError("Kolumnerna har olika antal rader");
  const sokt = mal.trim();
  const bryt = brytrader(statusar, namn);
  const ut: number[] = [];
  let aktuellt = "";
  for (let i = 0; i < statusar.length; i++) {
    aktuellt = text(malkolumn[i]) || aktuellt;
    if (aktuellt === sokt && !bryt[i]) ut.push(i);
  }
  return ut;
}

/** The statuses of the rows of goal `mal` (malensRader). */
export function malensStatusar(
  statusar: readonly Cellvarde[],
  malkolumn: readonly Cellvarde[],
  mal: string,
  namn?: readonly Cellvarde[],
): Cellvarde[] {
  return malensRader(statusar, malkolumn, mal, namn).map((i) => statusar[i]);
}

/**
 * The rows of a stretch of the table that count when the whole stretch is one goal: every row but the breakdown rows.
 * `namn` (the indicator names) has the length of `statusar`, or is undefined (no breakdown rows); RangeError otherwise.
 */
export function indikatorernasRader(statusar: readonly Cellvarde[], namn?: readonly Cellvarde[]): number[] {
  if (namn && namn.length !== statusar.length) throw new RangeError("Kolumnerna har olika antal rader");
  const bryt = brytrader(statusar, namn);
  const ut: number[] = [];
  for (let i = 0; i < statusar.length; i++) if (!bryt[i]) ut.push(i);
  return ut;
}
