/** Läs in: the selected table, or the region around the active cell, without Målkoll's own columns. */
import { bladnamn, kolumnbokstav, omradesAdress, tolkaAdress } from "../../core/skrivning/adress";
import { MALRUBRIK, STATUSRUBRIK } from "../../core/skrivning/plan";
import { beskrivLage } from "../../core/skrivning/beskrivning";
import type { Rekt } from "../../core/skrivning/agande";
import type { Cellvarde } from "../../core/tal/cell";
import { senaste, type Post } from "../markering";
import { Anvandarfel, lasOmraden, somAnvandarfel, type Lasning } from "./kontext";
import { adressAv, delar, Innehall, koaPoster, lage, postFor, postMedCell } from "./poster";
import type { InlastTabell, Markeringsinfo } from "./typer";

const MAX_RADER = 1048576;
const MAX_KOLUMNER = 16384;

const tom = (v: unknown) => v === "" || v === null || v === undefined;

/** A record as the pane shows it. */
export function info(p: Post, innehall: Innehall): Markeringsinfo {
  const g = senaste(p);
  return {
    id: p.id,
    blad: p.blad ?? "",
    tabell: g?.spar.tabell ? adressAv(g.spar.tabell) : undefined,
    status: g?.spar.status ? adressAv(g.spar.status) : undefined,
    mal: g?.spar.mal ? adressAv(g.spar.mal) : undefined,
    lage: lage(p, innehall),
  };
}

/**
 * Reads the selected table, or the region around the active cell (Range.getSurroundingRegion, ExcelApi 1.7). A cell
 * in Målkoll's columns reads the table they belong to. Målkoll's columns next to the table, and trailing empty rows,
 * are not part of it. Throws Anvandarfel for a selection that is not a table: whole columns or rows, one row.
 */
export async function lasTabell(): Promise<InlastTabell> {
  return Excel.run(async (context) => {
    try {
      const markerat = context.workbook.getSelectedRange();
      markerat.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const blad = context.workbook.worksheets.getActiveWorksheet();
      blad.load("name,id");
      const omrade = markerat.getSurroundingRegion();
      omrade.load("rowIndex,columnIndex,rowCount,columnCount");
      const poster = koaPoster(context);
      await context.sync();

      if (markerat.rowCount >= MAX_RADER || markerat.columnCount >= MAX_KOLUMNER) {
        const del = markerat.address.split("!").pop();
        throw new Anvandarfel(
          `Du har markerat ${markerat.rowCount >= MAX_RADER ? "hela kolumner" : "hela rader"} (${del}). Markera tabellen, eller en cell i den, och välj Läs in igen.`,
        );
      }
      const alla = poster().poster;
      const namn = blad.name;
      const egen = postMedCell(alla, namn, markerat.rowIndex, markerat.columnIndex);
      let rekt: Rekt;
      if (egen) {
        const t = senaste(egen)?.spar.tabell;
        if (!t)
          throw new Anvandarfel(
            "Markera måltabellen, inte Målkolls statuskolumner: tabellen de hör till finns inte längre.",
          );
        rekt = t;
      } else if (markerat.rowCount * markerat.columnCount > 1) {
        rekt = {
          rad: markerat.rowIndex,
          kolumn: markerat.columnIndex,
          rader: markerat.rowCount,
          kolumner: markerat.columnCount,
        };
      } else {
        rekt = {
          rad: omrade.rowIndex,
          kolumn: omrade.columnIndex,
          rader: omrade.rowCount,
          kolumner: omrade.columnCount,
        };
      }
      // Målkoll's columns of any record on this sheet end the table.
      for (const p of alla)
        for (const d of delar(p, namn))
          if (
            d.kolumn > rekt.kolumn &&
            d.kolumn < rekt.kolumn + rekt.kolumner &&
            d.rad < rekt.rad + rekt.rader &&
            rekt.rad < d.rad + d.rader
          )
            rekt = { ...rekt, kolumner: d.kolumn - rekt.kolumn };
      if (rekt.rader < 2) throw new Anvandarfel("Markera en tabell med en rubrikrad och minst en rad under den.");

      const post = postFor(alla, namn, rekt);
      const lasningar: Lasning[] = [{ blad, rekt, egenskap: "values" }];
      if (post) for (const d of delar(post, namn)) lasningar.push({ blad, rekt: d, egenskap: "formulas" });
      const [varden, ...egna] = await lasOmraden(context, lasningar);
      const innehall = new Innehall();
      egna.forEach((v, i) => innehall.lagg(lasningar[i + 1].rekt, v));

      const meddelanden: string[] = [];
      // A column headed like Målkoll's but in no record (copied from another file or sheet) is not the table's.
      let bredd = rekt.kolumner;
      const kopia = (varden[0] as Cellvarde[]).findIndex((v, j) => j > 0 && (v === STATUSRUBRIK || v === MALRUBRIK));
      if (kopia > 0) {
        bredd = kopia;
        meddelanden.push(
          `Kolumnen ${kolumnbokstav(rekt.kolumn + kopia)} ser ut som Målkolls men hör inte till någon markering här (kopierad?). Den räknas inte till tabellen, och Målkoll ändrar den inte.`,
        );
      }
      if (bredd < 1) throw new Anvandarfel("Markera måltabellen, inte Målkolls statuskolumner.");
      // Rows empty in the table's columns at either end belong to what was cut away (a legend of Målkoll's).
      const tomRad = (i: number) => (varden[i] as Cellvarde[]).slice(0, bredd).every(tom);
      let forsta = 0;
      while (forsta < rekt.rader - 2 && tomRad(forsta)) forsta++;
      let slut = rekt.rader;
      while (slut > forsta + 2 && tomRad(slut - 1)) slut--;
      const markering = post ? info(post, innehall) : undefined;
      if (markering?.lage) {
        const g = senaste(post as Post);
        const delar = [g?.spar.status, g?.spar.mal].filter((d): d is Rekt => !!d);
        if (delar.length > 0) {
          const k1 = Math.min(...delar.map((d) => d.kolumn));
          const k2 = Math.max(...delar.map((d) => d.kolumn));
          const r1 = Math.min(...delar.map((d) => d.rad)) + 1;
          const r2 = Math.max(...delar.map((d) => d.rad + d.rader - 1));
          meddelanden.unshift(
            beskrivLage(markering.lage, omradesAdress(r1, k1, Math.max(1, r2 - r1 + 1), k2 - k1 + 1)),
          );
        }
      }
      const tabell = varden.slice(forsta, slut).map((r) => (r as Cellvarde[]).slice(0, bredd));
      const rad = rekt.rad + forsta;
      const rader = slut - forsta;
      const placering = { blad: namn, rad, kolumn: rekt.kolumn, rader, kolumner: bredd };
      return {
        placering,
        adress: `${bladnamn(namn)}!${omradesAdress(rad, rekt.kolumn, rader, bredd)}`,
        rubriker: tabell[0],
        data: tabell.slice(1),
        bladId: blad.id,
        markering,
        meddelanden,
      };
    } catch (e) {
      throw somAnvandarfel(e, "läsa tabellen");
    }
  });
}

/** `'Mål 2020'!A1:G27` → the sheet and the rectangle. */
export function rektAv(adress: string): { blad: string; rekt: Rekt } {
  const a = tolkaAdress(adress);
  return { blad: a.blad, rekt: { rad: a.rad, kolumn: a.kolumn, rader: a.rader, kolumner: a.kolumner } };
}
