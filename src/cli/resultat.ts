/** What one run of `malkoll bedom` found: per file, per unit, and the roll-up; and its JSON form for other systems. */
import { kolumnbokstav, type Roll } from "../core";
import type { Enhetsmal } from "./mal";
import type { Oversikt } from "./sammanstallning";
import type { LastTabell } from "./tabeller";

/**
 * What kind of problem: "fel", something that should have been judged and was not (a file that cannot be read, a
 * goal table without Målvärde); or "ingen-maltabell", a sheet or table that is no goal table (a driftredovisning),
 * which is only listed, never a failure.
 */
export type Problemslag = "fel" | "ingen-maltabell";

/** Something that could not be read, as a Swedish sentence; `blad` when it concerns one sheet. */
export interface Problem {
  readonly blad?: string;
  readonly text: string;
  readonly slag: Problemslag;
}

export interface Filresultat {
  /** The path as given on the command line (or found in a given folder). */
  readonly fil: string;
  /** The unit the file's tables count for (its name, see enhetsnamn). */
  readonly enhet: string;
  readonly tabeller: readonly LastTabell[];
  readonly problem: readonly Problem[];
  /** Nothing in the file could be judged: it could not be read, or it holds no goal table. */
  readonly misslyckad: boolean;
}

/** A unit and the tables that count for it, each with the file it came from, and its nämndmål over them all. */
export interface Enhetskallor {
  readonly namn: string;
  readonly kallor: readonly { readonly fil: string; readonly tabell: LastTabell }[];
  readonly mal: readonly Enhetsmal[];
}

export interface Korning {
  /** ISO 8601 time of the run. */
  readonly skapad: string;
  readonly filer: readonly Filresultat[];
  readonly enheter: readonly Enhetskallor[];
  readonly oversikt: Oversikt;
}

/** Where one of a unit's tables came from: file, sheet and area. */
function kallaFor(enhet: Enhetskallor, tabell: LastTabell): { fil: string; blad: string; omrade: string } {
  const fil = enhet.kallor.find((k) => k.tabell === tabell)?.fil ?? "";
  return { fil, blad: tabell.blad, omrade: tabell.adress };
}

/**
 * The run as plain JSON (docs/kommandorad.md, "JSON"): every file, table, row and the table's own goal judgements,
 * each unit with its nämndmål judged over all its tables, and the roll-up.
 */
export function somJson(korning: Korning): unknown {
  return {
    version: 1,
    skapad: korning.skapad,
    filer: korning.filer.map((f) => ({
      fil: f.fil,
      enhet: f.enhet,
      misslyckad: f.misslyckad,
      problem: f.problem.map((p) => ({
        ...(p.blad !== undefined ? { blad: p.blad } : {}),
        slag: p.slag,
        text: p.text,
      })),
      tabeller: f.tabeller.map((t) => ({
        blad: t.blad,
        omrade: t.adress,
        beskrivning: t.beskrivning,
        typ: t.utv.typ,
        kolumner: Object.fromEntries(
          (Object.entries(t.val) as [Roll, number][]).map(([roll, k]) => [roll, kolumnbokstav(t.omrade.kolumn + k)]),
        ),
        rader: t.utv.rader.map((r) => ({
          rad: r.rad + 1,
          namn: r.namn,
          uppdelning: r.brytrad,
          ...(r.namndmal !== undefined ? { namndmal: r.namndmal } : {}),
          ...(r.malomrade !== undefined ? { malomrade: r.malomrade } : {}),
          ...(r.kommunmal !== undefined ? { kommunmal: r.kommunmal } : {}),
          ...(t.utv.typ === "indikatorer" ? { riktning: r.riktning } : { aktivitetsstatus: r.aktivitetsstatus }),
          status: r.status,
          motivering: r.motivering,
          ...(r.egenBedomning !== undefined ? { egenBedomning: r.egenBedomning } : {}),
          ...(r.anmarkning !== undefined ? { anmarkning: r.anmarkning } : {}),
        })),
        mal: t.utv.mal.map((m) => ({
          namndmal: m.namndmal,
          ...(m.malomrade !== undefined ? { malomrade: m.malomrade } : {}),
          ...(m.kommunmal !== undefined ? { kommunmal: m.kommunmal } : {}),
          status: m.status,
          motivering: m.motivering,
        })),
      })),
    })),
    enheter: korning.enheter.map((e) => ({
      namn: e.namn,
      filer: [...new Set(e.kallor.map((k) => k.fil))],
      mal: e.mal.map((m) => ({
        namndmal: m.namndmal,
        ...(m.malomrade !== undefined ? { malomrade: m.malomrade } : {}),
        ...(m.kommunmal !== undefined ? { kommunmal: m.kommunmal } : {}),
        status: m.status,
        motivering: m.motivering,
        tabeller: m.delar.map((d) => kallaFor(e, d.tabell)),
      })),
    })),
    oversikt: korning.oversikt,
  };
}
