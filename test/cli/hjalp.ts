/** Shared by the command's tests: running it in-process, files on disk, a second reader, and LibreOffice. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
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

/** Runs `malkoll …` in this process, as the program does, with its output captured. */
export async function malkoll(...argv: string[]): Promise<Utfall> {
  let ut = "";
  let fel = "";
  const kod = await kor(argv, {
    stdout: (t) => (ut += t),
    stderr: (t) => (fel += t),
    terminal: false,
  });
  return { kod, ut, fel };
}

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
