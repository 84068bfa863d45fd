/**
 * The adapter's tests drive it the way the pane does (Läs in, then an action), over the fake Excel with the
 * add-in's own functions calculating =KPI.… cells as Excel calls them.
 */
import * as kpi from "../../src/functions/functions";
import * as adapter from "../../src/taskpane/excel/adapter";
import { bedomIgen, type Kolumnval } from "../../src/core/tabell/tabell";
import { STANDARDINSTALLNINGAR, type Installningar } from "../../src/core/skrivning/plan";
import type { Borttagningsval } from "../../src/taskpane/excel/typer";
import { funktionsmetadata } from "../helpers/excel";
import { lasCsv, lasRubriker } from "../helpers/csv";
import * as fake from "../fake";
import { skapaKalkylator } from "../fake/kalkylator";

export { anvandare, ogonblick, tillaggsrester, anvandarceller } from "../fake";

/** Every cell of the user's changed since `fore` (anvandarceller), as `A1: before → after`. */
export function forlorat(wb: fake.Arbetsbok, fore: Map<string, unknown>): string[] {
  const nu = fake.anvandarceller(wb);
  return [...fore]
    .filter(([k, v]) => nu.get(k) !== v)
    .map(([k, v]) => `${k}: ${String(v)} → ${String(nu.get(k) ?? "")}`);
}

/** The indicator table of the 2020 report, as its text was pasted (A1:G27). */
export function indikatortabell(): unknown[][] {
  const rubriker = lasRubriker("indikatorer-2020.csv").filter((r) => r !== "forvantad_status");
  return [rubriker, ...lasCsv("indikatorer-2020.csv").map((r) => rubriker.map((k) => r[k]))];
}

export function kalkylator(): fake.Kalkylator {
  const m = funktionsmetadata();
  return skapaKalkylator(
    m.functions,
    (id) => (kpi as unknown as Record<string, (...a: unknown[]) => unknown>)[m.associate[id]],
  );
}

/** A workbook of sheets (rows of what a person typed), installed as the global Excel/Office. */
export function installera(
  blad: Record<string, unknown[][] | fake.Bladspec>,
  markerat: { blad: string; adress: string },
  krav?: fake.Krav,
) {
  const wb = fake.skapaArbetsbok(blad, markerat);
  return fake.installera(wb, { krav, kalkylator: kalkylator() });
}

/**
 * Läs in as the pane does it: the adapter reads the table and the core judges it (`tabell`: what Läs in gave; `last`:
 * the table as judged, with `val` when the user chose the columns; `utv` undefined while the mapping blocks the
 * judgement, when the pane offers no Färgmarkera). What the pane has before an action.
 */
export async function lasIn(installningar: Installningar = STANDARDINSTALLNINGAR, val?: Kolumnval) {
  const tabell = await adapter.lasTabell({ delvisAndel: installningar.delvisAndel });
  const last = val
    ? bedomIgen(tabell.tabell, { kolumnval: val, delvisAndel: installningar.delvisAndel })
    : tabell.tabell;
  return { tabell, last, val: last.mappning.val, utv: last.utvardering };
}

/** Läs in and Färgmarkera, as the pane does. */
export async function farglagg(installningar: Installningar = STANDARDINSTALLNINGAR) {
  const { tabell, last, val, utv } = await lasIn(installningar);
  const resultat = await adapter.farglagg(tabell, last, installningar);
  return { tabell, last, val, utv, resultat };
}

/** Läs in and Lås statusar. */
export async function lasStatusar() {
  const { tabell } = await lasIn();
  return adapter.statusarSomVarden(tabell);
}

export function taBort(val: Borttagningsval = { markeringar: "alla", sammanstallningar: true }) {
  return adapter.taBort(val);
}

/** What a cell holds: formula text or constant; "" when empty. */
export const formel = (wb: fake.Arbetsbok, blad: string, a: string): unknown => fake.cell(wb, blad, a).formel;
export const varde = (wb: fake.Arbetsbok, blad: string, a: string): unknown => fake.cell(wb, blad, a).varde;
export const markera = (wb: fake.Arbetsbok, blad: string, a: string): void => fake.anvandare.markera(wb, blad, a);
