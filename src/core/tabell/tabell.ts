/** A follow-up table as the user keeps it: mapping columns from headers, judging each row, aggregating goals. */
import { AKTIVITETSFARG, normaliseraAktivitet, skarvaOrd } from "../bedomning/aktivitet";
import { bedomTolkat } from "../bedomning/bedomning";
import { tolkaMalvardeCell } from "../malvarde/tolka";
import { lasRiktning, riktningFranNamn, type Riktning } from "../bedomning/riktning";
import { sammanvag } from "../bedomning/sammanvagd";
import { STATUSAR, type Status } from "../bedomning/status";
import { arTom, type Cellvarde } from "../tal/cell";

export type Roll =
  | "indikator"
  | "utfall"
  | "foregaende"
  | "malvarde"
  | "gransvarde"
  | "riktning"
  | "namndmal"
  | "malomrade"
  | "status"
  | "aktivitet";

export const ROLLER: readonly Roll[] = [
  "indikator",
  "utfall",
  "foregaende",
  "malvarde",
  "gransvarde",
  "riktning",
  "namndmal",
  "malomrade",
  "status",
  "aktivitet",
];

export const ROLLNAMN: Readonly<Record<Roll, string>> = {
  indikator: "Indikator",
  utfall: "Utfall",
  foregaende: "Föregående",
  malvarde: "Målvärde",
  gransvarde: "Gränsvärde",
  riktning: "Riktning",
  namndmal: "Nämndmål",
  malomrade: "Målområde",
  status: "Status",
  aktivitet: "Aktivitet",
};

/** Column index per role; undefined where the table has no such column. */
export type Kolumnval = Partial<Record<Roll, number>>;

/** Folds a header as pasted text: `Målvä-\nrde` → `målvärde`; underscores count as spaces. */
export const normaliseraRubrik = (text: string): string => skarvaOrd(text.replace(/_/g, " "));

const fold = (s: string) => s.replace(/[åä]/g, "a").replace(/ö/g, "o");

const MONSTER: readonly (readonly [Roll, RegExp])[] = [
  ["indikator", /^(namnd)?(indikator|indikatorer|nyckeltal|matt|matetal)$/],
  ["utfall", /^utfall( i ar| period)?$/],
  ["foregaende", /^(foregaende|utfall foregaende ar|foregaende ar)$/],
  ["malvarde", /^(mal ?varde|malvarde helar|mal)$/],
  ["gransvarde", /^gransvarde$/],
  ["riktning", /^riktning$/],
  ["namndmal", /^namndmal$/],
  ["malomrade", /^(malomrade|perspektiv)$/],
  ["status", /^(status|status som skriven|aktivitetsstatus|bedomning)$/],
  ["aktivitet", /^(aktivitet|aktiviteter)$/],
];

const ARTAL = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/;

/** Maps columns from headers; the latest year column is utfall and the year before it föregående. */
export function hittaKolumner(rubriker: readonly Cellvarde[]): Kolumnval {
  const val: Kolumnval = {};
  const ar: { ar: number; index: number }[] = [];
  rubriker.forEach((rubrik, index) => {
    const text = fold(normaliseraRubrik(String(rubrik ?? "")));
    const roll = MONSTER.find(([, re]) => re.test(text))?.[0];
    if (roll && val[roll] === undefined) val[roll] = index;
    const artal = typeof rubrik === "number" ? rubrik : Number(ARTAL.exec(text)?.[1]);
    if (!roll && Number.isInteger(artal) && artal >= 1900 && artal < 2100) ar.push({ ar: artal, index });
  });
  ar.sort((a, b) => b.ar - a.ar);
  if (val.utfall === undefined && ar[0]) val.utfall = ar[0].index;
  if (val.foregaende === undefined && ar[1] && ar[1].ar === ar[0].ar - 1) val.foregaende = ar[1].index;
  return val;
}

const BRYTRADER = /^(män|kvinnor|flickor|pojkar|-?29|29 år eller yngre|30[–-]49( år)?|50[–-]|50 år eller äldre)$/i;

export const arBrytrad = (namn: string): boolean => BRYTRADER.test(namn.trim());

export interface Tabellrad {
  /** Index among the data rows (0 = the row under the header). */
  readonly index: number;
  readonly namn: string;
  readonly brytrad: boolean;
  readonly namndmal?: string;
  readonly malomrade?: string;
  readonly riktning: Riktning;
  readonly status: Status;
  readonly motivering: string;
  /** An activity's normalised status, in activity tables. */
  readonly aktivitetsstatus?: string;
}

export interface Malbedomning {
  readonly namndmal: string;
  readonly malomrade?: string;
  readonly status: Status;
  /** "2 av 4 bedömda indikatorer uppfyllda…", for the report. */
  readonly motivering: string;
  /** Data-row indices of the rows that count (indicators, not breakdowns). */
  readonly rader: readonly number[];
}

export interface Utvardering {
  readonly typ: "indikatorer" | "aktiviteter";
  readonly rader: readonly Tabellrad[];
  readonly mal: readonly Malbedomning[];
}

export const arAktivitetstabell = (val: Kolumnval): boolean =>
  val.status !== undefined && (val.utfall === undefined || val.malvarde === undefined);

const text = (v: Cellvarde): string => (arTom(v) ? "" : String(v).trim());

/** Judges every data row. `riktningar` holds the user's per-row changes. */
export function utvardera(
  data: readonly (readonly Cellvarde[])[],
  val: Kolumnval,
  riktningar: ReadonlyMap<number, Riktning> = new Map(),
  delvisAndel?: number,
): Utvardering {
  const aktiviteter = arAktivitetstabell(val);
  const rader: Tabellrad[] = [];
  let foralder = "";
  let foralderIndex = -1;
  let namndmal = "";
  let malomrade = "";
  data.forEach((rad, index) => {
    if (rad.every(arTom)) return;
    const cell = (roll: Roll): Cellvarde => (val[roll] === undefined ? undefined : rad[val[roll] as number]);
    const namn = text(cell(val.indikator !== undefined ? "indikator" : "aktivitet"));
    const brytrad = !aktiviteter && arBrytrad(namn);
    if (!brytrad) {
      foralder = namn;
      foralderIndex = index;
    }
    namndmal = text(cell("namndmal")) || namndmal;
    malomrade = text(cell("malomrade")) || malomrade;
    const ovrigt = { index, namn, brytrad, namndmal: namndmal || undefined, malomrade: malomrade || undefined };
    if (aktiviteter) {
      const aktivitetsstatus = normaliseraAktivitet(text(cell("status")));
      const status = AKTIVITETSFARG[aktivitetsstatus];
      rader.push({
        ...ovrigt,
        riktning: "hogre",
        status,
        motivering: `Aktiviteten: ${aktivitetsstatus}`,
        aktivitetsstatus,
      });
      return;
    }
    // A breakdown row (Män, Kvinnor) follows its indicator, also when the user changed the indicator's riktning.
    const riktning =
      riktningar.get(brytrad ? foralderIndex : index) ??
      lasRiktning(text(cell("riktning"))) ??
      riktningFranNamn(foralder);
    const malvarde = cell("malvarde");
    const tolkat = tolkaMalvardeCell(malvarde);
    const r = bedomTolkat(
      {
        utfall: cell("utfall"),
        malvarde,
        foregaende: cell("foregaende"),
        gransvarde: cell("gransvarde"),
        riktning,
        delvisAndel,
      },
      tolkat,
    );
    rader.push({ ...ovrigt, riktning: r.riktning, status: r.status, motivering: r.motivering });
  });
  return { typ: aktiviteter ? "aktiviteter" : "indikatorer", rader, mal: bedomMal(rader) };
}

function bedomMal(rader: readonly Tabellrad[]): Malbedomning[] {
  const mal = new Map<string, { malomrade?: string; statusar: Status[]; rader: number[] }>();
  for (const rad of rader) {
    if (!rad.namndmal || rad.brytrad) continue;
    const m = mal.get(rad.namndmal) ?? { malomrade: rad.malomrade, statusar: [], rader: [] };
    m.statusar.push(rad.status);
    m.rader.push(rad.index);
    mal.set(rad.namndmal, m);
  }
  return [...mal].map(([namndmal, m]) => ({
    namndmal,
    malomrade: m.malomrade,
    status: sammanvag(m.statusar),
    motivering: malmotivering(m.statusar),
    rader: m.rader,
  }));
}

/** "1 av 4 indikatorer uppfyllt, 1 delvis uppfyllt, 2 kan ej bedömas". */
export function malmotivering(statusar: readonly Status[]): string {
  const antal = rakna(statusar);
  const ord = statusar.length === 1 ? "indikator" : "indikatorer";
  return STATUSAR.filter((s) => antal[s] > 0)
    .map((s, i) => `${antal[s]}${i === 0 ? ` av ${statusar.length} ${ord}` : ""} ${s.toLowerCase()}`)
    .join(", ");
}

/** What a summary lists: the goals, or the indicators themselves (not breakdowns) when there are no nämndmål. */
export function sammanfattadeMal(
  utv: Utvardering,
): readonly Pick<Malbedomning, "namndmal" | "malomrade" | "status" | "motivering">[] {
  if (utv.mal.length > 0) return utv.mal;
  return utv.rader.filter((r) => !r.brytrad).map((r) => ({ ...r, namndmal: r.namn }));
}

/** How many of each status. */
export function rakna(statusar: readonly Status[]): Record<Status, number> {
  const antal = Object.fromEntries(STATUSAR.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statusar) antal[s]++;
  return antal;
}
