/**
 * Follow-up tables: the public face of src/core/tabell. Reading a sheet as Excel holds it goes through `lasArk`
 * (every table of a sheet) and `lasTabellVid` (the table around a selection); `hittaKolumner` and `utvardera` read
 * plain values without formats, as the pane did before it read number formats.
 */
import type { Cellvarde } from "../tal/cell";
import type { Riktning } from "../bedomning/riktning";
import { radAvVarden, type Tabellceller } from "./celler";
import { mappa } from "./mappning";
import { bedomRader, type Malbedomning, type Utvardering } from "./rader";
import type { Kolumnval } from "./roller";

export { ROLLER, ROLLNAMN, VARDROLLER, rollFor, sattRoll, type Kolumnval, type Roll, type Vardroll } from "./roller";
export { normaliseraRubrik, lasRubrik, type Rubrik, type Rubrikslag } from "./rubrik";
export {
  arBrytrad,
  bedomRader,
  malnyckel,
  malpost,
  rakna,
  type Avsnittsrad,
  type Bedomningsval,
  type Hoppadrad,
  type Malbedomning,
  type Tabellrad,
  type Utvardering,
} from "./rader";
export {
  mappa,
  type Kolumninfo,
  type Kolumnskala,
  type Mappning,
  type Mappningsproblem,
  type Tabelltyp,
} from "./mappning";
export {
  formelargument,
  karnvarde,
  omvandlingFor,
  OFORANDRAD,
  beskrivOmvandling,
  type Omvandling,
  type Rubrikenhet,
} from "./omvandling";
export { lasTalformat, type Formatinnehall } from "./talformat";
export type { Avsnittsslag } from "./avsnitt";
export type { Cellrad, Tabellceller } from "./celler";
export {
  bedomIgen,
  lasArk,
  lasTabellVid,
  type Arklasning,
  type Lasinstallningar,
  type Lastabell,
  type Markeringssvar,
} from "./lasArk";

/**
 * Maps columns from a header row alone, or with the data rows under it (then a bare "Mål" column of goal sentences
 * is read as nämndmål). For cells as Excel holds them use `lasTabellVid` / `lasArk`, which also read formats.
 */
export function hittaKolumner(rubriker: readonly Cellvarde[], data: readonly (readonly Cellvarde[])[] = []): Kolumnval {
  return mappa(
    rubriker,
    data.map((r, i) => radAvVarden(i + 1, r, rubriker.length)),
  ).val;
}

export const arAktivitetstabell = (val: Kolumnval): boolean =>
  val.status !== undefined && (val.utfall === undefined || val.malvarde === undefined);

/**
 * Judges every data row of plain values (no number formats, no header units) with the given mapping. `riktningar`
 * holds the user's per-row changes. Section heading rows and blank rows are skipped (`hoppade`).
 */
export function utvardera(
  data: readonly (readonly Cellvarde[])[],
  val: Kolumnval,
  riktningar: ReadonlyMap<number, Riktning> = new Map(),
  delvisAndel?: number,
): Utvardering {
  const bredd = Math.max(0, ...data.map((r) => r.length), ...Object.values(val).map((k) => (k ?? 0) + 1));
  const celler: Tabellceller = {
    blad: "",
    omrade: { rad: 0, kolumn: 0, rader: data.length + 1, kolumner: bredd },
    rubrikrader: 1,
    rubriker: Array<Cellvarde>(bredd).fill(null),
    rader: data.map((r, i) => radAvVarden(i + 1, r, bredd)),
    ovanfor: [],
  };
  const mappning = mappa(celler.rubriker, [], val);
  return bedomRader(celler, mappning, { riktningar, delvisAndel });
}

/** What a summary lists: the goals, or the indicators themselves (not breakdowns) when there are no nämndmål. */
export function sammanfattadeMal(
  utv: Utvardering,
): readonly Pick<Malbedomning, "namndmal" | "malomrade" | "status" | "motivering">[] {
  if (utv.mal.length > 0) return utv.mal;
  return utv.rader.filter((r) => !r.brytrad).map((r) => ({ ...r, namndmal: r.namn }));
}
