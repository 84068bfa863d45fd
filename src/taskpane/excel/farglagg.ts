/**
 * Färgmarkera: live status formulas, goal formulas, a legend and conditional formats next to the table (spec §12),
 * within the rules of spec §13:
 *
 * 1. Read first: the record's names, the table as it is now (it must be what Läs in read), the cells Målkoll would
 *    write and the ones its record covers, and the sheet's conditional formats.
 * 2. Decide per cell: write only where the cell is empty or still holds exactly Målkoll's content (agande.ts); a
 *    person's cell, a typed status included, stays and is listed.
 * 3. Write in this order, in requests under 4 MB: the new generation of names (covering the new cells), the new
 *    cells, then clear Målkoll's old cells that are no longer wanted, replace Målkoll's conditional formats if they
 *    differ, and last delete the old generation's names. A failure at any point leaves names over everything
 *    Målkoll wrote, so Ta bort removes it, and never touches a person's cell.
 */
import {
  kolumnbokstav,
  omradesAdress,
  arSkrivenStatus,
  klassa,
  type Rekt,
  type Spar,
  beskrivLage,
  beskrivLamnade,
  type Lamnad,
  AVSTAND,
  FORKLARINGSTEXTER,
  skapaPlan,
  tolkaInstallningar,
  type Installningar,
  type Skrivplan,
  VARDROLLER,
  type Kolumnval,
  type Lastabell,
  type Roll,
  overlappar,
} from "../../core";
import { FORKLARINGSDELAR, infotext, nastaId, senaste, type Post } from "../markering";
import {
  Anvandarfel,
  korIBitar,
  lasOmraden,
  rensaKommando,
  skrivKommandon,
  somAnvandarfel,
  type Kommando,
  type Lasning,
} from "./kontext";
import {
  delar,
  egnaRader,
  exaktaDelar,
  iDelarna,
  Innehall,
  koaPoster,
  koaPostensSammanfogade,
  laggTillNamn,
  postFor,
  spar,
  taBortNamn,
  type Nydel,
} from "./poster";
import { ersattVillkor, koaVillkor, lasVillkorsdetaljer } from "./villkor";
import type { Farglaggning, InlastTabell, Markeringsinfo } from "./typer";

const tom = (v: unknown) => v === "" || v === null || v === undefined;

/** How many columns right of the table Målkoll looks for empty ones. */
const SOKBREDD = 12;
/** A worksheet's rows and columns (Microsoft: "Excel specifications and limits", 1 048 576 rows by 16 384 columns). */
const MAX_RADER = 1048576;
const MAX_KOLUMNER = 16384;

/**
 * The sheet of a read table, checked before any action on it: it still exists, it is the active sheet, it is not
 * protected. One sync; also loads the record names.
 */
export async function forbered(context: Excel.RequestContext, tabell: InlastTabell) {
  const blad = context.workbook.worksheets.getItemOrNullObject(tabell.bladId);
  blad.load("name");
  const aktivt = context.workbook.worksheets.getActiveWorksheet();
  aktivt.load("id,name");
  // The active sheet's own names too: the table must be on it (checked below).
  const poster = koaPoster(context, [aktivt]);
  await context.sync();
  if (blad.isNullObject)
    throw new Anvandarfel(`Bladet ${tabell.placering.blad} finns inte längre. Välj Läs in på tabellen igen.`);
  const skydd = blad.protection;
  skydd.load("protected");
  const anvant = blad.getUsedRangeOrNullObject(true);
  anvant.load("rowIndex,rowCount");
  await context.sync();
  if (skydd.protected)
    throw new Anvandarfel(
      `Bladet ${blad.name} är skyddat, så Målkoll kan inte skriva där. Ta bort skyddet (Granska > Ta bort bladets skydd) och försök igen.`,
    );
  if (aktivt.id !== tabell.bladId)
    throw new Anvandarfel(
      `Den inlästa tabellen ligger på bladet ${blad.name}, men du står på bladet ${aktivt.name}. Gå tillbaka till ${blad.name}, eller välj Läs in för att läsa tabellen där du står.`,
    );
  // The sheet's last used row: Målkoll's cells may have been sorted down to it.
  const slut = anvant.isNullObject ? -1 : anvant.rowIndex + anvant.rowCount - 1;
  return { blad, bladnamn: blad.name, poster: poster(), slut };
}

/** The record of a read table, if it still exists. */
export function postenFor(poster: readonly Post[], bladnamn: string, tabell: InlastTabell): Post | undefined {
  const pl = tabell.placering;
  const efterId =
    tabell.markering &&
    poster.find(
      (p) => p.id === tabell.markering?.id && (p.blad === undefined || p.blad.toLowerCase() === bladnamn.toLowerCase()),
    );
  return (
    efterId || postFor(poster, bladnamn, { rad: pl.rad, kolumn: pl.kolumn, rader: pl.rader, kolumner: pl.kolumner })
  );
}

/**
 * The columns whose values decide what Målkoll writes besides the header rows: the names (breakdown rows), the goals
 * and where they come from, and the riktning cells (a formula refers to one only where it says what the pane used).
 */
function kontrollkolumner(val: Kolumnval): Roll[] {
  return (["indikator", "aktivitet", "namndmal", "malomrade", "kommunmal", "riktning"] as Roll[]).filter(
    (r) => val[r] !== undefined,
  );
}

/** The value columns, whose number formats decide how each formula reads its cells (omvandling.ts). */
function formatkolumner(val: Kolumnval): Roll[] {
  return VARDROLLER.filter((r) => val[r] !== undefined);
}

interface Mal {
  rad: number;
  kolumn: number;
  innehall: string;
}

/** Consecutive rows of one column, as runs: [first row, contents]. */
function korningar(celler: readonly Mal[]): { rad: number; kolumn: number; innehall: string[] }[] {
  const perKolumn = new Map<number, Mal[]>();
  for (const c of celler) {
    const lista = perKolumn.get(c.kolumn);
    if (lista) lista.push(c);
    else perKolumn.set(c.kolumn, [c]);
  }
  const ut: { rad: number; kolumn: number; innehall: string[] }[] = [];
  for (const [kolumn, lista] of perKolumn) {
    lista.sort((a, b) => a.rad - b.rad);
    for (const c of lista) {
      const sista = ut[ut.length - 1];
      if (sista && sista.kolumn === kolumn && sista.rad + sista.innehall.length === c.rad)
        sista.innehall.push(c.innehall);
      else ut.push({ rad: c.rad, kolumn, innehall: [c.innehall] });
    }
  }
  return ut;
}

/**
 * Colours a table read by lasTabell: `inlast` is what Läs in read, `tabell` the table as the pane judges it now (the
 * same cells, with the user's columns and riktningar: bedomIgen). `installningar` are checked again here (spec
 * §13.4): nothing outside their ranges reaches a formula. Returns what was done and which of the user's cells were
 * left alone. Throws Anvandarfel in Swedish for a table that cannot be judged yet, a table that changed since Läs in,
 * a protected sheet, another active sheet, no room right of the table, or a write Excel refused (then whatever was
 * written is tracked and Ta bort removes it).
 */
export async function farglagg(
  inlast: InlastTabell,
  tabell: Lastabell,
  installningar: Installningar,
): Promise<Farglaggning> {
  const inst = tolkaInstallningar(installningar).installningar;
  if (tabell.celler !== inlast.tabell.celler)
    throw new Anvandarfel("Tabellen i fönstret är inte den som lästes in. Välj Läs in igen och sedan Färgmarkera.");
  const utv = tabell.utvardering;
  if (!utv) {
    const problem = tabell.mappning.problem.filter((p) => p.blockerar).map((p) => p.text);
    throw new Anvandarfel(
      problem.length > 0
        ? problem.join(" ")
        : "Välj vilka kolumner som är utfall och målvärde (eller status för aktiviteter) innan du färgmarkerar.",
    );
  }
  const val = tabell.mappning.val;
  return Excel.run(async (context) => {
    let skrivitsNagot = false;
    try {
      const { blad, bladnamn, poster, slut } = await forbered(context, inlast);
      const post = postenFor(poster.poster, bladnamn, inlast);
      const g = post && senaste(post);
      // Merged areas where the record's formulas may read: the table as read, and wherever its old cells went since.
      const postensYtor = post ? koaPostensSammanfogade(blad, post, bladnamn, slut) : () => [];
      const pl = inlast.placering;
      const rubrikrader = tabell.celler.rubrikrader;
      const medMal = utv.mal.length > 0;
      const bredd = medMal ? 2 : 1;
      const forklaringshojd = AVSTAND + FORKLARINGSTEXTER.length;
      const underTabellen = pl.rad + pl.rader;
      // Another marked table's cells are never this one's, even where they are empty.
      const andra = poster.poster.filter((p) => p !== post);
      const annans = (r: number, k: number) => andra.some((p) => iDelarna(p, bladnamn, r, k));
      const annansOmrade = (o: Rekt) => andra.some((p) => exaktaDelar(p, bladnamn).some((d) => overlappar(d, o)));

      // 1. The table must be what Läs in read: its header rows, the columns that decide the formulas, and the
      // number formats of the value columns.
      const kontroll: Lasning[] = [
        {
          blad,
          rekt: { rad: pl.rad, kolumn: pl.kolumn, rader: rubrikrader, kolumner: pl.kolumner },
          egenskap: "values",
        },
      ];
      const dataRekt = (r: Roll): Rekt => ({
        rad: pl.rad + rubrikrader,
        kolumn: pl.kolumn + (val[r] as number),
        rader: pl.rader - rubrikrader,
        kolumner: 1,
      });
      const roller = kontrollkolumner(val);
      const formatroller = formatkolumner(val);
      for (const r of roller) kontroll.push({ blad, rekt: dataRekt(r), egenskap: "values" });
      for (const r of formatroller) kontroll.push({ blad, rekt: dataRekt(r), egenskap: "numberFormat" });
      // Where the block goes: the record's status column, or the first empty columns right of the table.
      const statusNu = g?.spar.status ?? undefined;
      // The legend goes under the table only where the rows it takes are blank across the table's columns: beside
      // another table's rows (two tables one under the other) or a person's notes, its status words would read as
      // theirs.
      const ryms = underTabellen + forklaringshojd <= MAX_RADER;
      const under = ryms
        ? blad
            .getRange(omradesAdress(underTabellen, pl.kolumn, forklaringshojd, pl.kolumner))
            .getUsedRangeOrNullObject(true)
        : undefined;
      under?.load("address");
      const kandidater: { kolumn: number; anvant: Excel.Range; forklaring?: Excel.Range }[] = [];
      // Beside an Excel table, one blank column between: Excel takes a column written right beside a table into it
      // (modell.ts in the test fake: AutoCorrect's "Include new rows and columns in table").
      const forstaLediga = pl.kolumn + pl.kolumner + (tabell.excelTabell !== undefined ? 1 : 0);
      // Never past another table to the right in the block's rows: its rows would show this table's statuses.
      const granne = (inlast.grannar ?? [])
        .filter((t) => t.kolumn >= forstaLediga && t.rad < underTabellen + forklaringshojd && pl.rad < t.rad + t.rader)
        .sort((a, b) => a.kolumn - b.kolumn)[0];
      const grans = granne ? granne.kolumn : MAX_KOLUMNER;
      if (!statusNu)
        for (let k = 0; k < SOKBREDD; k++) {
          const kolumn = forstaLediga + k;
          if (kolumn + bredd > grans) break;
          const anvant = blad.getRange(omradesAdress(pl.rad, kolumn, pl.rader, bredd)).getUsedRangeOrNullObject(true);
          anvant.load("address");
          const forklaring = ryms
            ? blad.getRange(omradesAdress(underTabellen, kolumn, forklaringshojd, bredd)).getUsedRangeOrNullObject(true)
            : undefined;
          forklaring?.load("address");
          kandidater.push({ kolumn, anvant, forklaring });
        }
      const [rubriker, ...kolumner] = await lasOmraden(context, kontroll);
      const fore = inlast.kontroll;
      const lika = (a: unknown, b: unknown) => (tom(a) && tom(b)) || a === b;
      const andrad =
        rubriker.some((rad, i) => rad.some((v, j) => !lika(v, fore.varden[i]?.[j]))) ||
        [...roller.map((r) => ({ r, fran: fore.varden })), ...formatroller.map((r) => ({ r, fran: fore.format }))].some(
          ({ r, fran }, i) => kolumner[i].some((rad, j) => !lika(rad[0], fran[rubrikrader + j]?.[val[r] as number])),
        );
      if (andrad)
        throw new Anvandarfel(
          "Tabellen har ändrats sedan du läste in den (rader, kolumner, namn eller talformat har ändrats). Välj Läs in igen och sedan Färgmarkera.",
        );
      const medForklaring = under !== undefined && under.isNullObject;
      const hojd = pl.rader + (medForklaring ? forklaringshojd : 0);
      let statuskolumn: number;
      if (statusNu) statuskolumn = statusNu.kolumn;
      else {
        if (forstaLediga + bredd > MAX_KOLUMNER)
          throw new Anvandarfel(
            `Tabellen slutar vid arkets högra kant (kolumn ${kolumnbokstav(pl.kolumn + pl.kolumner - 1)}), så det finns ingen plats för Målkolls statuskolumn. Flytta tabellen åt vänster och försök igen.`,
          );
        const ledig = kandidater.find(
          (k) =>
            k.anvant.isNullObject &&
            (!medForklaring || !!k.forklaring?.isNullObject) &&
            !annansOmrade({ rad: pl.rad, kolumn: k.kolumn, rader: hojd, kolumner: bredd }),
        );
        if (!ledig && granne)
          throw new Anvandarfel(
            `Det finns ${bredd === 1 ? "ingen tom kolumn" : `inga ${bredd} tomma kolumner`} mellan tabellen och tabellen i ${omradesAdress(granne.rad, granne.kolumn, granne.rader, granne.kolumner)} till höger, där Målkolls ${bredd === 1 ? "statuskolumn" : "kolumner"} kan stå. Flytta isär tabellerna och försök igen.`,
          );
        if (!ledig)
          throw new Anvandarfel(
            `Det finns ${bredd === 1 ? "ingen tom kolumn" : `inga ${bredd} tomma kolumner`} bredvid varandra inom ${SOKBREDD} kolumner till höger om tabellen. Flytta innehållet till höger och försök igen.`,
          );
        statuskolumn = ledig.kolumn;
      }
      // A marked table keeps its goal column where the user's edits moved it; a new one goes next to the statuses.
      const gammalMal = statusNu && g?.spar.mal && g.spar.mal.kolumn > statuskolumn ? g.spar.mal : undefined;
      const malkolumn = gammalMal ? gammalMal.kolumn : statuskolumn + 1;
      const plan = skapaPlan(tabell, inst, statuskolumn, malkolumn, medForklaring);

      // 2. What is there now: the block (two columns, for a goal column old or new) and the record's old cells.
      const block: Rekt = {
        rad: pl.rad,
        kolumn: statuskolumn,
        rader: hojd,
        kolumner: Math.min(malkolumn, MAX_KOLUMNER - 1) - statuskolumn + 1,
      };
      const gamla = post ? delar(post, bladnamn, slut) : [];
      const lasningar: Lasning[] = [block, ...gamla].map((rekt) => ({ blad, rekt, egenskap: "formulas" as const }));
      const allaRekt = [block, ...gamla, { rad: pl.rad, kolumn: pl.kolumn, rader: pl.rader, kolumner: pl.kolumner }];
      const villkorslista = koaVillkor(blad, allaRekt);
      const lasta = await lasOmraden(context, lasningar);
      const sparen: Spar[] = spar(post, [...inlast.kontroll.sammanfogade, ...postensYtor()]);
      const innehall = new Innehall();
      lasta.forEach((v, i) => innehall.lagg(lasningar[i].rekt, v));
      const villkor = await lasVillkorsdetaljer(context, villkorslista());

      // 3. Decide, cell by cell.
      const meddelanden: string[] = [];
      let malPlan = plan.mal;
      if (malPlan && !gammalMal) {
        // A new goal column: only where that whole column is free, never mixed in with a person's cells.
        const kolumn = malkolumn;
        const upptagen = malPlan.some(
          (_, i) => klassa(innehall.hamta(pl.rad + i, kolumn), pl.rad + i, kolumn, sparen) === "anvandare",
        );
        if (upptagen) {
          malPlan = undefined;
          meddelanden.push(
            `Målens status skrevs inte: kolumn ${kolumnbokstav(kolumn)} bredvid statuskolumnen har innehåll. Flytta det och färgmarkera igen.`,
          );
        }
      }
      const mal: Mal[] = [];
      plan.status.forEach((x, i) => mal.push({ rad: pl.rad + i, kolumn: statuskolumn, innehall: x }));
      malPlan?.forEach((x, i) => mal.push({ rad: pl.rad + i, kolumn: malkolumn, innehall: x }));
      plan.forklaring.forEach((x, i) => mal.push({ rad: plan.forklaringRad + i, kolumn: statuskolumn, innehall: x }));
      const iMal = new Set(mal.map((m) => `${m.rad},${m.kolumn}`));
      const skriv: Mal[] = [];
      const rensa: Mal[] = [];
      const lamnade: Lamnad[] = [];
      const dataRad = (r: number) => r > pl.rad && r < pl.rad + pl.rader;
      const lamna = (r: number, kolumn: number, v: unknown) =>
        lamnade.push({
          adress: `${kolumnbokstav(kolumn)}${r + 1}`,
          blad: bladnamn,
          kolumn: kolumnbokstav(kolumn),
          typ: dataRad(r) && arSkrivenStatus(v) ? "skriven" : "andrad",
        });
      let levande = 0;
      let forHand = 0;
      for (const m of mal) {
        if (annans(m.rad, m.kolumn)) continue;
        const nu = innehall.hamta(m.rad, m.kolumn);
        const klass = klassa(nu, m.rad, m.kolumn, sparen);
        const status = dataRad(m.rad) && (m.kolumn === statuskolumn || m.kolumn === malkolumn);
        if (klass === "anvandare") {
          if (m.innehall !== "") lamna(m.rad, m.kolumn, nu);
          if (status && m.innehall !== "") forHand++;
          continue;
        }
        if (status && m.innehall.startsWith("=")) levande++;
        if (nu === m.innehall) continue;
        (m.innehall === "" ? rensa : skriv).push(m);
      }
      const sedda = new Set<string>();
      gamla.forEach((d, i) => {
        // From a Målkoll header below the record's own rows down, a pasted copy of the table: the user's.
        const egna = egnaRader(post as Post, bladnamn, d, lasta[i + 1]);
        for (let r = d.rad; r < d.rad + egna; r++)
          for (let k = d.kolumn; k < d.kolumn + d.kolumner; k++) {
            const nyckel = `${r},${k}`;
            if (iMal.has(nyckel) || sedda.has(nyckel)) continue;
            sedda.add(nyckel);
            // Below its own parts the record may reach another table's: those cells are not this record's.
            if (!iDelarna(post as Post, bladnamn, r, k) && annans(r, k)) continue;
            const nu = innehall.hamta(r, k);
            const klass = klassa(nu, r, k, sparen);
            // A person's cell is listed where Målkoll's record puts Målkoll's cells, not merely below them.
            if (klass === "anvandare") {
              if (post && iDelarna(post, bladnamn, r, k)) lamna(r, k, nu);
            } else if (klass !== "tom") rensa.push({ rad: r, kolumn: k, innehall: "" });
          }
      });

      // 4. Write: names first, then cells, then clear, formats, and the old names last.
      // A record copied with the sheet (names scoped to it) becomes a record of the workbook's own, with a new id;
      // its scoped names go last, like an old generation's.
      const egenPost = post && post.omfang === undefined ? post : undefined;
      const id = egenPost?.id ?? nastaId(poster.upptagnaId);
      const gen = (egenPost?.hogstaGen ?? 0) + 1;
      const nya = nyaDelar(plan, malPlan !== undefined, pl);
      const kommandon: Kommando[] = [...laggTillNamn(context, blad, id, gen, nya)];
      for (const k of korningar(skriv)) kommandon.push(...skrivKommandon(blad, k.rad, k.kolumn, k.innehall));
      for (const k of korningar(rensa))
        kommandon.push(rensaKommando(blad, { rad: k.rad, kolumn: k.kolumn, rader: k.innehall.length, kolumner: 1 }));
      const planVillkor = malPlan || !plan.mal ? plan.villkor : villkorUtanMal(plan);
      kommandon.push(...ersattVillkor(blad, villkor, sparen, planVillkor));
      if (post) kommandon.push(...taBortNamn(context, post.namn, post.omfang !== undefined ? blad : undefined));
      skrivitsNagot = true;
      await korIBitar(context, kommandon);

      const statusRekt: Rekt = { rad: pl.rad, kolumn: statuskolumn, rader: pl.rader, kolumner: 1 };
      const lage = { levande, lasta: 0, forHand };
      const markering: Markeringsinfo = {
        id,
        blad: bladnamn,
        tabell: omradesAdress(pl.rad, pl.kolumn, pl.rader, pl.kolumner),
        status: omradesAdress(statusRekt.rad, statusRekt.kolumn, statusRekt.rader, 1),
        mal: malPlan ? omradesAdress(pl.rad, malkolumn, pl.rader, 1) : undefined,
        lage,
      };
      meddelanden.push(...beskrivLamnade(lamnade));
      if (!medForklaring)
        meddelanden.push(
          ryms
            ? "Förklaringen skrevs inte: raderna närmast under tabellen har innehåll (till exempel en annan tabell), och dess statusord skulle ha stått bredvid det."
            : `Förklaringen skrevs inte: tabellen slutar för nära arkets sista rad (1 048 576) för att förklaringens ${forklaringshojd} rader ska få plats under den.`,
        );
      if (plan.utanMalformel.length > 0)
        meddelanden.push(
          `${plan.utanMalformel.length === 1 ? "Nämndmålet" : "Nämndmålen"} ${plan.utanMalformel.map((m) => `"${m}"`).join(", ")} fick ingen formel för målets status: raderna ligger utspridda i fler delar av tabellen än en formel rymmer. Fönstret visar målets bedömning.`,
        );
      meddelanden.push(
        beskrivLage(
          lage,
          omradesAdress(pl.rad + 1, statuskolumn, pl.rader - 1, malPlan ? malkolumn - statuskolumn + 1 : 1),
        ),
      );
      return { markering, lamnade, meddelanden };
    } catch (e) {
      const fel = somAnvandarfel(e, "färgmarkera tabellen");
      if (skrivitsNagot && !(e instanceof Anvandarfel))
        fel.message += " Det Målkoll hann skriva tas bort med Ta bort färgmarkering; dina egna celler är orörda.";
      throw fel;
    }
  });
}

/** The names of a new generation. */
function nyaDelar(plan: Skrivplan, medMal: boolean, pl: InlastTabell["placering"]): Nydel[] {
  const kolumn = (k: number): Rekt => ({ rad: pl.rad, kolumn: k, rader: pl.rader, kolumner: 1 });
  const nya: Nydel[] = [
    { del: "Tabell", rekt: { rad: pl.rad, kolumn: pl.kolumn, rader: pl.rader, kolumner: pl.kolumner } },
    { del: "Status", rekt: kolumn(plan.statuskolumn) },
    { del: "Info", text: infotext(plan.typ, plan.band) },
  ];
  if (medMal && plan.malkolumn !== undefined) nya.push({ del: "Mal", rekt: kolumn(plan.malkolumn) });
  if (plan.forklaring.length > 0)
    FORKLARINGSDELAR.forEach((del, i) =>
      nya.push({ del, rekt: { rad: plan.forklaringRad + i, kolumn: plan.statuskolumn, rader: 1, kolumner: 1 } }),
    );
  for (const [roll, k] of Object.entries(plan.roller) as [Roll, number][])
    nya.push({ del: `K_${roll}`, rekt: kolumn(k) });
  return nya;
}

/** The plan's formats when the goal column could not be written: one column wide, none of the goal column's own. */
function villkorUtanMal(plan: Skrivplan) {
  const mal = plan.malkolumn === undefined ? undefined : kolumnbokstav(plan.malkolumn);
  return plan.villkor
    .filter((v) => mal === undefined || !new RegExp(`^${mal}\\d`).test(v.omrade))
    .map((v) => ({
      ...v,
      omrade: v.omrade.replace(/:([A-Z]+)(\d+)$/, (_, _k, r) => `:${kolumnbokstav(plan.statuskolumn)}${r}`),
    }));
}
