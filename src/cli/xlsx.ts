/**
 * Reads an .xlsx file into the sheet model the core reads (Arkutsnitt, src/core/tabell/ark.ts), one per visible
 * worksheet: values as Excel holds them, number format codes, merged areas and Excel tables. Only this module knows
 * ExcelJS; everything after it sees plain data, as the task pane's adapter hands the core plain data from Office.js.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { type Arkomrade, type Arkutsnitt, type Cellvarde } from "../core";

/** A file that cannot be read at all; the message is Swedish and meant for the user. */
export class Filfel extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Filfel";
  }
}

/** What the command reads from one workbook. */
export interface Arbetsbok {
  readonly ark: readonly Arkutsnitt[];
  /** Visible sheets only; hidden ones (lists behind drop-downs, old data) are named here. */
  readonly doldaBlad: readonly string[];
  /** The workbook's keywords (docProps/core.xml), where the report marks itself. */
  readonly nyckelord: string;
}

// The first bytes of the formats a user may hand us instead of an .xlsx (ECMA-376 Part 2 §10: an OOXML package is a
// ZIP; MS-CFB §2.2: a compound file starts with D0 CF 11 E0 A1 B1 1A E1, which is both the old .xls and an
// encrypted OOXML file, MS-OFFCRYPTO §2.3.4: the package moved into the stream "EncryptedPackage").
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const TOM_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const KRYPTERAD = Buffer.from("EncryptedPackage", "utf16le");

/** Spreadsheet formats a user may hand us instead of an .xlsx, by extension, as a message names them. */
export const ANDRA_FORMAT: Readonly<Record<string, string>> = {
  ".xls": "en äldre Excel-fil (.xls)",
  ".xlsb": "en binär Excel-arbetsbok (.xlsb)",
  ".ods": "ett OpenDocument-kalkylark (.ods)",
  ".csv": "en textfil (.csv)",
  ".numbers": "en Numbers-fil (.numbers)",
};

/** The formats of ANDRA_FORMAT that are ZIP packages, as an .xlsx is. */
const ZIPFORMAT: ReadonlySet<string> = new Set([".xlsb", ".ods", ".numbers"]);

/** The one wording for a file of another format than .xlsx (`vad`: "en äldre Excel-fil (.xls)"). */
export const annatFormat = (vad: string): string =>
  `Filen är ${vad}. Öppna den och spara den som Excel-arbetsbok (.xlsx).`;

export const SKADAD = "Filen är skadad och kan inte läsas som en Excel-arbetsbok (.xlsx).";
export const LOSENORDSSKYDDAD =
  "Filen är lösenordsskyddad. Spara en kopia utan lösenord (Arkiv > Info > Skydda arbetsbok) och kör igen.";
export const INGEN_ARBETSBOK = "Filen är ingen Excel-arbetsbok (.xlsx): den är skadad eller av ett annat format.";

/**
 * Says what a file is when it is not an .xlsx we can open: from its content (`innehall`, the whole file or at least
 * its first 512 bytes), and where the content only says "not a workbook", from its name's extension (`namn`). One
 * sentence per problem, whether the file was named on the command line or found in a folder. Returns undefined for
 * a ZIP package with an extension we read (which may still turn out corrupt).
 */
export function kannIgen(innehall: Buffer, namn = ""): string | undefined {
  const slut = extname(namn).toLowerCase();
  const somNamnet = ANDRA_FORMAT[slut] ? annatFormat(ANDRA_FORMAT[slut]) : undefined;
  if (innehall.length === 0) return "Filen är tom.";
  // .ods, .xlsb and .numbers are ZIP packages too, but not ones ExcelJS reads; any other ZIP is tried as a workbook
  // (an .xlsx renamed .xls or .csv is still one).
  if (innehall.subarray(0, 4).equals(ZIP)) return ZIPFORMAT.has(slut) ? somNamnet : undefined;
  if (innehall.subarray(0, 4).equals(TOM_ZIP)) return "Filen är ett tomt zip-arkiv, ingen arbetsbok.";
  if (innehall.subarray(0, 8).equals(CFB)) {
    return innehall.includes(KRYPTERAD) ? LOSENORDSSKYDDAD : annatFormat(ANDRA_FORMAT[".xls"]);
  }
  const text = innehall.toString("utf8", 0, Math.min(innehall.length, 512)).trimStart().toLowerCase();
  // Web systems often export HTML under the name .xls.
  if (text.startsWith("<")) return annatFormat("en webbsida eller XML-fil");
  return somNamnet ?? INGEN_ARBETSBOK;
}

/** A Date that ExcelJS made from a serial number back to that serial number (1900 or 1904 date system). */
function serienummer(datum: Date, ar1904: boolean): number {
  // ExcelJS: date = (serial − 25569 [+ 1462]) days after 1970-01-01 UTC, rounded to the millisecond.
  const dagar = datum.getTime() / 86_400_000 + 25569 - (ar1904 ? 1462 : 0);
  return Math.round(dagar * 86_400_000) / 86_400_000;
}

type ExcelVarde = ExcelJS.CellValue | undefined;

/** A cell's value as Excel holds it (see Arkutsnitt): the cached result of a formula, rich text as plain text. */
export function cellvarde(varde: ExcelVarde, ar1904: boolean): Cellvarde {
  if (varde === null || varde === undefined) return null;
  if (typeof varde === "number" || typeof varde === "string" || typeof varde === "boolean") return varde;
  if (varde instanceof Date) return serienummer(varde, ar1904);
  if ("error" in varde) return varde.error;
  if ("richText" in varde) return varde.richText.map((r) => r.text).join("");
  if ("formula" in varde || "sharedFormula" in varde) return cellvarde(varde.result as ExcelVarde, ar1904);
  if ("hyperlink" in varde) return cellvarde(varde.text as ExcelVarde, ar1904);
  return null;
}

/** "B3:D5" (an Excel table's ref) as a 0-based area. */
function omrade(ref: string): Arkomrade | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const kol = (s: string) => [...s].reduce((k, c) => k * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const rad = Number(m[2]) - 1;
  const kolumn = kol(m[1]);
  const slutRad = m[4] ? Number(m[4]) - 1 : rad;
  const slutKolumn = m[3] ? kol(m[3]) : kolumn;
  return { rad, kolumn, rader: slutRad - rad + 1, kolumner: slutKolumn - kolumn + 1 };
}

/** One worksheet as an Arkutsnitt over the range of its cells with a value (empty sheets give a 0×0 cut). */
export function somUtsnitt(blad: ExcelJS.Worksheet, ar1904: boolean): Arkutsnitt {
  let forstaRad = Infinity;
  let sistaRad = -1;
  let forstaKol = Infinity;
  let sistaKol = -1;
  // Per sheet row (0-based), its values and formats by 0-based column; sparse until the rectangle is known.
  const rader = new Map<number, { varden: Cellvarde[]; format: string[] }>();
  const sammanfogade = new Map<string, { rad: number; kolumn: number; slutRad: number; slutKolumn: number }>();
  blad.eachRow({ includeEmpty: false }, (rad, radnummer) => {
    const r = radnummer - 1;
    const varden: Cellvarde[] = [];
    const format: string[] = [];
    let harVarde = false;
    rad.eachCell({ includeEmpty: true }, (cell, kolumnnummer) => {
      const k = kolumnnummer - 1;
      if (cell.type === ExcelJS.ValueType.Merge) {
        // The value of a merged area is in its top-left cell only; ExcelJS repeats it in the others. A cell element
        // without value or style (<c r="B2"/>) also comes out as a merge cell, without a master: it is empty.
        const huvud = cell.master as ExcelJS.Cell | undefined;
        if (!huvud || huvud === cell) return;
        const a = sammanfogade.get(huvud.address) ?? {
          rad: Number(huvud.row) - 1,
          kolumn: Number(huvud.col) - 1,
          slutRad: Number(huvud.row) - 1,
          slutKolumn: Number(huvud.col) - 1,
        };
        a.slutRad = Math.max(a.slutRad, r);
        a.slutKolumn = Math.max(a.slutKolumn, k);
        sammanfogade.set(huvud.address, a);
        return;
      }
      const varde = cellvarde(cell.value, ar1904);
      const f = cell.numFmt;
      if (f && f !== "General") format[k] = f;
      // An empty cell keeps its format but does not widen the range: templates format rows far below the table.
      if (varde === null || (typeof varde === "string" && varde.trim() === "")) return;
      varden[k] = varde;
      harVarde = true;
      forstaKol = Math.min(forstaKol, k);
      sistaKol = Math.max(sistaKol, k);
    });
    if (!harVarde && format.length === 0) return;
    rader.set(r, { varden, format });
    if (harVarde) {
      forstaRad = Math.min(forstaRad, r);
      sistaRad = Math.max(sistaRad, r);
    }
  });
  const tabeller = blad.getTables().flatMap((t) => {
    const modell = (t as unknown as { table?: { name?: string; tableRef?: string; ref?: string } }).table ?? {};
    const o = omrade(modell.tableRef ?? modell.ref ?? "");
    return o && modell.name ? [{ namn: modell.name, omrade: o }] : [];
  });
  if (sistaRad < 0) {
    return { blad: blad.name, rad: 0, kolumn: 0, varden: [], format: [], sammanfogade: [], tabeller };
  }
  const kolumner = sistaKol - forstaKol + 1;
  const varden: Cellvarde[][] = [];
  const format: string[][] = [];
  for (let r = forstaRad; r <= sistaRad; r++) {
    const rad = rader.get(r);
    const v = Array<Cellvarde>(kolumner).fill(null);
    const f = Array<string>(kolumner).fill("General");
    if (rad) {
      for (let k = 0; k < kolumner; k++) {
        const varde = rad.varden[forstaKol + k];
        if (varde !== undefined) v[k] = varde;
        const kod = rad.format[forstaKol + k];
        if (kod !== undefined) f[k] = kod;
      }
    }
    varden.push(v);
    format.push(f);
  }
  const inom = (a: { rad: number; kolumn: number; slutRad: number; slutKolumn: number }) =>
    a.slutRad >= forstaRad && a.rad <= sistaRad && a.slutKolumn >= forstaKol && a.kolumn <= sistaKol;
  return {
    blad: blad.name,
    rad: forstaRad,
    kolumn: forstaKol,
    varden,
    format,
    sammanfogade: [...sammanfogade.values()].filter(inom).map((a) => ({
      rad: a.rad,
      kolumn: a.kolumn,
      rader: a.slutRad - a.rad + 1,
      kolumner: a.slutKolumn - a.kolumn + 1,
    })),
    tabeller,
  };
}

/**
 * Reads an .xlsx file. Throws Filfel with a Swedish sentence when the file is missing, empty, password-protected,
 * an old .xls, another format (kannIgen), or a corrupt package. The file is only read, never written.
 */
export async function lasArbetsbok(vag: string): Promise<Arbetsbok> {
  let innehall: Buffer;
  try {
    innehall = await readFile(vag);
  } catch (fel) {
    throw new Filfel(systemfel(fel));
  }
  const annat = kannIgen(innehall, vag);
  if (annat) throw new Filfel(annat);
  const bok = new ExcelJS.Workbook();
  try {
    await bok.xlsx.load(innehall as unknown as ArrayBuffer);
  } catch {
    throw new Filfel(SKADAD);
  }
  const ar1904 = Boolean((bok.properties as { date1904?: boolean }).date1904);
  const synliga = bok.worksheets.filter((b) => b.state !== "hidden" && b.state !== "veryHidden");
  return {
    ark: synliga.map((b) => somUtsnitt(b, ar1904)),
    doldaBlad: bok.worksheets.filter((b) => !synliga.includes(b)).map((b) => b.name),
    nyckelord: bok.keywords ?? "",
  };
}

/** A file system error met while reading, as a Swedish sentence about `vad` (the file, or a folder). */
export function systemfel(fel: unknown, vad: "Filen" | "Mappen" = "Filen"): string {
  const kod = (fel as NodeJS.ErrnoException)?.code;
  if (kod === "ENOENT") return `${vad} finns inte.`;
  if (kod === "EACCES" || kod === "EPERM") return `${vad} kan inte läsas: behörighet saknas.`;
  if (kod === "EISDIR") return "Det är en mapp, ingen fil.";
  if (kod === "EBUSY") return `${vad} är låst av ett annat program.`;
  return `${vad} kan inte läsas (${kod ?? String(fel)}).`;
}
