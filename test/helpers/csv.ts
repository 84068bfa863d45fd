import * as fs from "fs";
import * as path from "path";

export const EXEMPEL = path.resolve(__dirname, "../fixtures/examples");

/** A semicolon-separated file as Swedish Excel saves it, as objects keyed by header. */
export function lasCsv(namn: string): Record<string, string>[] {
  const [rubrik, ...rader] = fs.readFileSync(path.join(EXEMPEL, namn), "utf8").trim().split(/\r?\n/);
  const kolumner = rubrik.split(";");
  return rader.map((rad) => {
    const celler = rad.split(";");
    return Object.fromEntries(kolumner.map((k, i) => [k, celler[i] ?? ""]));
  });
}

/** The header row in file order (object keys put "2018" first). */
export function lasRubriker(namn: string): string[] {
  return fs.readFileSync(path.join(EXEMPEL, namn), "utf8").split(/\r?\n/)[0].split(";");
}
