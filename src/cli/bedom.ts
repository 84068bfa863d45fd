/**
 * The batch: find the workbooks, read each, judge its goal tables with the core, group them into units and roll them
 * up. Bad input never stops the batch: each file's trouble becomes a Problem with a Swedish sentence.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { enhetensMal } from "./mal";
import type { Filresultat, Enhetskallor, Korning, Problem } from "./resultat";
import { sammanstall } from "./sammanstallning";
import { lasTabeller, type LastTabell } from "./tabeller";
import { ANDRA_FORMAT, Filfel, lasArbetsbok, systemfel } from "./xlsx";
import { arRapport } from "./rapport";

/** What a unit is: a file (a nämnd sends one workbook), or a sheet (one workbook collects every nämnd). */
export type Enhetsval = "fil" | "blad";

export interface Alternativ {
  readonly enhet: Enhetsval;
  /** The report's path: never read as input. */
  readonly ut?: string;
  /** Called before the first file (klara 0) and after each file, for a progress bar. */
  readonly framsteg?: (klara: number, totalt: number, fil: string) => void;
}

/** The files a folder is searched for: workbooks, and other spreadsheet formats, which are named with what to do. */
const LASBARA = new Set([".xlsx", ".xlsm", ...Object.keys(ANDRA_FORMAT)]);

/** Excel's owner files (~$Bok.xlsx) and hidden files (.~lock.Bok.xlsx#) sit beside open workbooks: never units. */
const arTemporar = (namn: string): boolean => namn.startsWith("~$") || namn.startsWith(".");

/** A unit's name from its file: the name without extension, as the controller named it ("Socialnämnden.xlsx"). */
export const enhetsnamn = (fil: string): string =>
  path
    .basename(fil, path.extname(fil))
    .replace(/[_\s]+/g, " ")
    .trim() || path.basename(fil);

const misslyckad = (fil: string, text: string): Filresultat => ({
  fil,
  enhet: enhetsnamn(fil),
  tabeller: [],
  problem: [{ text, slag: "fel" }],
  misslyckad: true,
});

/** A file found: to be read, or already known to fail (with the reason). */
export interface Funnen {
  readonly fil: string;
  readonly fel?: string;
}

async function gaIgenom(mapp: string, ut: Funnen[]): Promise<void> {
  let poster;
  try {
    poster = await readdir(mapp, { withFileTypes: true });
  } catch (e) {
    ut.push({ fil: mapp, fel: systemfel(e, "Mappen") });
    return;
  }
  poster.sort((a, b) => a.name.localeCompare(b.name, "sv"));
  for (const p of poster) {
    if (arTemporar(p.name)) continue;
    const vag = path.join(mapp, p.name);
    const slut = path.extname(p.name).toLowerCase();
    if (p.isDirectory()) await gaIgenom(vag, ut);
    else if (LASBARA.has(slut)) ut.push({ fil: vag });
  }
}

/**
 * The files to read, in a stable order: each given file as it is (its content decides whether it can be read), and
 * the .xlsx and .xlsm files in each given folder and its subfolders (Excel's ~$ owner files and hidden files left
 * out), with the other spreadsheet formats there (.xls, .ods, .csv …), which reading names with what to do. A path
 * that cannot be looked at comes with the reason (the command has already refused paths that do not exist). The
 * report's own path `ut` and files given twice are left out.
 */
export async function hittaFiler(vagar: readonly string[], ut?: string): Promise<Funnen[]> {
  const funna: Funnen[] = [];
  for (const vag of vagar) {
    let info;
    try {
      info = await stat(vag);
    } catch (e) {
      funna.push({ fil: vag, fel: systemfel(e) });
      continue;
    }
    if (info.isDirectory()) await gaIgenom(vag, funna);
    else funna.push({ fil: vag });
  }
  const rapport = ut ? path.resolve(ut) : undefined;
  const sedda = new Set<string>();
  return funna.filter((f) => {
    const absolut = path.resolve(f.fil);
    if (absolut === rapport || sedda.has(absolut)) return false;
    sedda.add(absolut);
    return true;
  });
}

/** Reads one file and judges every goal table in it. Never throws for bad input. */
export async function bedomFil(fil: string): Promise<Filresultat> {
  let bok;
  try {
    bok = await lasArbetsbok(fil);
  } catch (e) {
    if (e instanceof Filfel) return misslyckad(fil, e.message);
    return misslyckad(fil, `Filen kunde inte läsas: ${(e as Error).message ?? String(e)}`);
  }
  if (arRapport(bok)) {
    return {
      fil,
      enhet: enhetsnamn(fil),
      tabeller: [],
      problem: [{ text: "Filen är en rapport från Målkoll och läses inte som en enhet.", slag: "ingen-maltabell" }],
      misslyckad: false,
    };
  }
  const tabeller: LastTabell[] = [];
  const problem: Problem[] = [];
  for (const ark of bok.ark) {
    const r = lasTabeller(ark);
    tabeller.push(...r.tabeller);
    for (const p of r.problem) problem.push({ blad: ark.blad, ...p });
  }
  if (tabeller.length === 0) {
    problem.push({
      text:
        bok.ark.length === 0 ? "Arbetsboken har inga synliga blad." : "Ingen måltabell i arbetsboken kunde bedömas.",
      slag: "fel",
    });
  }
  return { fil, enhet: enhetsnamn(fil), tabeller, problem, misslyckad: tabeller.length === 0 };
}

/**
 * Units from the files: one per file (names made unique), or one per sheet name across the files; each with its
 * nämndmål over all its tables (mal.ts).
 */
export function gruppera(filer: readonly Filresultat[], enhet: Enhetsval): Enhetskallor[] {
  const enheter = new Map<string, { namn: string; kallor: { fil: string; tabell: LastTabell }[] }>();
  const nyckel = (namn: string) => namn.toLocaleLowerCase("sv");
  for (const f of filer) {
    if (f.tabeller.length === 0) continue;
    if (enhet === "fil") {
      let namn = f.enhet;
      for (let n = 2; enheter.has(nyckel(namn)); n++) namn = `${f.enhet} (${n})`;
      enheter.set(nyckel(namn), { namn, kallor: f.tabeller.map((tabell) => ({ fil: f.fil, tabell })) });
      continue;
    }
    for (const tabell of f.tabeller) {
      const namn = tabell.blad.trim();
      const e = enheter.get(nyckel(namn)) ?? { namn, kallor: [] };
      e.kallor.push({ fil: f.fil, tabell });
      enheter.set(nyckel(namn), e);
    }
  }
  return [...enheter.values()].map((e) => ({ ...e, mal: enhetensMal(e.kallor.map((k) => k.tabell)) }));
}

/** The whole run: every file read and judged, grouped into units and rolled up. */
export async function bedom(vagar: readonly string[], alternativ: Alternativ): Promise<Korning> {
  const funna = await hittaFiler(vagar, alternativ.ut);
  const filer: Filresultat[] = [];
  alternativ.framsteg?.(0, funna.length, "");
  for (let i = 0; i < funna.length; i++) {
    const { fil, fel } = funna[i];
    filer.push(fel ? misslyckad(fil, fel) : await bedomFil(fil));
    alternativ.framsteg?.(i + 1, funna.length, fil);
  }
  const enheter = gruppera(filer, alternativ.enhet);
  return {
    skapad: new Date().toISOString(),
    filer,
    enheter,
    oversikt: sammanstall(enheter.map((e) => ({ namn: e.namn, tabeller: e.kallor.map((k) => k.tabell), mal: e.mal }))),
  };
}
