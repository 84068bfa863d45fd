/**
 * What Färgmarkera writes, as plain data (spec §12, §13): the status column's live formulas, the goal column's
 * criteria formulas, the legend, and the conditional formats that colour them. No Office here: the task pane's
 * adapter decides, cell by cell, what may be written (agande.ts), and a batch command can reuse the same rules.
 */
import { AKTIVITETSFARG, type Aktivitetsstatus } from "../bedomning/aktivitet";
import { DELVIS_ANDEL } from "../bedomning/bedomning";
import { RIKTNING_TEXT } from "../bedomning/riktning";
import { FARGER } from "../bedomning/farger";
import { STATUSAR, type Status } from "../bedomning/status";
import type { Kolumnval, Roll, Utvardering } from "../tabell/tabell";
import { cellAdress, kolumnbokstav, omradesAdress } from "./adress";
import { textformel, textlitteral } from "./formel";

export const STATUSRUBRIK = "Status (Målkoll)";
export const MALRUBRIK = "Målstatus (Målkoll)";
export const FORKLARING = "Förklaring (Målkoll):";
/**
 * The legend's cells, top to bottom: the title, then each status as a formula whose value is the status (="Uppfyllt"),
 * so the status rules colour it while a status a person types (plain text) is never mistaken for Målkoll's legend.
 */
export const FORKLARINGSTEXTER: readonly string[] = [FORKLARING, ...STATUSAR.map((s) => textformel(s))];

export interface Installningar {
  /** Colour the whole row, not only the status cells. */
  readonly helRad: boolean;
  readonly symboler: boolean;
  /** The delvis band without a gränsvärde, as a fraction of the målvärde (spec §7), 0–1. */
  readonly delvisAndel: number;
}

export const STANDARDINSTALLNINGAR: Installningar = { helRad: false, symboler: true, delvisAndel: DELVIS_ANDEL };

/**
 * Settings read back from a workbook, which may come from anyone (spec §13.4): each field is used only when it has
 * the right type and range, otherwise the default stands and a Swedish sentence says so. Never throws.
 */
export function tolkaInstallningar(
  sparat: unknown,
  standard: Installningar = STANDARDINSTALLNINGAR,
): { installningar: Installningar; fel: string[] } {
  if (sparat === null || sparat === undefined) return { installningar: standard, fel: [] };
  if (typeof sparat !== "object" || Array.isArray(sparat))
    return {
      installningar: standard,
      fel: ["Arbetsbokens sparade inställningar kunde inte läsas och ersattes med standardinställningarna."],
    };
  const s = sparat as Record<string, unknown>;
  const fel: string[] = [];
  const sant = (namn: "helRad" | "symboler", text: string): boolean => {
    if (s[namn] === undefined) return standard[namn];
    if (typeof s[namn] === "boolean") return s[namn] as boolean;
    fel.push(`Inställningen ”${text}” i arbetsboken var ogiltig; standardvärdet används.`);
    return standard[namn];
  };
  const helRad = sant("helRad", "Färga hela raden");
  const symboler = sant("symboler", "Visa symboler");
  let delvisAndel = standard.delvisAndel;
  if (s.delvisAndel !== undefined) {
    if (arGiltigAndel(s.delvisAndel)) delvisAndel = s.delvisAndel;
    else
      fel.push(
        `Inställningen för Delvis uppfyllt i arbetsboken var ogiltig; standardvärdet ${String(
          standard.delvisAndel * 100,
        ).replace(".", ",")} % används.`,
      );
  }
  return { installningar: { helRad, symboler, delvisAndel }, fel };
}

/** A delvis band Målkoll accepts: a finite number from 0 to 1. */
export const arGiltigAndel = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1;

/**
 * The band as the formula literal Målkoll writes: a plain decimal with "." (the invariant formula language), at
 * most six decimals. Throws for anything but a finite number from 0 to 1, so nothing else ever reaches a formula.
 */
export function bandtext(andel: number): string {
  if (!arGiltigAndel(andel)) throw new RangeError(`Delvisbandet måste vara ett tal från 0 till 1: ${String(andel)}`);
  return String(Number(andel.toFixed(6)));
}

/** Where the table sits in its sheet (0-based), header row included. */
export interface Placering {
  readonly blad: string;
  readonly rad: number;
  readonly kolumn: number;
  readonly rader: number;
  readonly kolumner: number;
}

export interface Villkorsformat {
  readonly omrade: string;
  readonly formel: string;
  readonly status: Status;
  readonly fyllning: string;
  readonly text: string;
  readonly talformat?: string;
}

/** Rows under the table: a blank row, then the legend. */
export const AVSTAND = 1;

/** Words that take each colour: the four statuses, and the normalised activity statuses (spec §9, §10). */
export function ordForFarg(status: Status): string[] {
  const aktiviteter = (Object.keys(AKTIVITETSFARG) as Aktivitetsstatus[]).filter((a) => AKTIVITETSFARG[a] === status);
  return [status, ...aktiviteter];
}

/** Every word a status cell of Målkoll's can show: the four statuses and the activity statuses. */
export const STATUSORD: readonly string[] = [
  ...new Set([...STATUSAR, ...(Object.keys(AKTIVITETSFARG) as Aktivitetsstatus[])]),
];

/** One rule per colour over `omrade`, judged by the text in `cell` (relative to the range's top-left). */
export function statusregler(omrade: string, cell: string): Villkorsformat[] {
  return STATUSAR.map((status) => ({
    omrade,
    status,
    formel: `=OR(${ordForFarg(status)
      .map((o) => `${cell}=${textlitteral(o)}`)
      .join(",")})`,
    fyllning: FARGER[status].fyllning,
    text: FARGER[status].text,
  }));
}

/** The number format that shows a status's symbol before its text (✔ Uppfyllt); colour never alone (spec §10). */
export const symbolformat = (status: Status): string => `General;-General;General;"${FARGER[status].symbol} "@`;

/** What Färgmarkera writes, cell by cell; the adapter writes only where the cell is empty or still Målkoll's. */
export interface Skrivplan {
  readonly typ: "indikatorer" | "aktiviteter";
  /** Sheet columns (0-based) of the status column and, when the table has nämndmål, the goal column. */
  readonly statuskolumn: number;
  readonly malkolumn?: number;
  /** The block's first sheet row: the table's header row. The block has one row per table row. */
  readonly forstaRad: number;
  /** The status column from the header down, one entry per table row; "" where nothing is written. */
  readonly status: readonly string[];
  /** The goal column, likewise. */
  readonly mal?: readonly string[];
  /** The legend's first sheet row (in the status column) and its texts. */
  readonly forklaringRad: number;
  readonly forklaring: readonly string[];
  readonly villkor: readonly Villkorsformat[];
  /** Sheet columns of the table columns the formulas read, by role. */
  readonly roller: Readonly<Partial<Record<Roll, number>>>;
  /** The delvis band literal in the formulas, when it is not the default (then no literal is written). */
  readonly band?: number;
}

/**
 * The status formula of one table row (spec §7, §9). `rad` is the sheet row; `roller` the sheet columns by role.
 * Indicators: `=KPI.MALUPPFYLLELSE(utfall,målvärde,riktning[,gränsvärde[,föregående[,,band]]])`, empty trailing
 * arguments left out; activities: `=KPI.AKTIVITETSSTATUS(status)`. The riktning is a reference to the table's
 * riktning column when it has one, else the literal the pane decided.
 */
export function statusformel(
  typ: "indikatorer" | "aktiviteter",
  rad: number,
  roller: Readonly<Partial<Record<Roll, number>>>,
  riktning: string,
  band: number | undefined,
): string {
  const ref = (roll: Roll): string => (roller[roll] === undefined ? "" : cellAdress(rad, roller[roll] as number));
  if (typ === "aktiviteter") return `=KPI.AKTIVITETSSTATUS(${ref("status")})`;
  const args = [
    ref("utfall"),
    ref("malvarde"),
    roller.riktning !== undefined ? ref("riktning") : textlitteral(riktning),
    ref("gransvarde"),
    ref("foregaende"),
    "",
    band === undefined ? "" : bandtext(band),
  ];
  while (args[args.length - 1] === "") args.pop();
  return `=KPI.MALUPPFYLLELSE(${args.join(",")})`;
}

/**
 * The goal formula of one nämndmål (spec §8), the same length at any table size (Excel caps a formula at 8 192
 * characters and 255 arguments): `=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10[,$C$2:$C$27])` — the status column,
 * the nämndmål column, the goal's own nämndmål cell, and the indicator column that tells breakdown rows apart.
 */
export function malformel(
  statuskolumn: number,
  forstaData: number,
  sistaData: number,
  namndmalkolumn: number,
  egenRad: number,
  indikatorkolumn: number | undefined,
): string {
  const kolumn = (k: number) => `$${kolumnbokstav(k)}$${forstaData + 1}:$${kolumnbokstav(k)}$${sistaData + 1}`;
  const args = [kolumn(statuskolumn), kolumn(namndmalkolumn), cellAdress(egenRad, namndmalkolumn)];
  if (indikatorkolumn !== undefined) args.push(kolumn(indikatorkolumn));
  return `=KPI.SAMMANVAGD.OM(${args.join(",")})`;
}

/**
 * The formulas and rules for a judged table whose status column is sheet column `statuskolumn` and whose goal
 * column, when the table has nämndmål, is `malkolumn` (by default the next one; a marked table keeps the one it
 * has, wherever the user's edits moved it). The block covers the table's rows; the legend follows in the status
 * column after a blank row. Throws RangeError for a delvis band outside 0–1.
 */
export function skapaPlan(
  placering: Placering,
  val: Kolumnval,
  utv: Utvardering,
  installningar: Installningar,
  statuskolumn: number,
  malkolumnen: number = statuskolumn + 1,
): Skrivplan {
  const medMal = utv.mal.length > 0 && val.namndmal !== undefined;
  const bredd = medMal ? malkolumnen - statuskolumn + 1 : 1;
  const forstaData = placering.rad + 1;
  const sistaData = placering.rad + placering.rader - 1;
  const roller: Partial<Record<Roll, number>> = {};
  const anvand = (roll: Roll) => {
    if (val[roll] !== undefined) roller[roll] = placering.kolumn + (val[roll] as number);
  };
  if (utv.typ === "aktiviteter") anvand("status");
  else (["utfall", "malvarde", "riktning", "gransvarde", "foregaende"] as Roll[]).forEach(anvand);
  const namnroll: Roll | undefined =
    utv.typ === "indikatorer"
      ? val.indikator !== undefined
        ? "indikator"
        : val.aktivitet !== undefined
          ? "aktivitet"
          : undefined
      : undefined;
  if (medMal) {
    anvand("namndmal");
    if (namnroll) anvand(namnroll);
  }
  const band = installningar.delvisAndel === DELVIS_ANDEL ? undefined : installningar.delvisAndel;
  if (band !== undefined) bandtext(band);

  const status = Array<string>(placering.rader).fill("");
  status[0] = STATUSRUBRIK;
  for (const rad of utv.rader)
    status[rad.index + 1] = statusformel(utv.typ, forstaData + rad.index, roller, RIKTNING_TEXT[rad.riktning], band);

  let mal: string[] | undefined;
  if (medMal) {
    mal = Array<string>(placering.rader).fill("");
    mal[0] = MALRUBRIK;
    for (const m of utv.mal) {
      if (m.rader.length === 0) continue;
      const forsta = m.rader[0];
      mal[forsta + 1] = malformel(
        statuskolumn,
        forstaData,
        sistaData,
        roller.namndmal as number,
        forstaData + forsta,
        namnroll === undefined ? undefined : roller[namnroll],
      );
    }
  }

  const forklaringRad = sistaData + 1 + AVSTAND;
  const legendSlut = forklaringRad + FORKLARINGSTEXTER.length - 1;
  const statusOmrade = omradesAdress(forstaData, statuskolumn, legendSlut - forstaData + 1, bredd);
  // Whole rows: the table and the block, so every rule Målkoll adds overlaps its own block.
  const radOmrade = omradesAdress(
    forstaData,
    placering.kolumn,
    sistaData - forstaData + 1,
    statuskolumn + bredd - placering.kolumn,
  );
  const villkor: Villkorsformat[] = [];
  if (installningar.helRad)
    villkor.push(...statusregler(radOmrade, `$${kolumnbokstav(statuskolumn)}${forstaData + 1}`));
  for (const r of statusregler(statusOmrade, cellAdress(forstaData, statuskolumn)))
    villkor.push(installningar.symboler ? { ...r, talformat: symbolformat(r.status) } : r);

  return {
    typ: utv.typ,
    statuskolumn,
    malkolumn: medMal ? malkolumnen : undefined,
    forstaRad: placering.rad,
    status,
    mal,
    forklaringRad,
    forklaring: FORKLARINGSTEXTER,
    villkor,
    roller,
    band,
  };
}
