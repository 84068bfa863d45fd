/**
 * Section heading rows of real reports: one text cell, the rest of the row empty, often merged across the table
 * ("Medarbetare", "Målområde: Ekonomi", "Kommunövergripande mål: Attraktiv arbetsgivare"). They are not judged;
 * they give the rows below their målområde, nämndmål or kommunövergripande mål.
 */
import { lasCell } from "../tal/cell";
import { arSkriven, type Cellrad } from "./celler";

/** What a heading names. */
export type Avsnittsslag = "malomrade" | "namndmal" | "kommunmal";

/** A heading's text, with what its prefix says it names (none when it has no prefix). */
export interface Rubriktext {
  readonly text: string;
  readonly slag?: Avsnittsslag;
}

const PREFIX: readonly (readonly [Avsnittsslag, RegExp])[] = [
  [
    "kommunmal",
    /^(kommunövergripande mål(område)?|kf-mål|kf mål|kommunmål|inriktningsmål|övergripande mål|(kommun)?fullmäktiges mål)/,
  ],
  ["malomrade", /^(målområde|perspektiv|fokusområde|strategiskt område)/],
  ["namndmal", /^(nämndmål|verksamhetsmål|mål)/],
];

/** After the prefix: an optional number (`Mål 2.1`), then `:`, `.`, `–` or `-`, or a space after a number. */
const EFTER_PREFIX = /^(\s*\d+(\.\d+)*)?(\s*[:.–-]\s*|(?<=\d)\s+)(?=\S)/;

/**
 * Reads a heading: `Målområde: Ekonomi` → målområde "Ekonomi", `Mål 2: Goda arbetsplatser` → nämndmål
 * "Goda arbetsplatser", `Medarbetare` → the text without a slag (the table decides, see `slagUtanPrefix`).
 */
export function lasRubriktext(text: string): Rubriktext {
  const ren = text.replace(/\s+/g, " ").trim();
  const liten = ren.toLowerCase();
  for (const [slag, prefix] of PREFIX) {
    const m = prefix.exec(liten);
    if (!m) continue;
    const efter = EFTER_PREFIX.exec(liten.slice(m[0].length));
    if (!efter) continue;
    // EFTER_PREFIX ends before a non-space and `ren` is trimmed: the rest needs no trimming.
    return { text: ren.slice(m[0].length + efter[0].length), slag };
  }
  return { text: ren };
}

/**
 * The text of a row that can be a section heading: exactly one cell written in the row, and it is text that is
 * neither a number nor a missing marker (spec §1). Undefined for any other row.
 */
export function avsnittstext(rad: Cellrad): { readonly text: string; readonly kolumn: number } | undefined {
  let hittad = -1;
  for (let k = 0; k < rad.varden.length; k++) {
    if (!arSkriven(rad, k)) continue;
    if (hittad >= 0) return undefined;
    hittad = k;
  }
  if (hittad < 0) return undefined;
  const v = rad.varden[hittad];
  if (typeof v !== "string" || lasCell(v).typ !== "fel") return undefined;
  return { text: v.replace(/\s+/g, " ").trim(), kolumn: hittad };
}

/**
 * What a heading without a prefix names, as the issue and spec §1 have it: the målområde when the table has no
 * målområde column; otherwise the nämndmål when it has no nämndmål column; otherwise it only divides the table.
 */
export function slagUtanPrefix(harMalomrade: boolean, harNamndmal: boolean): Avsnittsslag | undefined {
  if (!harMalomrade) return "malomrade";
  if (!harNamndmal) return "namndmal";
  return undefined;
}
