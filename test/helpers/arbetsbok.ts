/**
 * A sheet of the layout fixtures (core/tabell/ark.ts: Arkutsnitt, as Excel holds it) as the fake workbook's Bladspec:
 * the same values, number formats, merged areas and Excel tables, so that a test can read it through the adapter as
 * the pane does, and compare with the core's reading of the same cells.
 */
import type { Arkomrade, Arkutsnitt } from "../../src/core/tabell/ark";
import { adress } from "../fake/a1";
import type { Bladspec } from "../fake";

const a1 = (o: Arkomrade): string => adress({ r: o.rad, c: o.kolumn, rader: o.rader, kolumner: o.kolumner });

export function bladspec(u: Arkutsnitt): Bladspec {
  const tomma = (n: number) => Array.from({ length: n }, () => null);
  return {
    varden: [
      ...Array.from({ length: u.rad }, () => []),
      ...u.varden.map((r) => [...tomma(u.kolumn), ...r.map((v) => (v === null || v === undefined ? null : v))]),
    ],
    format: [...Array.from({ length: u.rad }, () => []), ...u.format.map((r) => [...tomma(u.kolumn), ...r])],
    sammanfogade: u.sammanfogade.map(a1),
    tabeller: u.tabeller.map((t) => ({ namn: t.namn, omrade: a1(t.omrade) })),
  };
}
