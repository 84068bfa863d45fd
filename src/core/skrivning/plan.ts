/** What Färgmarkera writes, as plain data: formulas, conditional-format rules and the record that lets us remove it. */
import { AKTIVITETSFARG, type Aktivitetsstatus } from "../bedomning/aktivitet";
import { DELVIS_ANDEL } from "../bedomning/bedomning";
import { RIKTNING_TEXT } from "../bedomning/riktning";
import { FARGER } from "../bedomning/farger";
import { STATUSAR, type Status } from "../bedomning/status";
import type { Kolumnval, Utvardering } from "../tabell/tabell";
import { cellAdress, kolumnbokstav, omradesAdress } from "./adress";

export const STATUSRUBRIK = "Status (Målkoll)";
export const MALRUBRIK = "Målstatus (Målkoll)";
export const FORKLARING = "Förklaring (Målkoll):";

export interface Installningar {
  /** Colour the whole row, not only the status cells. */
  readonly helRad: boolean;
  readonly symboler: boolean;
  /** The delvis band without a gränsvärde, as a fraction of the målvärde. */
  readonly delvisAndel: number;
}

export const STANDARDINSTALLNINGAR: Installningar = { helRad: false, symboler: true, delvisAndel: DELVIS_ANDEL };

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

export interface Skrivplan {
  /** The block Målkoll writes into: status (and goal) columns, from the header to the legend. */
  readonly omrade: string;
  readonly formler: string[][];
  readonly villkor: readonly Villkorsformat[];
}

/** Rows under the table: a blank row, the legend title and the four statuses. */
export const EXTRA_RADER = 6;

/** Words that take each colour: the four statuses, and the normalised activity statuses. */
export function ordForFarg(status: Status): string[] {
  const aktiviteter = (Object.keys(AKTIVITETSFARG) as Aktivitetsstatus[]).filter((a) => AKTIVITETSFARG[a] === status);
  return [status, ...aktiviteter];
}

const strang = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One rule per colour over `omrade`, judged by the text in `cell` (relative to the range's top-left). */
export function statusregler(omrade: string, cell: string): Villkorsformat[] {
  return STATUSAR.map((status) => ({
    omrade,
    status,
    formel: `=OR(${ordForFarg(status)
      .map((o) => `${cell}=${strang(o)}`)
      .join(",")})`,
    fyllning: FARGER[status].fyllning,
    text: FARGER[status].text,
  }));
}

/** Consecutive rows as ranges: I2,I3,I5 → I2:I3,I5. */
function sammanfoga(kolumn: number, rader: readonly number[]): string {
  const delar: string[] = [];
  for (let i = 0; i < rader.length;) {
    let j = i;
    while (j + 1 < rader.length && rader[j + 1] === rader[j] + 1) j++;
    delar.push(omradesAdress(rader[i], kolumn, rader[j] - rader[i] + 1, 1));
    i = j + 1;
  }
  return delar.join(",");
}

/**
 * The formulas and rules for a judged table. `befintliga` holds what is in the target block now:
 * a status a person typed over a formula is kept.
 */
export function skapaPlan(
  placering: Placering,
  val: Kolumnval,
  utv: Utvardering,
  installningar: Installningar,
  befintliga: readonly (readonly string[])[] = [],
  forskjutning = 0,
): Skrivplan {
  const statusKol = placering.kolumn + placering.kolumner + forskjutning;
  const medMal = utv.mal.length > 0;
  const bredd = medMal ? 2 : 1;
  const forstaData = placering.rad + 1;
  const sistaData = placering.rad + placering.rader - 1;
  const hojd = placering.rader + EXTRA_RADER;
  const formler: string[][] = Array.from({ length: hojd }, () => Array<string>(bredd).fill(""));
  formler[0][0] = STATUSRUBRIK;
  if (medMal) formler[0][1] = MALRUBRIK;

  const ref = (rad: number, roll: keyof Kolumnval): string =>
    val[roll] === undefined ? "" : cellAdress(forstaData + rad, placering.kolumn + (val[roll] as number));
  for (const rad of utv.rader) {
    const i = rad.index + 1;
    const typad = befintliga[i]?.[0];
    if (typad && !typad.startsWith("=")) {
      formler[i][0] = typad;
      continue;
    }
    if (utv.typ === "aktiviteter") {
      formler[i][0] = `=KPI.AKTIVITETSSTATUS(${ref(rad.index, "status")})`;
      continue;
    }
    const riktning = val.riktning !== undefined ? ref(rad.index, "riktning") : strang(RIKTNING_TEXT[rad.riktning]);
    const band = installningar.delvisAndel === DELVIS_ANDEL ? "" : String(installningar.delvisAndel);
    const args = [
      ref(rad.index, "utfall"),
      ref(rad.index, "malvarde"),
      riktning,
      ref(rad.index, "gransvarde"),
      ref(rad.index, "foregaende"),
      "",
      band,
    ];
    while (args[args.length - 1] === "") args.pop();
    formler[i][0] = `=KPI.MALUPPFYLLELSE(${args.join(",")})`;
  }
  for (const mal of utv.mal) {
    const forsta = mal.rader[0] + 1;
    const typad = befintliga[forsta]?.[1];
    formler[forsta][1] =
      typad && !typad.startsWith("=")
        ? typad
        : `=KPI.SAMMANVAGD(${sammanfoga(
            statusKol,
            mal.rader.map((r) => forstaData + r),
          )})`;
  }
  const legend = placering.rader + 1;
  formler[legend][0] = FORKLARING;
  STATUSAR.forEach((s, i) => (formler[legend + 1 + i][0] = s));

  const blockOmrade = omradesAdress(placering.rad, statusKol, hojd, bredd);
  const statusOmrade = omradesAdress(forstaData, statusKol, hojd - 1, bredd);
  // Whole rows: the table and our status columns, so every rule we add overlaps our own block.
  const radOmrade = omradesAdress(
    forstaData,
    placering.kolumn,
    sistaData - forstaData + 1,
    statusKol + bredd - placering.kolumn,
  );
  const villkor: Villkorsformat[] = [];
  if (installningar.helRad) villkor.push(...statusregler(radOmrade, `$${kolumnbokstav(statusKol)}${forstaData + 1}`));
  for (const r of statusregler(statusOmrade, cellAdress(forstaData, statusKol))) {
    const talformat = `General;-General;General;"${FARGER[r.status].symbol} "@`;
    villkor.push(installningar.symboler ? { ...r, talformat } : r);
  }
  return { omrade: blockOmrade, formler, villkor };
}
