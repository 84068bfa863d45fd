/**
 * Which rows of a sheet Läs in reads around one selected cell: enough for the core (lasTabellVid) to find the table
 * the cell belongs to across single blank rows, its header and the title rows above it, and its true end, without
 * reading a whole sheet of other data. Pure: the adapter (lasin.ts) reads the rows this asks for, in requests under
 * Excel's limits, and asks again.
 *
 * A table the core finds never spans two blank rows in a row (core/tabell/avgransning.ts: tabellslut, omradeKring),
 * except an Excel table, whose range is known. So the window is complete below the selection at the first two
 * consecutive rows that are blank in every column read, and above it at the last such pair plus the rows where the
 * core looks for titles above a header.
 */

/** Rows of a sheet, 0-based, first and last included. */
export interface Radspann {
  readonly forsta: number;
  readonly sista: number;
}

/** How many rows above a header the core reads as its titles ("Kommunövergripande mål: …"): avgransning.ts, TITELRADER. */
export const TITELRADER = 4;

/** The first window around the region Excel gives for the cell (Range.getSurroundingRegion), within the used rows. */
export function forstaFonster(region: Radspann, anvant: Radspann): Radspann {
  return {
    forsta: Math.max(anvant.forsta, region.forsta - TITELRADER - 2),
    sista: Math.min(anvant.sista, region.sista + 2),
  };
}

/**
 * The window the reading needs, given the rows read so far (`last`; `tom(rad)` is true for a read row blank in
 * every column read), the selected row, the used rows, and the Excel table the selection lies in, if any. Grows by
 * `steg` rows on a side where the boundary is not yet seen; equals `last` when nothing more is needed.
 */
export function behovtFonster(
  last: Radspann,
  tom: (rad: number) => boolean,
  markerad: number,
  anvant: Radspann,
  steg: number,
  tabell?: Radspann,
): Radspann {
  let sista = last.sista;
  let slutSett = last.sista >= anvant.sista;
  for (let r = markerad + 1; r < last.sista && !slutSett; r++) if (tom(r) && tom(r + 1)) slutSett = true;
  if (!slutSett) sista = Math.min(anvant.sista, last.sista + steg);

  let forsta = last.forsta;
  if (last.forsta > anvant.forsta) {
    let par = -1;
    for (let r = markerad - 2; r >= last.forsta && par < 0; r--) if (tom(r) && tom(r + 1)) par = r;
    if (par < 0) forsta = Math.max(anvant.forsta, last.forsta - steg);
    else forsta = Math.max(anvant.forsta, Math.min(last.forsta, par - TITELRADER));
  }
  if (tabell) {
    forsta = Math.max(anvant.forsta, Math.min(forsta, tabell.forsta - TITELRADER));
    sista = Math.min(anvant.sista, Math.max(sista, tabell.sista));
  }
  return { forsta, sista };
}
