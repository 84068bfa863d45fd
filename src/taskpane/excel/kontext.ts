/**
 * Shared plumbing of the Office adapter: reading big ranges in pieces, sending writes in requests under 4 MB, and
 * turning Excel's errors into Swedish sentences. Excel on the web caps a request and a response at 5 MB each and a
 * read at five million cells (docs, "Resource limits and performance optimization", Excel add-ins); Microsoft's
 * advice for large ranges is to split them into row blocks and retry with a smaller block when a limit is hit
 * (docs, "Read or write to a large range").
 */
import { omradesAdress, type Rekt } from "../../core";

/** A message for the user, in Swedish, with what to do next. */
export class Anvandarfel extends Error {}

/**
 * Most bytes Målkoll puts in one request: 4 MB (decimal, the stricter reading of "MB"), a megabyte below Excel on the
 * web's 5 MB per request (Microsoft docs, "Resource limits and performance optimization for Office Add-ins").
 */
export const BUDGET_BYTE = 4_000_000;
/** Cells read per request to begin with; halved when a response is still too big. */
export const LASBUDGET_CELLER = 100_000;

const kodare = new TextEncoder();
/** The UTF-8 size of a value as JSON, which is how Office.js sends it. */
export const storlek = (data: unknown): number => kodare.encode(JSON.stringify(data)).length;

/** The error code Office.js gives (OfficeExtension.Error.code), if any. */
export const felkod = (e: unknown): string | undefined => {
  const kod = (e as { code?: unknown } | null)?.code;
  return typeof kod === "string" ? kod : undefined;
};

/**
 * An Excel error as a Swedish sentence; `vad` says what was being done ("skriva statuskolumnen"). Never the raw API
 * message (spec §13, issue 14): the code alone decides the sentence.
 */
export function somAnvandarfel(e: unknown, vad: string): Error {
  if (e instanceof Anvandarfel) return e;
  const kod = felkod(e);
  // Not an Excel error: a bug, which the pane reports as such.
  if (kod === undefined) return e instanceof Error ? e : new Error(String(e));
  switch (kod) {
    case "AccessDenied":
      return new Anvandarfel(
        `Excel tillät inte Målkoll att ${vad}: bladet eller arbetsboken är skyddad. Ta bort skyddet (Granska > Ta bort bladets skydd) och försök igen.`,
      );
    case "InvalidOperationInCellEditMode":
      return new Anvandarfel("Avsluta redigeringen i cellen (Enter eller Esc) och försök igen.");
    case "InvalidOperation":
    case "MergedRangeConflict":
      return new Anvandarfel(
        `Excel kunde inte ${vad}. Det beror oftast på sammanfogade celler där Målkoll skriver: dela upp dem (Start > Sammanfoga och centrera) och försök igen.`,
      );
    case "ItemNotFound":
    case "InvalidReference":
      return new Anvandarfel("Bladet eller tabellen finns inte längre där den var. Välj Läs in igen.");
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return new Anvandarfel(`Tabellen är för stor för att ${vad} i den här Excel-versionen.`);
    default:
      return new Anvandarfel(
        `Excel kunde inte ${vad} (felkod ${kod}). Försök igen; kvarstår felet, stäng och öppna arbetsboken.`,
      );
  }
}

/** One queued change with the bytes it sends. */
export interface Kommando {
  readonly storlek: number;
  readonly utfor: () => void;
}

/**
 * Queues the commands in order and syncs whenever the next one would take the request past BUDGET_BYTE, so the
 * number of syncs grows by one per full request. Commands run in the given order; a failure rejects with Excel's
 * error, the commands before it having run (Office.js has no transactions).
 */
export async function korIBitar(context: Excel.RequestContext, kommandon: readonly Kommando[]): Promise<number> {
  let bytes = 0;
  let syncs = 0;
  let koade = 0;
  for (const k of kommandon) {
    if (koade > 0 && bytes + k.storlek > BUDGET_BYTE) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per full request, on purpose
      await context.sync();
      syncs++;
      bytes = 0;
      koade = 0;
    }
    k.utfor();
    bytes += k.storlek;
    koade++;
  }
  if (koade > 0) {
    await context.sync();
    syncs++;
  }
  return syncs;
}

/** Object path, method and address of one command, in bytes, on top of its data. */
const PER_KOMMANDO = 400;

/**
 * Writing a column of contents (formulas or constants) starting at (rad, kolumn), split into pieces so that each
 * fits a request.
 */
export function skrivKommandon(
  blad: Excel.Worksheet,
  rad: number,
  kolumn: number,
  innehall: readonly string[],
): Kommando[] {
  const ut: Kommando[] = [];
  let start = 0;
  while (start < innehall.length) {
    let slut = start;
    let bytes = PER_KOMMANDO;
    while (slut < innehall.length) {
      const b = storlek(innehall[slut]) + 3;
      if (slut > start && bytes + b > BUDGET_BYTE - PER_KOMMANDO) break;
      bytes += b;
      slut++;
    }
    const del = innehall.slice(start, slut).map((x) => [x]);
    const adress = omradesAdress(rad + start, kolumn, del.length, 1);
    ut.push({
      storlek: bytes,
      utfor: () => {
        blad.getRange(adress).formulas = del;
      },
    });
    start = slut;
  }
  return ut;
}

export function rensaKommando(blad: Excel.Worksheet, rekt: Rekt): Kommando {
  const adress = omradesAdress(rekt.rad, rekt.kolumn, rekt.rader, rekt.kolumner);
  return { storlek: PER_KOMMANDO, utfor: () => blad.getRange(adress).clear(Excel.ClearApplyTo.contents) };
}

export interface Lasning {
  readonly blad: Excel.Worksheet;
  readonly rekt: Rekt;
  readonly egenskap: "values" | "formulas" | "numberFormat";
}

/**
 * Reads one property of several ranges. Tall ranges are read in row blocks and small ones together, at most
 * LASBUDGET_CELLER cells per request; when Excel still finds a response too big, the block is halved and read again.
 * Returns one rectangle per request, in order. Syncs at least once, so loads queued before the call are filled too.
 */
export async function lasOmraden(context: Excel.RequestContext, lasningar: readonly Lasning[]): Promise<unknown[][][]> {
  const resultat: unknown[][][] = lasningar.map((l) => Array.from({ length: l.rekt.rader }, () => [] as unknown[]));
  let budget = LASBUDGET_CELLER;
  // Work items: (reading, first row, rows).
  let ko: { i: number; fran: number; rader: number }[] = [];
  const dela = (i: number, fran: number, rader: number) => {
    const perBit = Math.max(1, Math.floor(budget / lasningar[i].rekt.kolumner));
    for (let r = fran; r < fran + rader; r += perBit)
      ko.push({ i, fran: r, rader: Math.min(perBit, fran + rader - r) });
  };
  lasningar.forEach((l, i) => dela(i, 0, l.rekt.rader));
  if (ko.length === 0) await context.sync();
  while (ko.length > 0) {
    const omgang: { i: number; fran: number; rader: number; omrade: Excel.Range }[] = [];
    let celler = 0;
    while (ko.length > 0) {
      const nasta = ko[0];
      const n = nasta.rader * lasningar[nasta.i].rekt.kolumner;
      if (omgang.length > 0 && celler + n > budget) break;
      ko.shift();
      const l = lasningar[nasta.i];
      const omrade = l.blad.getRange(
        omradesAdress(l.rekt.rad + nasta.fran, l.rekt.kolumn, nasta.rader, l.rekt.kolumner),
      );
      // eslint-disable-next-line office-addins/no-empty-load -- loads "values", "formulas" or "numberFormat"
      omrade.load(l.egenskap);
      omgang.push({ ...nasta, omrade });
      celler += n;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, on purpose
      await context.sync();
    } catch (e) {
      const kod = felkod(e);
      const forStort = kod === "ResponsePayloadSizeLimitExceeded" || kod === "RangeExceedsLimit";
      if (!forStort || (omgang.length === 1 && omgang[0].rader === 1)) throw e;
      budget = Math.max(1, Math.floor(budget / 2));
      const igen = ko;
      ko = [];
      for (const b of omgang) dela(b.i, b.fran, b.rader);
      ko.push(...igen);
      continue;
    }
    for (const b of omgang) {
      const e = lasningar[b.i].egenskap;
      const varden = (
        e === "values" ? b.omrade.values : e === "formulas" ? b.omrade.formulas : b.omrade.numberFormat
      ) as unknown[][];
      varden.forEach((rad, j) => (resultat[b.i][b.fran + j] = rad));
    }
  }
  return resultat;
}
