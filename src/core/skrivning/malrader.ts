/**
 * Which rows count in a nämndmål's judgement (spec §8), read the way the task pane reads a follow-up table
 * (core/tabell/tabell.ts, utvardera): a row belongs to the goal its nämndmål cell names, or, when that cell is
 * blank, to the goal of the nearest row above that names one (a goal written once for several rows, or merged
 * cells); breakdown rows (Kvinnor, Män, age groups, by the indicator's name) under an indicator are judged and
 * coloured but do not count. Used by KPI.SAMMANVAGD.OM, the goal formula Färgmarkera writes, so that the sheet and the pane agree; a test
 * checks that they select the same rows.
 */
import { arBrytrad } from "../tabell/tabell";
import type { Cellvarde } from "../tal/cell";

const text = (v: Cellvarde): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The statuses of the rows of goal `mal`. `statusar`, `malkolumn` and, when given, `namn` (the indicator names) are
 * columns of the same length; throws RangeError when they are not.
 */
export function malensStatusar(
  statusar: readonly Cellvarde[],
  malkolumn: readonly Cellvarde[],
  mal: string,
  namn?: readonly Cellvarde[],
): Cellvarde[] {
  if (malkolumn.length !== statusar.length || (namn && namn.length !== statusar.length))
    throw new RangeError("Kolumnerna har olika antal rader");
  const sokt = mal.trim();
  const ut: Cellvarde[] = [];
  let aktuellt = "";
  // A breakdown row belongs to the judged indicator above it (a row with a status: blank rows and section headings
  // have none); one with no indicator above is an indicator of its own.
  let indikatorOvan = false;
  for (let i = 0; i < statusar.length; i++) {
    aktuellt = text(malkolumn[i]) || aktuellt;
    const brytrad = namn !== undefined && indikatorOvan && arBrytrad(text(namn[i]));
    if (!brytrad && text(statusar[i]) !== "") indikatorOvan = true;
    if (aktuellt !== sokt || brytrad) continue;
    ut.push(statusar[i]);
  }
  return ut;
}
