/**
 * A unit's nämndmål across its tables. The core judges each table alone, as the task pane sees it (one table at a
 * time). A nämnd often follows the same nämndmål in two tables: its indicators on one sheet, its activities on
 * another (or under it). Spec §8 judges a nämndmål from its indicators' AND activities' statuses, so within a unit
 * such a goal is ONE goal: its status is the core's `sammanvag` over the entries of all its rows, and it is counted
 * once. No rule of §8 lives here; this module only says which tables' goals are the same goal.
 */
import { malmotivering, sammanvag, type Status, malpost, type Malbedomning, type Tabellrad } from "../core";
import type { LastTabell } from "./tabeller";

/** One table's own judgement of a goal (as the pane gives it), with the table it comes from. */
export interface Maldel {
  readonly tabell: LastTabell;
  readonly mal: Malbedomning;
}

/** A nämndmål of a unit, judged over every table of the unit that names it. */
export interface Enhetsmal {
  /** As the first table writes it. */
  readonly namndmal: string;
  /** The målområde a table gives it (a table that names none takes the other's). */
  readonly malomrade?: string;
  /** The kommunövergripande mål a table gives it (likewise). */
  readonly kommunmal?: string;
  readonly status: Status;
  readonly motivering: string;
  /** Each table's own judgement of the goal, in the order the tables were read. */
  readonly delar: readonly Maldel[];
}

/** Names compared as the Översikt groups them: case and white space do not matter. */
export const jamforbart = (namn: string): string => namn.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");

/** Two names agree when they are the same, or one of them is not given (a table that says none takes the other's). */
const forenliga = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || jamforbart(a) === jamforbart(b);

/** The rows a table counts in one of its goals (no breakdown rows: the core lists those it counted). */
function malensRader(del: Maldel): Tabellrad[] {
  const index = new Set(del.mal.rader);
  return del.tabell.utv.rader.filter((r) => index.has(r.index));
}

/**
 * The status and reason of a goal over several tables. The entries are what the core's own goal judgement weighs
 * (src/core/tabell/rader.ts bedomMal): an activity by its status word (spec §9: Utgår is not counted), an indicator
 * by its status. The reason is the core's `malmotivering` over the counted rows.
 */
function sammanvagd(delar: readonly Maldel[]): { status: Status; motivering: string } {
  const rader = delar.flatMap(malensRader);
  return {
    status: sammanvag(rader.map((r) => r.aktivitetsstatus ?? r.status)),
    motivering: malmotivering(rader.map(malpost)),
  };
}

/**
 * The nämndmål of a unit from the tables it sent in, in the order first met. Goals of different tables are the same
 * goal when their names agree (case and spacing aside) and so do their målområde and kommunövergripande mål where
 * both tables give one; a table that gives none takes the other's. Two goals of one table are never joined here (the
 * core has already told them apart). A goal in one table keeps the core's status and reason unchanged; a goal in
 * several is judged by the core's `sammanvag` over all its rows (spec §8).
 */
export function enhetensMal(tabeller: readonly LastTabell[]): Enhetsmal[] {
  const grupper: { namndmal: string; malomrade?: string; kommunmal?: string; delar: Maldel[] }[] = [];
  const perNamn = new Map<string, (typeof grupper)[number][]>();
  for (const tabell of tabeller) {
    for (const mal of tabell.utv.mal) {
      const nyckel = jamforbart(mal.namndmal);
      const kandidater = perNamn.get(nyckel) ?? [];
      const grupp = kandidater.find(
        (g) =>
          !g.delar.some((d) => d.tabell === tabell) &&
          forenliga(g.malomrade, mal.malomrade) &&
          forenliga(g.kommunmal, mal.kommunmal),
      );
      if (grupp) {
        grupp.delar.push({ tabell, mal });
        grupp.malomrade ??= mal.malomrade;
        grupp.kommunmal ??= mal.kommunmal;
        continue;
      }
      const ny = {
        namndmal: mal.namndmal,
        malomrade: mal.malomrade,
        kommunmal: mal.kommunmal,
        delar: [{ tabell, mal }],
      };
      grupper.push(ny);
      perNamn.set(nyckel, [...kandidater, ny]);
    }
  }
  return grupper.map((g) => ({
    namndmal: g.namndmal,
    malomrade: g.malomrade,
    kommunmal: g.kommunmal,
    ...(g.delar.length === 1
      ? { status: g.delar[0].mal.status, motivering: g.delar[0].mal.motivering }
      : sammanvagd(g.delar)),
    delar: g.delar,
  }));
}
