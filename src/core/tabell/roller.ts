/** The roles a column of a follow-up table can have (spec §1), and the mapping of roles to columns. */

export type Roll =
  | "indikator"
  | "utfall"
  | "foregaende"
  | "malvarde"
  | "gransvarde"
  | "jamforelse"
  | "riktning"
  | "namndmal"
  | "malomrade"
  | "kommunmal"
  | "status"
  | "aktivitet";

export const ROLLER: readonly Roll[] = [
  "indikator",
  "utfall",
  "foregaende",
  "malvarde",
  "gransvarde",
  "jamforelse",
  "riktning",
  "namndmal",
  "malomrade",
  "kommunmal",
  "status",
  "aktivitet",
];

export const ROLLNAMN: Readonly<Record<Roll, string>> = {
  indikator: "Indikator",
  utfall: "Utfall",
  foregaende: "Föregående",
  malvarde: "Målvärde",
  gransvarde: "Gränsvärde",
  jamforelse: "Jämförelse",
  riktning: "Riktning",
  namndmal: "Nämndmål",
  malomrade: "Målområde",
  kommunmal: "Kommunövergripande mål",
  status: "Status",
  aktivitet: "Aktivitet",
};

/**
 * The roles whose cells are numbers or targets, read through a cell reading (omvandling.ts). `jamforelse` is the
 * comparison value a target such as `bättre än riket` is judged against (spec §6): Riket, Länet, Liknande kommuner.
 */
export type Vardroll = "utfall" | "foregaende" | "malvarde" | "gransvarde" | "jamforelse";
export const VARDROLLER: readonly Vardroll[] = ["utfall", "foregaende", "malvarde", "gransvarde", "jamforelse"];

/** Column index (0 = the table's first column) per role; undefined where the table has no such column. */
export type Kolumnval = Partial<Record<Roll, number>>;

/**
 * `val` with `roll` given to column `kolumn` (or taken away, with undefined). A role is held by at most one
 * column and a column holds at most one role: the column's previous role is dropped, so that one column can never
 * be both Utfall and Målvärde.
 */
export function sattRoll(val: Kolumnval, roll: Roll, kolumn: number | undefined): Kolumnval {
  const nytt: Kolumnval = {};
  for (const r of ROLLER) if (r !== roll && val[r] !== undefined && val[r] !== kolumn) nytt[r] = val[r];
  if (kolumn !== undefined) nytt[roll] = kolumn;
  return nytt;
}

/** The role column `kolumn` holds in `val`, if any. */
export const rollFor = (val: Kolumnval, kolumn: number): Roll | undefined => ROLLER.find((r) => val[r] === kolumn);
