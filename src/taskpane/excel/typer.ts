/** The shapes the Office adapter hands the pane: plain data, no Office objects. */
import {
  type Cellvarde,
  type Arkomrade,
  type Lastabell,
  type Placering,
  type Lage,
  type Lamnad,
  type Riktning,
} from "../../core";

export type { Lage, Lamnad } from "../../core";

/** A marked table as it stands now. Addresses without the sheet ("A1:G27"). */
export interface Markeringsinfo {
  readonly id: number;
  readonly blad: string;
  /** The table, header row included; undefined when its cells were deleted. */
  readonly tabell?: string;
  /** Målkoll's status column and goal column, header included. */
  readonly status?: string;
  readonly mal?: string;
  /** How its statuses stand; left out where it was not read (the overview for Ta bort). */
  readonly lage?: Lage;
}

/** What Läs in read: the core's reading of the table (values, formats, merged cells, Excel table), and where it is. */
export interface InlastTabell {
  /** The table as the core read it (lasTabellVid): its cells, mapping and, when the mapping allows, every row judged. */
  readonly tabell: Lastabell;
  readonly placering: Placering;
  /** `'Mål 2020'!A1:G27` */
  readonly adress: string;
  /** The sheet's id in this Excel session (Worksheet.id), to find it again after a rename. */
  readonly bladId: string;
  /** Målkoll's marking of this table, if it has one. */
  readonly markering?: Markeringsinfo;
  /**
   * Per data-row index, the riktning the pane chose at the last Färgmarkera where it differs from what the sheet says
   * (read from Målkoll's status formulas, riktningIStatusformel); `tabell` is judged with them. The pane starts its
   * own choice of riktningar from these.
   */
  readonly riktningar: ReadonlyMap<number, Riktning>;
  /** Swedish sentences about what was read, e.g. columns left out. */
  readonly meddelanden: readonly string[];
  /**
   * The other tables the core found in the rows and columns read around the selected cell (sheet coordinates, header
   * rows included): Färgmarkera never writes its columns past one of them. Empty for a selection of several cells.
   */
  readonly grannar?: readonly Arkomrade[];
  /**
   * The table's cells as Excel held them at Läs in (values of every row, number formats), header rows included, for
   * Färgmarkera to check that the table is still what was read; and the merged areas of the sheet around it.
   */
  readonly kontroll: {
    readonly varden: readonly (readonly Cellvarde[])[];
    readonly format: readonly (readonly string[])[];
    readonly sammanfogade: readonly Arkomrade[];
  };
}

/** What Färgmarkera did. */
export interface Farglaggning {
  readonly markering: Markeringsinfo;
  /** The user's cells in Målkoll's columns, left as they were. */
  readonly lamnade: readonly Lamnad[];
  /** Swedish sentences for the pane: cells left alone, live and locked statuses. */
  readonly meddelanden: readonly string[];
}

/** What Lås statusar did. */
export interface Statusvarden {
  readonly markering: Markeringsinfo;
  /** Statuses turned into values now. */
  readonly lasta: number;
  /** Cells that could not be locked because they show an error (e.g. #NAMN? before the functions have loaded). */
  readonly ejLasta: readonly string[];
  readonly meddelanden: readonly string[];
}

/** Everything of Målkoll's in the workbook, for Ta bort's choices. */
export interface Markeringsoversikt {
  readonly markeringar: readonly Markeringsinfo[];
  /** Summary sheets Målkoll created that are still there. */
  readonly sammanstallningar: readonly { readonly id: number; readonly blad: string }[];
  /** Records of an earlier Målkoll version (custom XML parts), which Ta bort removes without touching cells. */
  readonly aldreDelar: number;
  readonly varningar: readonly string[];
}

export interface Borttagningsval {
  /** The records to remove: all, or the ids of some. */
  readonly markeringar: "alla" | readonly number[];
  /** Also delete the summary sheets Målkoll created, where they are unchanged. */
  readonly sammanstallningar: boolean;
}

/** What Ta bort removed and what it left. */
export interface Borttagning {
  readonly markeringar: number;
  readonly celler: number;
  readonly villkor: number;
  readonly namn: number;
  readonly delar: number;
  /** Summary sheets deleted, and kept because they were changed. */
  readonly bladBorttagna: readonly string[];
  readonly bladKvar: readonly string[];
  readonly lamnade: readonly Lamnad[];
  readonly meddelanden: readonly string[];
}
