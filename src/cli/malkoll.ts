/**
 * `malkoll bedom`: judges the goal tables of .xlsx workbooks with the task pane's core and rolls the units up into
 * one new report workbook. Exit status: 0 when every file was read and judged, 1 when any file failed, 2 for a
 * usage error (nothing is read then).
 */
import { readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import JSZip from "jszip";
import { bedom, type Enhetsval } from "./bedom";
import { arRapport, skrivRapport } from "./rapport";
import { somJson, type Filresultat, type Korning } from "./resultat";
import { beskrivAntal } from "./sammanstallning";
import { rakna } from "../core/tabell/tabell";

/** Where the command writes; the process streams in use, plain strings in tests. */
export interface Utdata {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stderr is a terminal: show a progress bar there. */
  readonly terminal: boolean;
  readonly stderrStrom?: NodeJS.WritableStream;
}

export const STANDARDRAPPORT = "malkoll-rapport.xlsx";

export const HJALP = `Användning: malkoll bedom <fil.xlsx | mapp> … [flaggor]

Bedömer måltabellerna i Excel-arbetsböcker (.xlsx) med samma regler som Målkolls
åtgärdsfönster och sammanställer enheterna i en ny rapportarbetsbok: bladet Översikt
(antal nämndmål och indikatorer per status, per enhet, för kommunen och per målområde),
ett blad per tabell med status och motivering på varje rad, de rader som inte kunde
bedömas och det som inte gick att läsa. Filerna som läses ändras aldrig.

En mapp läses med undermappar. Varje fil är en enhet (nämnd eller förvaltning) och
heter som filen: Socialnämnden.xlsx blir enheten Socialnämnden.

Flaggor:
  --ut <fil.xlsx>    rapportens namn (standard: ${STANDARDRAPPORT} i aktuell mapp)
  --skriv-over       ersätt rapporten om den redan finns (bara en tidigare Målkoll-rapport)
  --json             skriv resultatet som JSON på standard ut; rapporten skrivs då bara
                     om --ut anges
  --enhet fil|blad   vad som är en enhet: en fil (standard) eller ett blad, när en
                     arbetsbok samlar alla nämnder med ett blad var
  -h, --help         visa den här hjälpen

Utskrift: en rad per fil på standard ut, förlopp och varningar på standard fel.
Slutstatus: 0 när allt lästes, 1 när någon fil inte kunde läsas eller bedömas,
2 vid felaktigt anrop.

Exempel:
  npx malkoll bedom exempel/
  npx malkoll bedom "Delår 2024/" --ut "Nämndernas måluppfyllelse.xlsx" --skriv-over
  npx malkoll bedom Socialnämnden.xlsx Kulturnämnden.xlsx --json > resultat.json
`;

/** A usage error: the message, and the help pointer, go to stderr with exit status 2. */
class Anropsfel extends Error {}

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
    const fel = e as { code?: string; message: string };
    const flagga = /'([^' ]+)/.exec(fel.message)?.[1];
    if (fel.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new Anropsfel(`Okänd flagga: ${flagga ?? fel.message}`);
    if (fel.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new Anropsfel(`Flaggan ${flagga ?? ""} behöver ett värde, till exempel --ut rapport.xlsx`.trim());
    }
    throw new Anropsfel(fel.message);
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

/** Checks, before anything is read, that the report can be written where asked without losing a file. */
async function kontrolleraUt(ut: string, skrivOver: boolean, vagar: readonly string[]): Promise<void> {
  const absolut = path.resolve(ut);
  if (vagar.some((v) => path.resolve(v) === absolut)) {
    throw new Anropsfel(`Rapporten ${ut} är en av filerna som ska läsas. Välj ett annat namn med --ut.`);
  }
  try {
    const mapp = await stat(path.dirname(absolut));
    if (!mapp.isDirectory()) throw new Error();
  } catch {
    throw new Anropsfel(`Mappen för rapporten finns inte: ${path.dirname(ut)}`);
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

/** One line per file for stdout. */
export function filrad(f: Filresultat): string {
  if (f.misslyckad) return `${f.fil}: kunde inte bedömas. ${f.problem.map((p) => p.text).join(" ")}`;
  if (f.tabeller.length === 0) return `${f.fil}: hoppades över. ${f.problem.map((p) => p.text).join(" ")}`;
  const mal = f.tabeller.flatMap((t) => t.utv.mal);
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
 * Lines for stderr: what in a file could not be read (a sheet, a table). A file that failed as a whole has its reason
 * in its stdout line already, except with --json, where stdout is JSON only.
 */
function problemrader(f: Filresultat, json: boolean): string[] {
  if (!json && (f.misslyckad || f.tabeller.length === 0)) return [];
  return f.problem.map((p) => `${f.fil}${p.blad !== undefined ? `, blad "${p.blad}"` : ""}: ${p.text}`);
}

/** Writes the report beside its final name first, so that a failure never leaves half a file under that name. */
async function sparaRapport(korning: Korning, ut: string): Promise<void> {
  const tillfallig = path.join(path.dirname(ut), `.~malkoll-${process.pid}-${path.basename(ut)}`);
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
  else for (const f of korning.filer) io.stdout(`${filrad(f)}\n`);

  const misslyckade = korning.filer.filter((f) => f.misslyckad).length;
  if (korning.filer.length === 0) {
    io.stderr(`Inga .xlsx-filer hittades i ${vagar.join(", ")}.\n`);
    return 1;
  }
  if (ut) {
    try {
      await sparaRapport(korning, ut);
    } catch (e) {
      io.stderr(`malkoll: rapporten kunde inte sparas i ${ut}: ${(e as Error).message}\n`);
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
