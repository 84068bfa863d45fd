/**
 * Ta bort färgmarkering (spec §13): per marked table or all of them, exactly what Målkoll added. A cell is cleared
 * only when it still holds Målkoll's content where the record says Målkoll put it; a format is deleted only when it
 * is recognisably Målkoll's; a person's cells and formats stay and are listed. Summary sheets are deleted on request
 * and only when they still hold exactly what Målkoll wrote. An earlier version's record (a custom XML part in
 * Målkoll's namespace) is removed, but never used to clear cells: its addresses were frozen when it was written and
 * may name anything now (spec §13.4).
 *
 * Order: clear cells, delete formats, delete the records' names last, so that a failure midway leaves a record
 * that a second Ta bort completes.
 */
import { kolumnbokstav, arSkrivenStatus, klassa, type Rekt, beskrivLamnade, type Lamnad } from "../../core";
import { ALDRE_NAMNRYMD, fingeravtryck, type Post, type Sammanstallningspost } from "../markering";
import {
  Anvandarfel,
  korIBitar,
  lasOmraden,
  rensaKommando,
  somAnvandarfel,
  type Kommando,
  type Lasning,
} from "./kontext";
import { adressAv, delar, egnaRader, iDelarna, koaPostensSammanfogade, lasPoster, spar, taBortNamn } from "./poster";
import { koaVillkor, lasVillkorsdetaljer, taBortEgna, type Villkorspost } from "./villkor";
import type { Borttagning, Borttagningsval, Markeringsoversikt } from "./typer";

/** A sheet's protection and used range, loaded with the records. */
interface Bladlage {
  readonly s: Excel.WorksheetProtection;
  readonly anvant: Excel.Range;
}

/** Everything of Målkoll's in the workbook, for Ta bort's choices (sheet-scoped copies included). Two syncs. */
export async function markeringar(): Promise<Markeringsoversikt> {
  return Excel.run(async (context) => {
    try {
      const blad = context.workbook.worksheets;
      blad.load("items/name");
      const aldre = context.workbook.customXmlParts.getByNamespace(ALDRE_NAMNRYMD);
      // eslint-disable-next-line office-addins/no-navigational-load -- a custom XML part has only id and namespace
      aldre.load("items");
      await context.sync();
      const p = await lasPoster(context, blad.items);
      const finns = new Set(blad.items.map((b) => b.name.toLowerCase()));
      return {
        markeringar: p.poster.map((x) => {
          const g = x.generationer[x.generationer.length - 1];
          return {
            id: x.id,
            blad: x.blad ?? "",
            tabell: g?.spar.tabell ? adressAv(g.spar.tabell) : undefined,
            status: g?.spar.status ? adressAv(g.spar.status) : undefined,
            mal: g?.spar.mal ? adressAv(g.spar.mal) : undefined,
          };
        }),
        sammanstallningar: p.sammanstallningar
          .filter((s): s is Sammanstallningspost & { blad: string } => !!s.blad && finns.has(s.blad.toLowerCase()))
          .map((s) => ({ id: s.id, blad: s.blad })),
        aldreDelar: aldre.items.reduce((n) => n + 1, 0),
        varningar: p.varningar,
      };
    } catch (e) {
      throw somAnvandarfel(e, "läsa markeringarna");
    }
  });
}

/** Removes the chosen records (and, on request, summary sheets). Returns what was removed and what was left. */
export async function taBort(val: Borttagningsval): Promise<Borttagning> {
  return Excel.run(async (context) => {
    try {
      const bladlista = context.workbook.worksheets;
      bladlista.load("items/name");
      const aldre = context.workbook.customXmlParts.getByNamespace(ALDRE_NAMNRYMD);
      // eslint-disable-next-line office-addins/no-navigational-load -- a custom XML part has only id and namespace
      aldre.load("items");
      await context.sync();
      // The workbook's names and each sheet's (a copied sheet holds copies of a record, scoped to it), and with them
      // each sheet's protection and last used row (Målkoll's cells may have been sorted down to it).
      const bladlage = new Map(
        bladlista.items.map((b) => {
          const s = b.protection;
          s.load("protected");
          const anvant = b.getUsedRangeOrNullObject(true);
          anvant.load("rowIndex,rowCount");
          return [b.name.toLowerCase(), { s, anvant }] as const;
        }),
      );
      const alla = await lasPoster(context, bladlista.items);
      const valda =
        val.markeringar === "alla"
          ? alla.poster
          : alla.poster.filter((p) => (val.markeringar as readonly number[]).includes(p.id));
      const finns = new Map(bladlista.items.map((b) => [b.name.toLowerCase(), b]));

      // The sheets involved, each checked for protection before anything changes.
      const perBlad = new Map<string, { blad: Excel.Worksheet; namn: string; poster: Post[]; slut: number }>();
      for (const p of valda)
        for (const g of p.generationer) {
          const b = g.blad && finns.get(g.blad.toLowerCase());
          if (!b || !g.blad) continue;
          const post = perBlad.get(g.blad.toLowerCase()) ?? { blad: b, namn: b.name, poster: [], slut: -1 };
          if (!post.poster.includes(p)) post.poster.push(p);
          perBlad.set(g.blad.toLowerCase(), post);
        }
      const skydd = [...perBlad.values()].map((b) => ({ b, ...(bladlage.get(b.namn.toLowerCase()) as Bladlage) }));
      for (const x of skydd) x.b.slut = x.anvant.isNullObject ? -1 : x.anvant.rowIndex + x.anvant.rowCount - 1;
      const skyddade = skydd.filter((x) => x.s.protected).map((x) => x.b.namn);
      if (skyddade.length > 0)
        throw new Anvandarfel(
          `Bladet ${skyddade.join(", ")} är skyddat, så Målkoll kan inte ta bort något där. Ta bort skyddet (Granska > Ta bort bladets skydd) och försök igen.`,
        );

      // Read Målkoll's cells and the formats around them.
      const lasningar: (Lasning & { post: Post; bladnamn: string })[] = [];
      const villkorPerBlad: { poster: Post[]; lista: () => Excel.ConditionalFormat[] }[] = [];
      for (const b of perBlad.values()) {
        const rekt: Rekt[] = [];
        for (const p of b.poster)
          for (const d of delar(p, b.namn, b.slut)) {
            lasningar.push({ blad: b.blad, rekt: d, egenskap: "formulas", post: p, bladnamn: b.namn });
            rekt.push(d);
          }
        for (const p of b.poster)
          for (const g of p.generationer)
            if (g.spar.tabell && g.blad?.toLowerCase() === b.namn.toLowerCase()) rekt.push(g.spar.tabell);
        if (rekt.length > 0) villkorPerBlad.push({ poster: b.poster, lista: koaVillkor(b.blad, rekt) });
      }
      // Merged areas where the records' formulas may read a value merged down at its area's top-left cell.
      const ytor = [...perBlad.values()].map((b) => ({
        blad: b.namn.toLowerCase(),
        lasta: b.poster.map((p) => koaPostensSammanfogade(b.blad, p, b.namn, b.slut)),
      }));
      const lasta = await lasOmraden(context, lasningar);
      const sammanfogade = new Map(ytor.map((y) => [y.blad, y.lasta.flatMap((l) => l())]));
      const villkor: { poster: Post[]; lasta: Villkorspost[] }[] = [];
      for (const v of villkorPerBlad)
        villkor.push({ poster: v.poster, lasta: await lasVillkorsdetaljer(context, v.lista()) });

      const kommandon: Kommando[] = [];
      const lamnade: Lamnad[] = [];
      const rensa: { blad: Excel.Worksheet; bladnamn: string; rad: number; kolumn: number }[] = [];
      const sedda = new Set<string>();
      const rensade = new Set<string>();
      lasningar.forEach((l, i) => {
        const sparen = spar(l.post, sammanfogade.get(l.bladnamn.toLowerCase()));
        // From a Målkoll header below the record's own rows down, a pasted copy of the table: the user's.
        const egna = egnaRader(l.post, l.bladnamn, l.rekt, lasta[i]);
        lasta[i].slice(0, egna).forEach((rad, j) =>
          rad.forEach((v, k) => {
            const r = l.rekt.rad + j;
            const c = l.rekt.kolumn + k;
            const nyckel = `${l.bladnamn}!${r},${c}`;
            if (sedda.has(`${l.post.id}:${nyckel}`)) return;
            sedda.add(`${l.post.id}:${nyckel}`);
            // Below its own parts a record may read another's: those cells are the other record's business.
            const egen = iDelarna(l.post, l.bladnamn, r, c);
            if (!egen && alla.poster.some((p) => p !== l.post && iDelarna(p, l.bladnamn, r, c))) return;
            if (rensade.has(nyckel)) return;
            const klass = klassa(v, r, c, sparen);
            if (klass === "tom") return;
            if (klass === "anvandare") {
              if (egen)
                lamnade.push({
                  adress: `${kolumnbokstav(c)}${r + 1}`,
                  blad: l.bladnamn,
                  kolumn: kolumnbokstav(c),
                  typ: arSkrivenStatus(v) ? "skriven" : "andrad",
                });
            } else {
              rensade.add(nyckel);
              rensa.push({ blad: l.blad, bladnamn: l.bladnamn, rad: r, kolumn: c });
            }
          }),
        );
      });
      kommandon.push(...rensaIKorningar(rensa));
      const celler = rensa.length;
      let antalVillkor = 0;
      for (const v of villkor) {
        const bort = taBortEgna(
          v.lasta,
          v.poster.flatMap((p) => spar(p, sammanfogade.get((p.blad ?? "").toLowerCase()))),
        );
        antalVillkor += bort.length;
        kommandon.push(...bort);
      }
      const namn = valda.flatMap((p) => p.namn);
      for (const p of valda) {
        // A record copied with a sheet: its names are that sheet's (gone with it when the sheet was deleted).
        const omfang = p.omfang === undefined ? undefined : finns.get(p.omfang.toLowerCase());
        if (p.omfang === undefined || omfang) kommandon.push(...taBortNamn(context, p.namn, omfang));
      }
      let delarBorta = 0;
      if (val.markeringar === "alla") {
        delarBorta = aldre.items.length;
        for (const d of aldre.items) kommandon.push({ storlek: 200, utfor: () => d.delete() });
      }
      await korIBitar(context, kommandon);

      const bladBorttagna: string[] = [];
      const bladKvar: string[] = [];
      let sammanstallningsnamn = 0;
      if (val.sammanstallningar) {
        const resultat = await taBortSammanstallningar(context, alla.sammanstallningar, finns);
        bladBorttagna.push(...resultat.borttagna);
        bladKvar.push(...resultat.kvar);
        sammanstallningsnamn = resultat.namn;
      }

      const meddelanden: string[] = [];
      if (valda.length === 0 && delarBorta === 0 && bladBorttagna.length === 0 && bladKvar.length === 0)
        meddelanden.push("Arbetsboken har ingen färgmarkering från Målkoll att ta bort.");
      if (valda.length > 0) {
        const tabeller = valda
          .map((p) => {
            const t = p.generationer[p.generationer.length - 1]?.spar.tabell;
            return t ? `${adressAv(t)} på bladet ${p.blad}` : `på bladet ${p.blad ?? "(borttaget)"}`;
          })
          .join(", ");
        meddelanden.push(
          `Borttaget för ${valda.length === 1 ? "tabellen" : "tabellerna"} ${tabeller}: ${celler} ${
            celler === 1 ? "cell" : "celler"
          }, ${antalVillkor} villkorsstyrd${antalVillkor === 1 ? "" : "a"} formatering${antalVillkor === 1 ? "" : "ar"} och ${
            namn.length
          } dolda namn.`,
        );
      }
      meddelanden.push(...beskrivLamnade(lamnade));
      if (delarBorta > 0)
        meddelanden.push(
          "En markeringspost från en äldre version av Målkoll togs bort ur arbetsboken. Inga celler ändrades utifrån den: finns kolumner från den äldre versionen kvar, ta bort dem för hand.",
        );
      if (bladBorttagna.length > 0)
        meddelanden.push(
          `${bladBorttagna.length === 1 ? "Bladet" : "Bladen"} ${bladBorttagna.join(", ")} togs bort. Det går inte att ångra i Excel.`,
        );
      if (bladKvar.length > 0)
        meddelanden.push(
          `${bladKvar.length === 1 ? "Bladet" : "Bladen"} ${bladKvar.join(", ")} har ändrats efter att Målkoll skapade ${
            bladKvar.length === 1 ? "det" : "dem"
          } och lämnades kvar. Ta bort ${bladKvar.length === 1 ? "det" : "dem"} själv om du inte behöver ${
            bladKvar.length === 1 ? "det" : "dem"
          }.`,
        );
      return {
        markeringar: valda.length,
        celler,
        villkor: antalVillkor,
        namn: namn.length + sammanstallningsnamn,
        delar: delarBorta,
        bladBorttagna,
        bladKvar,
        lamnade,
        meddelanden,
      };
    } catch (e) {
      throw somAnvandarfel(e, "ta bort färgmarkeringen");
    }
  });
}

/** Clears cell by cell, as one clear per run of consecutive rows in a column. */
function rensaIKorningar(
  celler: { blad: Excel.Worksheet; bladnamn: string; rad: number; kolumn: number }[],
): Kommando[] {
  const sorterade = [...celler].sort(
    (a, b) => a.bladnamn.localeCompare(b.bladnamn) || a.kolumn - b.kolumn || a.rad - b.rad,
  );
  const ut: Kommando[] = [];
  let start = 0;
  for (let i = 1; i <= sorterade.length; i++) {
    const a = sorterade[i - 1];
    const b = sorterade[i];
    if (b && b.bladnamn === a.bladnamn && b.kolumn === a.kolumn && b.rad === a.rad + 1) continue;
    const f = sorterade[start];
    ut.push(rensaKommando(f.blad, { rad: f.rad, kolumn: f.kolumn, rader: a.rad - f.rad + 1, kolumner: 1 }));
    start = i;
  }
  return ut;
}

/**
 * Deletes each summary sheet that still holds exactly what Målkoll wrote: the same used area, the same values
 * (fingerprint), and only Målkoll's chart. A changed sheet is the user's now: it stays, and Målkoll forgets it.
 */
async function taBortSammanstallningar(
  context: Excel.RequestContext,
  poster: readonly Sammanstallningspost[],
  finns: ReadonlyMap<string, Excel.Worksheet>,
): Promise<{ borttagna: string[]; kvar: string[]; namn: number }> {
  const kontroller = poster.map((p) => {
    const blad = p.blad ? finns.get(p.blad.toLowerCase()) : undefined;
    if (!blad || !p.omrade) return { p, blad: undefined };
    const anvant = blad.getUsedRangeOrNullObject(true);
    anvant.load("address");
    const omrade = blad.getRange(adressAv(p.omrade));
    omrade.load("values");
    const diagram = blad.charts.getCount();
    return { p, blad, anvant, omrade, diagram };
  });
  await context.sync();
  const borttagna: string[] = [];
  const kvar: string[] = [];
  const kommandon: Kommando[] = [];
  for (const k of kontroller) {
    kommandon.push(...taBortNamn(context, k.p.namn));
    if (!k.blad || !k.anvant || !k.omrade || !k.diagram || !k.p.omrade) continue;
    const anvant = k.anvant.isNullObject ? "" : (k.anvant.address.split("!").pop() ?? "");
    const oforandrat =
      anvant === adressAv(k.p.omrade) &&
      k.p.fingeravtryck !== undefined &&
      fingeravtryck(k.omrade.values) === k.p.fingeravtryck &&
      k.diagram.value === 1;
    if (oforandrat) {
      const blad = k.blad;
      borttagna.push(k.p.blad as string);
      kommandon.push({ storlek: 200, utfor: () => blad.delete() });
    } else kvar.push(k.p.blad as string);
  }
  await korIBitar(context, kommandon);
  return { borttagna, kvar, namn: poster.reduce((s, p) => s + p.namn.length, 0) };
}
