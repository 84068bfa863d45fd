/**
 * What the pane shows, as pure functions of the core's reading (no React, no Office calls): the table line of the
 * action bar, the word a row shows, the column mapping's choices and reasons, counts and percentages, and failures as
 * messages. The pane's components use these; the
 * adapter's tests check them against the sheet.
 */
import {
  bladnamn,
  formateraTal,
  rollFor,
  sattRoll,
  type Kolumninfo,
  type Kolumnval,
  type Lastabell,
  type Roll,
  type Tabellrad,
} from "../core";
import { Anvandarfel } from "./excel/tjanst";
import type { Meddelande } from "./components/Atgarder";

/** What the action bar says the actions work on: the sheet and what was read ("A1:G31, 28 rader; …"). */
export function tabelltext(t: Lastabell): string {
  const excel = t.excelTabell ? ` (Excel-tabellen ${t.excelTabell})` : "";
  return `Tabell: ${bladnamn(t.blad)}!${t.beskrivning}${excel}`;
}

/**
 * The word a row shows, the same as its status cell in the sheet: an activity's status word as KPI.AKTIVITETSSTATUS
 * returns it (the core's normaliseraAktivitet, spec §9), otherwise the status (KPI.MALUPPFYLLELSE).
 */
export const radensOrd = (rad: Tabellrad): string => rad.aktivitetsstatus ?? rad.status;

/**
 * The mapping after the user gives column `kolumn` role `roll` (or none): the role leaves any other column and the
 * column its other role (the core's sattRoll), so that one column is never both Utfall and Målvärde.
 */
export function valjRoll(val: Kolumnval, kolumn: number, roll: Roll | undefined): Kolumnval {
  if (roll) return sattRoll(val, roll, kolumn);
  const forra = rollFor(val, kolumn);
  return forra ? sattRoll(val, forra, undefined) : val;
}

/** The header as the column's name, or its place when it has none. */
export const kolumnnamn = (k: Pick<Kolumninfo, "rubrik" | "index">): string =>
  k.rubrik.replace(/\s+/g, " ").trim() || `Kolumn ${k.index + 1}`;

/**
 * Why a column has its role and how its numbers are read: the rules' reason while it keeps the role they gave it,
 * the core's own otherwise ("vald av dig"), and for a value column its unit and scale ("läses som procent
 * (cellformat)").
 */
export function kolumnbeskrivning(k: Kolumninfo, franReglerna?: Kolumninfo): string {
  const samma = franReglerna !== undefined && franReglerna.roll === k.roll && franReglerna.lamnas === k.lamnas;
  const skal = samma ? franReglerna.skal : k.skal;
  const delar = [skal.charAt(0).toUpperCase() + skal.slice(1)];
  // The core says "text, läses som skriven" for a column of text: said once, not "läses som text, läses som …".
  if (k.roll && k.skala.text)
    delar.push(
      k.skala.text.startsWith("text") ? "cellerna är text och läses som de är skrivna" : `läses som ${k.skala.text}`,
    );
  return delar.filter((d) => d !== "").join("; ");
}

/**
 * A count with its noun in the right number, the number written as the core's reasons write it (formateraTal:
 * space between thousands): `antal(1, "rad", "rader")` is "1 rad", `antal(5000, "rad", "rader")` "5 000 rader".
 * Every count the pane shows goes through here. Swedish nouns whose plural is the singular (mål) pass it twice.
 */
export function antal(n: number, ental: string, plural: string): string {
  return `${heltal(n)} ${n === 1 ? ental : plural}`;
}

/** A whole number as the core's reasons write it (formateraTal): 5000 → "5 000". */
export const heltal = (n: number): string => formateraTal(n, 0);

/**
 * Most decimals of a percentage the pane shows (the delvis band): the band is kept with six decimals as a fraction
 * (the record's `band=`, markering.ts), which is four as a percentage, so the figure shown is the figure judged with.
 */
const PROCENTDECIMALER = 4;

/**
 * A fraction as a percentage the way the core's reasons write a share (src/core/tal/format.ts: decimal comma, one
 * decimal always shown, `7,0 %`), with more decimals where the value has them, up to four, so the shown figure is
 * the one the statuses were judged with: 0.1 → "10,0 %", 0.125 → "12,5 %", 0.123456 → "12,3456 %" (never a
 * rounded "12,3 %" beside statuses judged at 12,3456 %).
 */
export function procenttext(andel: number): string {
  return `${procentsiffra(andel)} %`;
}

/** The number of procenttext without the sign: 0.125 → "12,5", 0.1 → "10,0". */
function procentsiffra(andel: number): string {
  const punkter = andel * 100;
  const exakt = Number(punkter.toFixed(PROCENTDECIMALER));
  let d = 1;
  while (d < PROCENTDECIMALER && Number(punkter.toFixed(d)) !== exakt) d++;
  const text = formateraTal(punkter, d);
  const visade = text.includes(",") ? text.length - text.indexOf(",") - 1 : 0;
  return (visade === 0 ? `${text},` : text) + "0".repeat(d - visade);
}

/**
 * A percentage as a person types it in a settings field: `12,5`, `12.5`, `12,5 %`, `+7`; spaces (also NBSP) are
 * ignored. Undefined for anything else (text, two numbers, an empty field). The value is in percent (12,5 → 12.5).
 */
export function lasProcent(text: string): number | undefined {
  const t = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/%$/, "")
    .replace("−", "-");
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return undefined;
  return Number(t.replace(",", "."));
}

/** The pane's actions, by what they do: each failure is titled by its cause, or else by its action. */
export type Atgardsnamn = "lasIn" | "farglagg" | "taBort" | "sammanstallning" | "las" | "installningar";

/** A failure's title when its cause is not known: what did not happen. */
const MISSLYCKAD: Readonly<Record<Atgardsnamn, string>> = {
  lasIn: "Tabellen lästes inte in",
  farglagg: "Tabellen färgmarkerades inte",
  taBort: "Färgmarkeringen togs inte bort",
  sammanstallning: "Sammanställningen skapades inte",
  las: "Statusarna låstes inte",
  installningar: "Inställningarna sparades inte",
};

/**
 * Office.js error codes (OfficeExtension.Error.code: Excel.ErrorCodes and OfficeExtension.ErrorCodes, Microsoft docs
 * "Error handling with the application-specific JavaScript APIs") as a title and a sentence saying what happened and
 * what to do. Codes that cannot come from what Målkoll asks of Excel (pivot tables, charts, links) are left to the
 * general message.
 */
const OFFICEFEL: Readonly<Record<string, { titel: string; text: string }>> = {
  AccessDenied: {
    titel: "Bladet eller arbetsboken är skyddad",
    text: "Excel tillät inte ändringen eftersom bladet eller arbetsboken är skyddad. Ta bort skyddet (Granska > Ta bort bladets skydd) och försök igen.",
  },
  InvalidOperationInCellEditMode: {
    titel: "En cell redigeras",
    text: "Excel tar inte emot ändringar medan du skriver i en cell. Avsluta redigeringen (Enter eller Esc) och försök igen.",
  },
  ItemNotFound: {
    titel: "Tabellen eller bladet finns inte längre",
    text: "Ett blad, en tabell eller ett namn som Målkoll använder finns inte längre där det var, till exempel efter att bladet tagits bort. Välj Läs in igen.",
  },
  InvalidReference: {
    titel: "Tabellen eller bladet finns inte längre",
    text: "En cellreferens som Målkoll använder pekar inte längre på något som finns. Välj Läs in igen.",
  },
  InvalidArgument: {
    titel: "Excel godtog inte ändringen",
    text: "Excel godtog inte det Målkoll försökte skriva, oftast för att tabellen har ändrats sedan den lästes in. Välj Läs in och försök sedan igen.",
  },
  InvalidOperation: {
    titel: "Excel tillät inte ändringen",
    text: "Excel tillät inte ändringen här, oftast på grund av sammanfogade celler, ett filter eller en Excel-tabell där Målkoll skriver. Ta bort det som är i vägen och försök igen.",
  },
  MergedRangeConflict: {
    titel: "Sammanfogade celler är i vägen",
    text: "Det finns sammanfogade celler där Målkoll skriver. Dela upp dem (Start > Sammanfoga och centrera) och försök igen.",
  },
  FilteredRangeConflict: {
    titel: "Ett filter är i vägen",
    text: "Tabellen är filtrerad där Målkoll skriver. Rensa filtret (Data > Rensa) och försök igen.",
  },
  InsertDeleteConflict: {
    titel: "Arket ändrades samtidigt",
    text: "Rader eller kolumner lades till eller togs bort medan Målkoll arbetade. Välj Läs in igen och försök sedan igen.",
  },
  Conflict: {
    titel: "Arket ändrades samtidigt",
    text: "Någon annan ändrade arbetsboken samtidigt, till exempel vid samredigering. Välj Läs in igen och försök sedan igen.",
  },
  ItemAlreadyExists: {
    titel: "Namnet finns redan",
    text: "Ett blad eller namn som Målkoll skulle skapa finns redan i arbetsboken. Byt namn på det och försök igen.",
  },
  RequestPayloadSizeLimitExceeded: {
    titel: "Tabellen är för stor",
    text: "Tabellen är för stor för en enda ändring i den här Excel-versionen. Dela upp den i mindre tabeller och försök igen.",
  },
  ResponsePayloadSizeLimitExceeded: {
    titel: "Tabellen är för stor",
    text: "Tabellen är för stor för att läsas på en gång i den här Excel-versionen. Markera en mindre del och försök igen.",
  },
  RangeExceedsLimit: {
    titel: "Tabellen är för stor",
    text: "Området har fler celler än Excel hanterar på en gång. Markera en mindre del och försök igen.",
  },
  ActivityLimitReached: {
    titel: "Excel är upptaget",
    text: "Excel hann inte med fler ändringar just nu. Vänta en stund och försök igen.",
  },
  RequestAborted: {
    titel: "Åtgärden avbröts",
    text: "Excel avbröt åtgärden innan den var klar. Försök igen.",
  },
  ApiNotFound: {
    titel: "Excel-versionen saknar en funktion",
    text: "Den här versionen av Excel saknar något Målkoll behöver. Uppdatera Office, eller använd Excel på webben.",
  },
  InactiveWorkbook: {
    titel: "Arbetsboken är inte aktiv",
    text: "Arbetsboken var inte aktiv när Målkoll arbetade. Gå tillbaka till arbetsboken och försök igen.",
  },
  GeneralException: {
    titel: "Excel kunde inte slutföra åtgärden",
    text: "Excel stötte på ett internt fel. Försök igen om en stund; kvarstår felet, spara, stäng och öppna arbetsboken.",
  },
};

/** The code of an Office.js error (a string, OfficeExtension.Error) or of Office's async API (a number). */
function officekod(e: unknown): string | undefined {
  const kod = (e as { code?: unknown } | null)?.code;
  return typeof kod === "string" || typeof kod === "number" ? String(kod) : undefined;
}

/**
 * Causes of the adapter's own messages (Anvandarfel: a Swedish sentence with what to do), recognised by their
 * wording, each with a title that names it. A message none of these match is titled by its action.
 */
const ORSAKER: readonly [RegExp, string][] = [
  [/skydd/i, "Bladet är skyddat"],
  [/redigeringen i cellen/i, "En cell redigeras"],
  [/sammanfogade celler/i, "Sammanfogade celler är i vägen"],
  [/hela kolumner|hela rader/i, "Hela kolumner eller rader är markerade"],
  [/du står på bladet/i, "Ett annat blad är aktivt"],
  [/har ändrats sedan du läste in|inte den som lästes in/i, "Tabellen har ändrats sedan Läs in"],
  [/finns inte längre/i, "Tabellen eller bladet finns inte längre"],
  [/högra kant|tomma? kolumner? bredvid/i, "Ingen plats för Målkolls kolumner"],
  [/för stor/i, "Tabellen är för stor"],
  [/välj vilka kolumner|kolumner kan vara|välj en under kolumner/i, "Välj kolumner först"],
  [/cellen är tom|rubrikrad/i, "Ingen tabell vid markeringen"],
];

/**
 * A failure of action `atgard` as the message the pane shows: never a raw API error or code as the message.
 * - `Anvandarfel` (the adapter's Swedish sentence, src/taskpane/excel/kontext.ts): a warning with that sentence,
 *   titled by its cause (ORSAKER; an Office code it names, `(felkod X)`, by OFFICEFEL), else by its action;
 * - an Office error with a known code: an error titled and worded by OFFICEFEL;
 * - anything else (an unknown code, a bug): a general Swedish message, with the code (or the error's own text) only
 *   as a detail for whoever gives support.
 */
export function felmeddelande(e: unknown, atgard: Atgardsnamn): Meddelande {
  if (e instanceof Anvandarfel) {
    const namngiven = /\(felkod (\w+)\)/.exec(e.message)?.[1];
    const titel =
      ORSAKER.find(([monster]) => monster.test(e.message))?.[1] ??
      (namngiven ? OFFICEFEL[namngiven]?.titel : undefined) ??
      MISSLYCKAD[atgard];
    return { typ: "warning", titel, text: e.message };
  }
  const kod = officekod(e);
  const kand = kod === undefined ? undefined : OFFICEFEL[kod];
  if (kand) return { typ: "error", ...kand };
  const detalj = kod ?? (e instanceof Error ? e.message || e.name : String(e));
  return {
    typ: "error",
    titel: MISSLYCKAD[atgard],
    text: "Något oväntat hände. Försök igen; kvarstår felet, spara, stäng och öppna arbetsboken och försök en gång till. Hjälper inte det, kontakta den som ger support och ange detaljen nedan.",
    detalj: kod === undefined ? `Detalj för support: ${detalj}` : `Felkod från Excel: ${kod}`,
  };
}
