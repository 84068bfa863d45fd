/**
 * What a cell's number format code says about the number the cell holds (spec §2: "An Excel cell formatted as %
 * already holds the fraction"). Format codes are read in the invariant form Excel stores (Range.numberFormat, the
 * numFmt formatCode of an .xlsx file), as Microsoft documents them in "Review guidelines for customizing a number
 * format" and ECMA-376 Part 1 §18.8.31 (numFmt).
 */
import { Cache } from "../cache";
import { lasCell } from "../tal/cell";
import type { Enhet } from "../tal/tal";

/** What the format says; an empty object for General, plain number formats and anything unrecognised. */
export interface Formatinnehall {
  /**
   * "andel": an unquoted % (Excel multiplies by 100 to show it, so the cell holds the fraction: 0.105 shows
   * as 10,5 %); "punkter": a % written as literal text (`0.0" %"`, `0.0\%`), which Excel shows as it is, so the
   * cell holds percentage points (6.3 shows as 6,3 %).
   */
  readonly procent?: "andel" | "punkter";
  /**
   * The unit the cell's number is in: a unit word in literal text (`0.0 "mnkr"`, `# ##0 "tkr"`) or a currency
   * symbol (`[$kr-41D]`), after the thousands scaling of trailing commas (`#,##0,, "mnkr"` shows kronor as
   * mnkr, so the cell holds kr). Only the units the core reads (spec §2).
   */
  readonly enhet?: Enhet;
}

const INGET: Formatinnehall = Object.freeze({});

/** Money units from the smallest up: each trailing comma of a format divides the number shown by 1 000. */
const PENGASTEGE: readonly Enhet[] = ["kr", "tkr", "mnkr", "mdkr"];

/** Digit placeholders of a number format. */
const PLATSHALLARE = new Set(["0", "#", "?"]);

/** The first section of a format code (the one for positive numbers): sections are separated by `;` outside quotes. */
function forstaSektion(kod: string): string {
  let iCitat = false;
  for (let i = 0; i < kod.length; i++) {
    const c = kod[i];
    if (c === '"') iCitat = !iCitat;
    else if (!iCitat && c === "\\") i++;
    else if (!iCitat && c === ";") return kod.slice(0, i);
  }
  return kod;
}

/**
 * A unit or percentage in literal text of a format, read by the core's number reader (spec §2 unit words), and how
 * many literal `000` groups stand before it: `0" 000 kr"` shows 1 700 as "1700 000 kr", so the cell holds tkr.
 */
function enhetIText(text: string): { procent: boolean; enhet?: Enhet; tusental: number } | undefined {
  let tusental = 0;
  for (const ord of text.split(/\s+/)) {
    if (ord === "000") {
      tusental++;
      continue;
    }
    const last = lasCell(`1 ${ord}`);
    if (last.typ !== "tal") continue;
    if (last.procent) return { procent: true, tusental };
    if (last.enhet) return { procent: false, enhet: last.enhet, tusental };
  }
  return undefined;
}

/** Codes read once while they are in use: a sheet has few distinct formats, and every number cell asks. */
const KODER = new Cache<Formatinnehall>(1000);

/**
 * Reads a number format code: `"0.0%"` → andel, `0.0" %"` → punkter, `0.0 "mnkr"` → mnkr,
 * `[$kr-41D] #,##0` → kr, `#,##0, "tkr"` → kr (the comma scales), `0" 000 kr"` → tkr (a literal 000 group after
 * the number), "General" → nothing. Never throws: a code it
 * cannot read says nothing. Only the first section counts (a negative section repeats its unit).
 */
export function lasTalformat(kod: string | null | undefined): Formatinnehall {
  // "General", "@" and "" need no rule of their own: they hold no %, literal text or [$…], so they say nothing.
  return typeof kod === "string" ? KODER.hamta(kod, (k) => tolka(forstaSektion(k))) : INGET;
}

/**
 * Where a quoted text or a bracket that starts before `fran` ends: at its closing `tecken`, or (unclosed, as only
 * an untrusted file can hold it) at the end of the section.
 */
function slutPa(sektion: string, tecken: string, fran: number): number {
  const slut = sektion.indexOf(tecken, fran);
  return slut < 0 ? sektion.length : slut;
}

function tolka(sektion: string): Formatinnehall {
  let text = "";
  let procent: Formatinnehall["procent"];
  let platshallare = false;
  let kommaEfter = 0;
  for (let i = 0; i < sektion.length; i++) {
    const c = sektion[i];
    if (c === '"') {
      const slut = slutPa(sektion, '"', i + 1);
      text += ` ${sektion.slice(i + 1, slut)} `;
      i = slut;
    } else if (c === "\\") {
      text += sektion[i + 1] ?? "";
      i++;
    } else if (c === "_" || c === "*") {
      i++; // `_x` leaves the width of x, `*x` fills with x: neither is text
    } else if (c === "[") {
      const slut = slutPa(sektion, "]", i + 1);
      const inne = sektion.slice(i + 1, slut);
      // [$kr-41D]: a currency symbol and its locale; [Red], [>100] and [h] say nothing about the unit.
      if (inne.startsWith("$")) text += ` ${inne.slice(1).split("-")[0]} `;
      i = slut;
    } else if (c === "%") {
      procent ??= "andel";
    } else if (PLATSHALLARE.has(c)) {
      platshallare = true;
      kommaEfter = 0;
    } else if (c === ",") {
      kommaEfter++; // each digit placeholder sets it back to 0: only the commas after the last one remain
    } else {
      // Unquoted letters are codes (y m d h s for dates and times, E for exponents, General): never a unit.
      text += " ";
    }
  }
  // A comma between digit placeholders groups thousands; only commas after the last one scale (each divides the
  // number shown by 1 000), and each literal 000 group before the unit multiplies it by 1 000.
  const ord = enhetIText(text);
  if (ord?.procent) procent ??= "punkter";
  let enhet = ord?.enhet;
  const skala = (platshallare ? kommaEfter : 0) - (ord?.tusental ?? 0);
  if (enhet && skala !== 0) {
    // Scaled past kr or mdkr, or a unit that is no money (`0" 000 st"`): no unit the core has.
    const steg = PENGASTEGE.indexOf(enhet);
    enhet = steg < 0 ? undefined : PENGASTEGE[steg - skala];
  }
  if (procent === undefined && enhet === undefined) return INGET;
  return Object.freeze({ procent, enhet });
}
