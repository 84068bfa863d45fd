/**
 * `malkoll bedom`: judges the goal tables of .xlsx workbooks with the task pane's core and rolls the units up into
 * one new report workbook. Exit status: 0 when every file was read and judged, 1 when any file failed, 2 for a
 * usage error (nothing is read then).
 */
import { open, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import JSZip from "jszip";
import { bedom, type Enhetsval } from "./bedom";
import { arRapport, skrivRapport } from "./rapport";
import { somJson, type Filresultat, type Korning, type Problem } from "./resultat";
import { beskrivAntal } from "./sammanstallning";
import { rakna } from "../core";

/** Where the command writes; the process streams in use, plain strings in tests. */
export interface Utdata {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stderr is a terminal: show a progress bar there. */
  readonly terminal: boolean;
  readonly stderrStrom?: NodeJS.WritableStream;
}

export const STANDARDRAPPORT = "malkoll-rapport.xlsx";

/** The help text; docs/kommandorad.md shows it verbatim (a test holds them together). */
export const HJALP = `Användning: malkoll bedom <fil.xlsx | mapp> … [flaggor]

Bedömer måltabellerna i Excel-arbetsböcker (.xlsx) med samma regler som Målkolls
åtgärdsfönster och sammanställer enheterna i en ny rapportarbetsbok: bladet Översikt
(antal nämndmål och indikatorer per status, per enhet, för kommunen och per målområde),
ett blad per tabell med status och motivering på varje rad, de rader som inte kunde
bedömas och det som inte gick att läsa. Filerna som läses ändras aldrig.

En mapp läses med undermappar. Varje fil är en enhet (nämnd eller förvaltning) och
heter som filen: Socialnämnden.xlsx blir enheten Socialnämnden. Ett nämndmål som står
i flera tabeller i samma enhet räknas en gång, bedömt över alla sina rader.

Flaggor:
  --ut <fil.xlsx>    rapportens namn (standard: ${STANDARDRAPPORT} i aktuell mapp)
  --skriv-over       ersätt rapporten om den redan finns (bara en tidigare Målkoll-rapport)
  --json             skriv resultatet som JSON på standard ut; rapporten skrivs då bara
                     om --ut anges
  --enhet fil|blad   vad som är en enhet: en fil (standard) eller ett blad, när en
                     arbetsbok samlar alla nämnder med ett blad var
  -h, --help         visa den här hjälpen

Utskrift: en rad per fil på standard ut, förlopp och varningar på standard fel.
Blad och tabeller som inte är måltabeller (en driftredovisning) hoppas över utan
varning och listas i rapportens blad Inläsningsproblem.

Slutstatus:
  0  varje fil lästes och har minst en bedömd måltabell
  1  någon fil kunde inte bedömas: skadad, tom, lösenordsskyddad, inte en .xlsx
     (.xls, .ods, .csv, webbsida) eller utan måltabell som kan bedömas; de andra
     filerna bedöms ändå och finns i rapporten. Också när ingen fil hittades, eller
     när rapporten inte kunde sparas.
  2  felaktigt anrop, och inget läses: okänd flagga, ingen fil angiven, en fil eller
     mapp som inte finns, rapporten finns redan (ange --skriv-over), rapportens mapp
     finns inte eller går inte att skriva i.

Exempel, i Målkolls mapp:
  npx malkoll bedom exempel/
  npx malkoll bedom "Delår 2024/" --ut "Nämndernas måluppfyllelse.xlsx" --skriv-over
  npx malkoll bedom Socialnämnden.xlsx Kulturnämnden.xlsx --json > resultat.json
I en annan mapp: installera kommandot en gång med npm install -g <Målkolls mapp>,
sedan fungerar npx malkoll (och malkoll) överallt. Utan installation:
  npx --prefix <Målkolls mapp> malkoll bedom …
`;

/** A usage error: the message, and the help pointer, go to stderr with exit status 2. */
class Anropsfel extends Error {}

/** An example value for each flag that takes one, for the message when the value is missing. */
const VARDEEXEMPEL: Readonly<Record<string, string>> = { ut: "rapport.xlsx", enhet: "blad" };

interface Anrop {
  readonly vagar: string[];
  readonly ut?: string;
  readonly json: boolean;
  readonly skrivOver: boolean;
  readonly enhet: Enhetsval;
}

function tolkaAnrop(argv: readonly string[]): Anrop | "hjalp" {
  let tolkat;
  try {
    tolkat = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ut: { type: "string" },
        json: { type: "boolean", default: false },
        "skriv-over": { type: "boolean", default: false },
        enhet: { type: "string", default: "fil" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    // node:util parseArgs says what is wrong in English; the code and the flag it names are what we read.
    const fel = e as { code?: string; message: string };
    const flagga = /'(-[^' ]*)/.exec(fel.message)?.[1] ?? "";
    if (fel.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new Anropsfel(`Okänd flagga: ${flagga}`);
    if (fel.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /does not take an argument/.test(fel.message)) {
      throw new Anropsfel(`Flaggan ${flagga} tar inget värde.`);
    }
    if (fel.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const exempel = VARDEEXEMPEL[flagga.replace(/^--/, "")];
      throw new Anropsfel(
        `Flaggan ${flagga} behöver ett värde${exempel ? `, till exempel ${flagga} ${exempel}` : ""}.`,
      );
    }
    throw new Anropsfel(`Anropet kan inte tolkas (${flagga || fel.code || "okänt fel"}).`);
  }
  const { values, positionals } = tolkat;
  if (values.help) return "hjalp";
  const [kommando, ...vagar] = positionals;
  if (kommando === undefined) throw new Anropsfel("Ange kommandot bedom och filer eller mappar att läsa.");
  if (kommando === "hjalp" || kommando === "help") return "hjalp";
  if (kommando !== "bedom") throw new Anropsfel(`Okänt kommando: ${kommando}. Det som finns är bedom.`);
  if (vagar.length === 0) throw new Anropsfel("Ange minst en .xlsx-fil eller mapp att läsa.");
  if (values.enhet !== "fil" && values.enhet !== "blad") {
    throw new Anropsfel(`--enhet ska vara fil eller blad, inte ${values.enhet}.`);
  }
  if (values.ut !== undefined && path.extname(values.ut).toLowerCase() !== ".xlsx") {
    throw new Anropsfel(`Rapporten ska sluta på .xlsx: ${values.ut}`);
  }
  return {
    vagar,
    ut: values.ut,
    json: values.json ?? false,
    skrivOver: values["skriv-over"] ?? false,
    enhet: values.enhet,
  };
}

/** Checks, before anything is read, that every file and folder given exists: a mistyped name is a usage error. */
async function kontrolleraVagar(vagar: readonly string[]): Promise<void> {
  for (const vag of vagar) {
    try {
      await stat(vag);
    } catch (e) {
      // Any other trouble with the path (no permission) is the file's problem, named in its line.
      if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") {
        throw new Anropsfel(`Filen eller mappen finns inte: ${vag}`);
      }
    }
  }
}

/** The temporary file the report is written to first, beside its final name. */
const tillfalligFil = (ut: string): string =>
  path.join(path.dirname(ut), `.~malkoll-${process.pid}-${path.basename(ut)}`);

/** Why a report cannot be written in folder `mapp`, as a Swedish sentence naming the folder. */
export function sparfel(fel: unknown, mapp: string): string {
  const kod = (fel as NodeJS.ErrnoException)?.code;
  if (kod === "EACCES" || kod === "EPERM" || kod === "EROFS") {
    return `Rapporten kan inte sparas i mappen ${mapp}: behörighet saknas där. Välj en annan mapp med --ut.`;
  }
  if (kod === "ENOSPC" || kod === "EDQUOT") return `Rapporten kan inte sparas i mappen ${mapp}: disken är full.`;
  if (kod === "ENOENT") return `Rapporten kan inte sparas: mappen ${mapp} finns inte längre.`;
  return `Rapporten kan inte sparas i mappen ${mapp} (${kod ?? (fel instanceof Error ? fel.message : String(fel))}).`;
}

/** Checks, before anything is read, that the report can be written where asked without losing a file. */
async function kontrolleraUt(ut: string, skrivOver: boolean, vagar: readonly string[]): Promise<void> {
  const absolut = path.resolve(ut);
  const mapp = path.dirname(absolut);
  if (vagar.some((v) => path.resolve(v) === absolut)) {
    throw new Anropsfel(`Rapporten ${ut} är en av filerna som ska läsas. Välj ett annat namn med --ut.`);
  }
  try {
    if (!(await stat(mapp)).isDirectory()) throw new Error();
  } catch {
    throw new Anropsfel(`Mappen för rapporten finns inte: ${path.dirname(ut)}`);
  }
  // The folder must take a new file (the report is written beside its name first): try it now, not after reading
  // every workbook.
  try {
    await (await open(tillfalligFil(absolut), "wx")).close();
    await unlink(tillfalligFil(absolut));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new Anropsfel(sparfel(e, mapp));
  }
  const finns = await stat(absolut).then(
    () => true,
    () => false,
  );
  if (!finns) return;
  if (!skrivOver) {
    throw new Anropsfel(`${ut} finns redan. Ange --skriv-over för att ersätta den, eller ett annat namn med --ut.`);
  }
  if (!(await arMalkollRapport(absolut))) {
    throw new Anropsfel(
      `${ut} finns redan och är ingen rapport från Målkoll: den skrivs inte över. Välj ett annat namn med --ut.`,
    );
  }
}

/**
 * Whether a file is a report Målkoll wrote: its keywords (docProps/core.xml, ECMA-376 Part 2 §11) say so. Only that
 * small part is read, not the workbook, which may be a large earlier report. Anything unreadable is not a report.
 */
async function arMalkollRapport(vag: string): Promise<boolean> {
  try {
    const paket = await JSZip.loadAsync(await readFile(vag));
    const egenskaper = (await paket.file("docProps/core.xml")?.async("string")) ?? "";
    const nyckelord = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(egenskaper)?.[1] ?? "";
    return arRapport({ nyckelord });
  } catch {
    return false;
  }
}

/** A problem in a line about its file: the sheet it concerns first, in quotes. */
const iFilen = (p: Problem): string => (p.blad !== undefined ? `Bladet "${p.blad}": ${p.text}` : p.text);

/**
 * One line per file for stdout. Its nämndmål are the units' goals with a table in the file, each counted once and
 * with its status over all the unit's tables (mal.ts), as the Översikt counts them.
 */
export function filrad(f: Filresultat, korning: Pick<Korning, "enheter">): string {
  if (f.misslyckad) return `${f.fil}: kunde inte bedömas. ${f.problem.map(iFilen).join(" ")}`;
  if (f.tabeller.length === 0) return `${f.fil}: hoppades över. ${f.problem.map(iFilen).join(" ")}`;
  const egna = new Set(f.tabeller);
  const mal = korning.enheter.flatMap((e) => e.mal).filter((m) => m.delar.some((d) => egna.has(d.tabell)));
  const indikatorer = f.tabeller
    .filter((t) => t.utv.typ === "indikatorer")
    .flatMap((t) => t.utv.rader.filter((r) => !r.brytrad));
  const aktiviteter = f.tabeller.filter((t) => t.utv.typ === "aktiviteter").flatMap((t) => t.utv.rader);
  const delar = [`${f.tabeller.length} ${f.tabeller.length === 1 ? "tabell" : "tabeller"}`];
  if (mal.length) delar.push(beskrivAntal(rakna(mal.map((m) => m.status)), "nämndmål"));
  if (indikatorer.length) delar.push(beskrivAntal(rakna(indikatorer.map((r) => r.status)), "indikator", "indikatorer"));
  if (aktiviteter.length) delar.push(beskrivAntal(rakna(aktiviteter.map((r) => r.status)), "aktivitet", "aktiviteter"));
  return `${f.fil}: ${delar.join(", ")}`;
}

/**
 * Lines for stderr: what in a file should have been judged and was not (a sheet, a table). A file that failed as a
 * whole has its reason in its stdout line already, except with --json, where stdout is JSON only. A sheet or table
 * that is no goal table (a driftredovisning) is only listed in the report and the JSON: it is no problem to report.
 */
function problemrader(f: Filresultat, json: boolean): string[] {
  if (!json && (f.misslyckad || f.tabeller.length === 0)) return [];
  return f.problem
    .filter((p) => p.slag === "fel")
    .map((p) => `${f.fil}${p.blad !== undefined ? `, blad "${p.blad}"` : ""}: ${p.text}`);
}

/** Writes the report beside its final name first, so that a failure never leaves half a file under that name. */
async function sparaRapport(korning: Korning, ut: string): Promise<void> {
  const tillfallig = tillfalligFil(ut);
  try {
    await skrivRapport(korning, tillfallig);
    await rename(tillfallig, ut);
  } catch (e) {
    await unlink(tillfallig).catch(() => undefined);
    throw e;
  }
}

/** Runs the command; returns the exit status. */
export async function kor(argv: readonly string[], io: Utdata): Promise<number> {
  let anrop: Anrop | "hjalp";
  try {
    anrop = tolkaAnrop(argv);
    if (anrop === "hjalp") {
      io.stdout(HJALP);
      return 0;
    }
    const ut = anrop.ut ?? (anrop.json ? undefined : STANDARDRAPPORT);
    await kontrolleraVagar(anrop.vagar);
    if (ut) await kontrolleraUt(ut, anrop.skrivOver, anrop.vagar);
    anrop = { ...anrop, ut };
  } catch (e) {
    if (e instanceof Anropsfel) {
      io.stderr(`malkoll: ${e.message}\nSe malkoll --help.\n`);
      return 2;
    }
    throw e;
  }

  const { vagar, ut, json, enhet } = anrop;
  const stapel =
    io.terminal && io.stderrStrom
      ? new SingleBar({
          stream: io.stderrStrom,
          format: "Läser {bar} {value}/{total} filer  {fil}",
          barCompleteChar: "█",
          barIncompleteChar: "░",
          hideCursor: true,
          clearOnComplete: true,
        })
      : undefined;
  const korning = await bedom(vagar, {
    enhet,
    ut,
    framsteg: (klara, totalt, fil) => {
      if (stapel) {
        if (klara === 0) stapel.start(totalt, 0, { fil: "" });
        else stapel.update(klara, { fil: path.basename(fil) });
      } else if (klara > 0) {
        io.stderr(`[${klara}/${totalt}] ${fil}\n`);
      }
    },
  });
  stapel?.stop();

  for (const f of korning.filer) for (const rad of problemrader(f, json)) io.stderr(`${rad}\n`);
  if (json) io.stdout(`${JSON.stringify(somJson(korning), null, 2)}\n`);
  else for (const f of korning.filer) io.stdout(`${filrad(f, korning)}\n`);

  const misslyckade = korning.filer.filter((f) => f.misslyckad).length;
  if (korning.filer.length === 0) {
    io.stderr(`Inga .xlsx-filer hittades i ${vagar.join(", ")}.\n`);
    return 1;
  }
  if (ut) {
    try {
      await sparaRapport(korning, ut);
    } catch (e) {
      io.stderr(`malkoll: ${sparfel(e, path.resolve(path.dirname(ut)))}\n`);
      return 1;
    }
    const enheter = korning.enheter.length;
    io.stderr(
      `Rapporten sparades i ${ut}: ${enheter} ${enheter === 1 ? "enhet" : "enheter"}` +
        (misslyckade > 0 ? `, ${misslyckade} ${misslyckade === 1 ? "fil" : "filer"} kunde inte bedömas.\n` : ".\n"),
    );
  }
  return misslyckade > 0 ? 1 : 0;
}
