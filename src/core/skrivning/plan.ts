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
import { lasRiktning } from "../bedomning/riktning";
import type { Cellrad } from "../tabell/celler";
import type { Lastabell } from "../tabell/lasArk";
import { formelargument, OFORANDRAD } from "../tabell/omvandling";
import type { Malbedomning, Tabellrad, Utvardering } from "../tabell/rader";
import { VARDROLLER, type Roll, type Vardroll } from "../tabell/roller";
import { arTom, type Cellvarde } from "../tal/cell";
import { rensaText } from "../tal/text";
import { cellAdress, kolumnbokstav, omradesAdress } from "./adress";
import { textformel, textlitteral } from "./formel";
import { indikatorernasRader, malensRader } from "./malrader";

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
  /** The legend's first sheet row (in the status column) and its texts; no texts when the plan has no legend. */
  readonly forklaringRad: number;
  readonly forklaring: readonly string[];
  readonly villkor: readonly Villkorsformat[];
  /** Sheet columns of the table columns the formulas read, by role. */
  readonly roller: Readonly<Partial<Record<Roll, number>>>;
  /** The delvis band literal in the formulas, when it is not the default (then no literal is written). */
  readonly band?: number;
  /** Nämndmål that got no goal formula: no form that counts their rows stays within Excel's limits. */
  readonly utanMalformel: readonly string[];
}

/** Sheet columns (0-based) of the table columns the formulas read, by role. */
export type Rollkolumner = Readonly<Partial<Record<Roll, number>>>;

const text = (v: Cellvarde): string => (arTom(v) ? "" : rensaText(String(v)));

/**
 * The status formula of one judged row (spec §7, §9), giving the KPI function exactly what the preview judged:
 * - indicators: `=KPI.MALUPPFYLLELSE(utfall,målvärde,riktning[,gränsvärde[,föregående[,jämförelse[,band]]]])`, empty trailing
 *   arguments left out. Each value is the cell the preview read (a merged area's top-left cell where the value is
 *   merged down), through its reading (core/tabell/omvandling.ts, formelargument: `F10`, or
 *   `IF(ISNUMBER(F10),F10*100&" %",F10&"")` for a cell formatted as percent). The riktning is the row's riktning cell
 *   when that cell says the riktning the preview used, else the preview's riktning as text (`"lägre är bättre"`), so
 *   that the function never falls back to its own default where the pane read the indicator's name (spec §6);
 * - activities: `=KPI.AKTIVITETSSTATUS(status)`.
 * `kalla(roll)` is the A1 address of the cell the row's value of that role was read from (undefined: no such
 * column); `riktningscell` the riktning cell's value as the preview read it.
 */
export function statusformel(
  typ: "indikatorer" | "aktiviteter",
  rad: Tabellrad,
  kalla: (roll: Roll) => string | undefined,
  riktningscell: Cellvarde,
  band: number | undefined,
): string {
  if (typ === "aktiviteter") return `=KPI.AKTIVITETSSTATUS(${kalla("status") ?? ""})`;
  const varde = (roll: Vardroll): string => {
    const ref = kalla(roll);
    return ref === undefined ? "" : formelargument(rad.omvandling[roll] ?? OFORANDRAD, ref);
  };
  const riktningsref = kalla("riktning");
  const franCellen = riktningsref !== undefined && lasRiktning(text(riktningscell)) === rad.riktning;
  const args = [
    varde("utfall"),
    varde("malvarde"),
    franCellen ? (riktningsref as string) : textlitteral(RIKTNING_TEXT[rad.riktning]),
    varde("gransvarde"),
    varde("foregaende"),
    varde("jamforelse"),
    band === undefined ? "" : bandtext(band),
  ];
  while (args[args.length - 1] === "") args.pop();
  return `=KPI.MALUPPFYLLELSE(${args.join(",")})`;
}

/** `$H$5:$H$8`, or `$H$5` for one row. */
const absolutKolumn = (k: number, fran: number, till: number): string => {
  const b = kolumnbokstav(k);
  return fran === till ? `$${b}$${fran + 1}` : `$${b}$${fran + 1}:$${b}$${till + 1}`;
};

/**
 * The goal formula of one nämndmål in the criteria form (spec §8), the same length at any table size (Excel caps a
 * formula at 8 192 characters and 255 arguments): `=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10[,$C$2:$C$27])` —
 * the status column and the nämndmål column over the sheet rows `forstaData`..`sistaData` (the goal's own rows, or
 * all the table's data rows), the goal's own nämndmål
 * cell (`mal`, A1), and the indicator column that tells breakdown rows apart.
 */
export function malformel(
  statuskolumn: number,
  forstaData: number,
  sistaData: number,
  namndmalkolumn: number,
  mal: string,
  indikatorkolumn: number | undefined,
): string {
  const kolumn = (k: number) => `$${kolumnbokstav(k)}$${forstaData + 1}:$${kolumnbokstav(k)}$${sistaData + 1}`;
  const args = [kolumn(statuskolumn), kolumn(namndmalkolumn), mal];
  if (indikatorkolumn !== undefined) args.push(kolumn(indikatorkolumn));
  return `=KPI.SAMMANVAGD.OM(${args.join(",")})`;
}

/** A stretch of sheet rows, first and last. */
export type Stracka = readonly [number, number];

/**
 * A goal formula over stretches of the table (spec §8), for a goal no nämndmål column names (one under a section
 * heading): with the indicator column, `=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$A$5:$A$8)` for each stretch
 * (breakdown rows do not count), several joined in KPI.SAMMANVAGD; without it, `=KPI.SAMMANVAGD($H$12:$H$13,…)`.
 */
export function strackformel(
  statuskolumn: number,
  strackor: readonly Stracka[],
  namnkolumn: number | undefined,
): string {
  if (namnkolumn === undefined)
    return `=KPI.SAMMANVAGD(${strackor.map(([a, b]) => absolutKolumn(statuskolumn, a, b)).join(",")})`;
  const delar = strackor.map(
    ([a, b]) => `KPI.SAMMANVAGD.INDIKATORER(${absolutKolumn(statuskolumn, a, b)},${absolutKolumn(namnkolumn, a, b)})`,
  );
  return delar.length === 1 ? `=${delar[0]}` : `=KPI.SAMMANVAGD(${delar.join(",")})`;
}

/** Excel's limits for one formula: 8 192 characters, 255 arguments to one function (Excel specifications and limits). */
const inomGranserna = (formel: string, argument: number): boolean => formel.length <= 8192 && argument <= 255;

/**
 * The goal formula that counts exactly the rows the pane counted for goal `m` (spec §8), checked by running the
 * sheet's own row rules (malrader.ts) on the table's cells as Excel holds them:
 * 1. the criteria form, when the nämndmål column selects exactly those rows;
 * 2. else the goal's stretches of the table (its rows under their section heading, up to a heading or a row of
 *    another goal), each judged without its breakdown rows;
 * 3. else the goal's rows themselves, as runs of consecutive rows of the status column.
 * Undefined when no form stays within Excel's limits (a goal spread over hundreds of stretches).
 */
function malformelFor(
  tabell: Lastabell,
  utv: Utvardering,
  m: Malbedomning,
  statuskolumn: number,
  roller: Rollkolumner,
  namnroll: Roll | undefined,
): string | undefined {
  const { celler, omrade } = tabell;
  // Positions p in celler.rader: sheet row forstaRad + p, data-row index (rader.ts) p + rubrikrader - 1.
  const forstaRad = omrade.rad + celler.rubrikrader;
  const index = (p: number) => p + celler.rubrikrader - 1;
  const plats = (i: number) => i - celler.rubrikrader + 1;
  const bedomda = new Set(utv.rader.map((r) => r.index));
  const brytrader = new Set(utv.rader.filter((r) => r.brytrad).map((r) => r.index));
  const rakna = new Set(m.rader);
  // A column as Excel holds it: a value merged down is in its area's top-left cell only.
  const kolumn = (roll: Roll | undefined): Cellvarde[] | undefined => {
    const k = roll === undefined ? undefined : roller[roll];
    if (k === undefined) return undefined;
    return celler.rader.map((r) => (r.kallor[k - omrade.kolumn] === undefined ? r.varden[k - omrade.kolumn] : null));
  };
  // The status column as Färgmarkera fills it: a status on every judged row.
  const statusar: Cellvarde[] = celler.rader.map((_, p) => (bedomda.has(index(p)) ? "x" : ""));
  const namn = kolumn(namnroll);
  const namnkolumn = namnroll === undefined ? undefined : roller[namnroll];
  /** Do the judged rows among positions `valda` make exactly the goal's rows? */
  const exakt = (valda: readonly number[]) => {
    const bedomdaValda = valda.filter((p) => statusar[p] !== "").map(index);
    return bedomdaValda.length === rakna.size && bedomdaValda.every((i) => rakna.has(i));
  };

  const malkolumn = kolumn("namndmal");
  if (malkolumn && roller.namndmal !== undefined) {
    const k = roller.namndmal - omrade.kolumn;
    const forsta = celler.rader[plats(m.rader[0])];
    const kalla = forsta.kallor[k] ?? { rad: forsta.rad, kolumn: roller.namndmal };
    const mal = forsta.varden[k];
    if (!arTom(mal) && String(mal).trim() !== "") {
      // Over the goal's own rows where they alone select exactly its rows (from its nämndmål cell, or the merged
      // area's top-left cell above it, to its last counted row), so that Excel recalculates each goal over its own
      // rows rather than the whole table; else over all the table's data rows.
      const fran = Math.max(0, Math.min(plats(m.rader[0]), kalla.rad - forstaRad));
      const till = plats(m.rader[m.rader.length - 1]);
      const del = (x: readonly Cellvarde[] | undefined) => x?.slice(fran, till + 1);
      const iSpannet = malensRader(del(statusar) ?? [], del(malkolumn) ?? [], String(mal), del(namn)).map(
        (p) => p + fran,
      );
      const spann: Stracka | undefined = exakt(iSpannet)
        ? [forstaRad + fran, forstaRad + till]
        : exakt(malensRader(statusar, malkolumn, String(mal), namn))
          ? [forstaRad, omrade.rad + omrade.rader - 1]
          : undefined;
      if (spann)
        return malformel(
          statuskolumn,
          spann[0],
          spann[1],
          roller.namndmal,
          cellAdress(kalla.rad, kalla.kolumn),
          namnkolumn,
        );
    }
  }

  const rubriker = new Set(utv.avsnitt.map((a) => plats(a.index)));
  const annansRad = (p: number) => bedomda.has(index(p)) && !rakna.has(index(p)) && !brytrader.has(index(p));
  const strackor: [number, number][] = [];
  let start = -1;
  let slut = -1;
  for (let p = 0; p < celler.rader.length; p++) {
    if (rakna.has(index(p))) {
      if (start < 0) start = p;
      slut = p;
    } else if (start >= 0 && (rubriker.has(p) || annansRad(p))) {
      strackor.push([start, slut]);
      start = -1;
    }
  }
  if (start >= 0) strackor.push([start, slut]);
  // Together the stretches must count exactly the goal's rows.
  const iStrackor = strackor.flatMap(([a, b]) =>
    indikatorernasRader(statusar.slice(a, b + 1), namn?.slice(a, b + 1)).map((p) => p + a),
  );
  if (exakt(iStrackor)) {
    const f = strackformel(
      statuskolumn,
      strackor.map(([a, b]) => [forstaRad + a, forstaRad + b] as const),
      namnkolumn,
    );
    if (inomGranserna(f, strackor.length)) return f;
  }

  const korningar: [number, number][] = [];
  for (const p of [...rakna].map(plats).sort((x, y) => x - y)) {
    const sista = korningar[korningar.length - 1];
    if (sista && sista[1] === p - 1) sista[1] = p;
    else korningar.push([p, p]);
  }
  const f = strackformel(
    statuskolumn,
    korningar.map(([a, b]) => [forstaRad + a, forstaRad + b] as const),
    undefined,
  );
  return inomGranserna(f, korningar.length) ? f : undefined;
}

/**
 * The formulas and rules for a judged table (`tabell.utvardering` must be set: the mapping can be judged) whose
 * status column is sheet column `statuskolumn` and whose goal column, when the table has nämndmål, is `malkolumn`
 * (by default the next one; a marked table keeps the one it has, wherever the user's edits moved it). The block covers
 * the table's rows; the legend follows in the status column after a blank row, unless `medForklaring` is false (the
 * adapter leaves it out where something is written under the table). Each status formula gives the KPI
 * function what the preview judged (statusformel); each goal formula counts exactly the rows the pane counted
 * (malformelFor). Throws RangeError for a delvis band outside 0–1 and Error for a table that cannot be judged.
 */
export function skapaPlan(
  tabell: Lastabell,
  installningar: Installningar,
  statuskolumn: number,
  malkolumnen: number = statuskolumn + 1,
  medForklaring = true,
): Skrivplan {
  const utv = tabell.utvardering;
  if (!utv) throw new Error("Tabellen kan inte bedömas: välj kolumnerna först");
  if (tabell.celler.rader.length === 0) throw new Error("Tabellen har inga rader under rubrikraden");
  const val = tabell.mappning.val;
  const placering = tabell.omrade;
  const medMal = utv.mal.length > 0;
  const bredd = medMal ? malkolumnen - statuskolumn + 1 : 1;
  const forstaData = placering.rad + 1;
  const sistaData = placering.rad + placering.rader - 1;
  const roller: Partial<Record<Roll, number>> = {};
  const anvand = (roll: Roll) => {
    if (val[roll] !== undefined) roller[roll] = placering.kolumn + (val[roll] as number);
  };
  if (utv.typ === "aktiviteter") anvand("status");
  else (["utfall", "malvarde", "riktning", "gransvarde", "foregaende", "jamforelse"] as Roll[]).forEach(anvand);
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

  const { celler } = tabell;
  const cellrad = (rad: Tabellrad): Cellrad | undefined => celler.rader[rad.rad - placering.rad - celler.rubrikrader];
  const status = Array<string>(placering.rader).fill("");
  status[0] = STATUSRUBRIK;
  for (const rad of utv.rader) {
    const c = cellrad(rad);
    const kalla = (roll: Roll): string | undefined => {
      const k = roller[roll];
      if (k === undefined) return undefined;
      const fran = (VARDROLLER as readonly Roll[]).includes(roll)
        ? rad.kallor[roll as Vardroll]
        : c?.kallor[k - placering.kolumn];
      return fran ? cellAdress(fran.rad, fran.kolumn) : cellAdress(rad.rad, k);
    };
    const riktningscell = val.riktning === undefined ? undefined : c?.varden[val.riktning];
    status[rad.index + 1] = statusformel(utv.typ, rad, kalla, riktningscell, band);
  }

  let mal: string[] | undefined;
  const utanFormel: string[] = [];
  if (medMal) {
    mal = Array<string>(placering.rader).fill("");
    mal[0] = MALRUBRIK;
    for (const m of utv.mal) {
      if (m.rader.length === 0) continue;
      const f = malformelFor(tabell, utv, m, statuskolumn, roller, namnroll);
      if (f) mal[m.rader[0] + 1] = f;
      else utanFormel.push(m.namndmal);
    }
  }

  const forklaringRad = sistaData + 1 + AVSTAND;
  const legendSlut = medForklaring ? forklaringRad + FORKLARINGSTEXTER.length - 1 : sistaData;
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
  // Målkoll's own cells only: where a person's column lies between the status and goal columns (inserted after a
  // Färgmarkera), each column gets rules of its own, reading its own top cell.
  const block: [string, string][] =
    medMal && malkolumnen !== statuskolumn + 1
      ? [
          [
            omradesAdress(forstaData, statuskolumn, legendSlut - forstaData + 1, 1),
            cellAdress(forstaData, statuskolumn),
          ],
          [omradesAdress(forstaData, malkolumnen, sistaData - forstaData + 1, 1), cellAdress(forstaData, malkolumnen)],
        ]
      : [[statusOmrade, cellAdress(forstaData, statuskolumn)]];
  for (const [omrade, cell] of block)
    for (const r of statusregler(omrade, cell))
      villkor.push(installningar.symboler ? { ...r, talformat: symbolformat(r.status) } : r);

  return {
    typ: utv.typ,
    statuskolumn,
    malkolumn: medMal ? malkolumnen : undefined,
    utanMalformel: utanFormel,
    forstaRad: placering.rad,
    status,
    mal,
    forklaringRad,
    forklaring: medForklaring ? FORKLARINGSTEXTER : [],
    villkor,
    roller,
    band,
  };
}
