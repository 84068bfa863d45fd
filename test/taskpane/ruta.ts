/**
 * The pane's actions as the case tests of issue 14 use them: settings read from the workbook, Läs in + Färgmarkera,
 * Läs in + Lås statusar, Ta bort of everything. One small module, so the same tests can be run against another
 * version of the adapter.
 */
import * as adapter from "../../src/taskpane/excel/adapter";
import { STANDARDINSTALLNINGAR, type Installningar } from "../../src/core/skrivning/plan";
import { lasIn } from "./hjalp";

/** The settings as the pane takes them from the workbook. */
export function installningar(): Installningar {
  return adapter.lasInstallningar(STANDARDINSTALLNINGAR).installningar;
}

export async function farglagg(inst: Installningar = installningar()) {
  const { tabell, last } = await lasIn(inst);
  return adapter.farglagg(tabell, last, inst);
}

export async function lasStatusar() {
  const { tabell } = await lasIn();
  return adapter.statusarSomVarden(tabell);
}

export function taBort() {
  return adapter.taBort({ markeringar: "alla", sammanstallningar: false });
}

/** Läs in and Färgmarkera, with what the pane previewed (`utv`). */
export async function farglaggMedForhandsvisning(inst: Installningar = installningar()) {
  const { tabell, last, utv } = await lasIn(inst);
  return { utv, resultat: await adapter.farglagg(tabell, last, inst) };
}
