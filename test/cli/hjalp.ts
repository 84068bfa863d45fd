/** Shared by the command's tests: running it in-process, files on disk, a second reader, and LibreOffice. */
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { kor } from "../../src/cli/malkoll";

// The second reader: a separate .xlsx implementation, so that the report is not checked with the writer's own model.
const XlsxPopulate = require("xlsx-populate");

export const ROT = path.resolve(__dirname, "../..");
export const EXEMPEL = path.join(ROT, "exempel");

/** A fresh temporary folder, removed by `stada`. */
export function tempMapp(namn = "malkoll-test-"): string {
  return mkdtempSync(path.join(tmpdir(), namn));
}

export const stada = (mapp: string): void => rmSync(mapp, { recursive: true, force: true });

export interface Utfall {
  readonly kod: number;
  readonly ut: string;
  readonly fel: string;
}

/**
 * Runs `malkoll …` in this process, as the program does, with its output captured, standing in the folder `mapp`
 * (relative paths and the default report name are resolved there). The tests never depend on, or write to, the
 * folder jest was started in: a user may have run the README's command there first.
 */
export async function malkollI(mapp: string, ...argv: string[]): Promise<Utfall> {
  let ut = "";
  let fel = "";
  const forut = process.cwd();
  process.chdir(mapp);
  try {
    const kod = await kor(argv, {
      stdout: (t) => (ut += t),
      stderr: (t) => (fel += t),
      terminal: false,
    });
    return { kod, ut, fel };
  } finally {
    process.chdir(forut);
  }
}

/** Runs `malkoll …` in this process, standing in a new empty folder that is removed afterwards. */
export async function malkoll(...argv: string[]): Promise<Utfall> {
  const mapp = tempMapp("malkoll-cwd-");
  try {
    return await malkollI(mapp, ...argv);
  } finally {
    stada(mapp);
  }
}

/**
 * A process-spawning test's time limit: a spawned node or npx takes a few seconds on an idle machine and many times
 * that on a loaded 2-core one, where jest's default 5 s does not hold.
 */
export const PROCESSTID = 120_000;

export interface Processutfall {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a program without blocking jest (so that a hung process fails the test at its time limit instead of stalling
 * the run), with its output captured. Killed after `PROCESSTID` less a margin.
 */
export function korProcess(
  program: string,
  args: readonly string[],
  alternativ: SpawnOptions = {},
): Promise<Processutfall> {
  return new Promise((klar, fel) => {
    const barn = spawn(program, [...args], { ...alternativ, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    barn.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    barn.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const klocka = setTimeout(() => barn.kill("SIGKILL"), PROCESSTID - 5_000);
    barn.on("error", (e) => {
      clearTimeout(klocka);
      fel(e);
    });
    barn.on("close", (status) => {
      clearTimeout(klocka);
      klar({ status, stdout, stderr });
    });
  });
}

/** The built command (build/cli, what `npm install` builds and npx runs). */
export const BYGGD_CLI = path.join(ROT, "build/cli/index.js");

/** Every sheet of a workbook as read by the second reader: name → rows of values (undefined where empty). */
export async function lasAndraLasare(fil: string): Promise<Map<string, unknown[][]>> {
  const bok = await XlsxPopulate.fromFileAsync(fil);
  const blad = new Map<string, unknown[][]>();
  for (const b of bok.sheets()) {
    const anvant = b.usedRange();
    blad.set(b.name(), anvant ? (anvant.value() as unknown[][]) : []);
  }
  return blad;
}

/** The second reader's workbook object, for formats and styles. */
export const oppnaAndraLasare = (fil: string): Promise<any> => XlsxPopulate.fromFileAsync(fil);

/**
 * A password-protected workbook (ECMA-376 agile encryption, MS-OFFCRYPTO), as Excel saves one with Arkiv > Info >
 * Skydda arbetsbok: made once by xlsx-populate (its key derivation takes a second or two) and kept in .cache for the
 * tests that need one. Written under a temporary name and moved into place, so parallel test files never read half.
 */
export async function skyddadArbetsbok(): Promise<string> {
  const fil = path.join(ROT, ".cache/malkoll-test/Skyddad.xlsx");
  if (existsSync(fil)) return fil;
  mkdirSync(path.dirname(fil), { recursive: true });
  const bok = await XlsxPopulate.fromBlankAsync();
  bok.sheet(0).cell("A1").value("Indikator");
  const tillfallig = `${fil}.${process.pid}`;
  await bok.toFileAsync(tillfallig, { password: "hemligt" });
  renameSync(tillfallig, fil);
  return fil;
}

/** SHA-256 of every file under a folder: to prove the inputs are never modified. */
export function fingeravtryck(mapp: string): Record<string, string> {
  const ut: Record<string, string> = {};
  for (const namn of readdirSync(mapp, { recursive: true }) as string[]) {
    const vag = path.join(mapp, namn);
    try {
      ut[namn] = createHash("sha256").update(readFileSync(vag)).digest("hex");
    } catch {
      // a folder
    }
  }
  return ut;
}

/**
 * Converts files with LibreOffice (Debian libreoffice-calc-nogui), with a profile of its own so that parallel runs
 * do not share one. Returns the converted files' paths. Throws with LibreOffice's output when a file is missing.
 */
export function libreoffice(filer: readonly string[], format: string, utmapp: string): string[] {
  const profil = tempMapp("malkoll-lo-");
  try {
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profil}`, "--headless", "--convert-to", format, "--outdir", utmapp, ...filer],
      { encoding: "utf8", timeout: 180_000 },
    );
    const slut = format.split(":")[0];
    const ut = filer.map((f) => path.join(utmapp, `${path.basename(f, path.extname(f))}.${slut}`));
    for (const f of ut) {
      try {
        readFileSync(f);
      } catch {
        throw new Error(`LibreOffice gav ingen ${f}: ${r.error ?? ""} ${r.stdout} ${r.stderr}`);
      }
    }
    return ut;
  } finally {
    stada(profil);
  }
}
