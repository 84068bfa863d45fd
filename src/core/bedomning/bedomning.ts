/** Judging one indicator: utfall against målvärde (spec §7). */
import { saknasText } from "../fel";
import { formateraVarde } from "../tal/format";
import { tolkaMalvardeCell } from "../malvarde/tolka";
import { arTak, band, grans, intervall, type Malvarde, type Operator, type TolkatMalvarde } from "../malvarde/malvarde";
import { riktningFranNamn, type Riktning } from "./riktning";
import { DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS, STATUSAR, UPPFYLLT, type Bedomning, type Status } from "./status";
import { medVarde, PENGAENHETER, somProcent, tal, type Tal } from "../tal/tal";
import { lasCell, type Cellvarde } from "../tal/cell";

export interface Underlag {
  readonly utfall: Cellvarde;
  readonly malvarde: Cellvarde;
  readonly riktning?: Riktning;
  /** Indicator name, used to infer riktning when neither text nor argument gives one. */
  readonly namn?: string;
  readonly gransvarde?: Cellvarde;
  readonly foregaende?: Cellvarde;
  readonly jamforelse?: readonly number[];
  /** The indicator is a percentage: a plain målvärde or gränsvärde above 1 is percentage points. */
  readonly procentindikator?: boolean;
  /** The delvis band without a gränsvärde, as a fraction of |målvärde| (default 10 %). */
  readonly delvisAndel?: number;
}

export interface Resultat extends Bedomning {
  readonly riktning: Riktning;
}

export const DELVIS_ANDEL = 0.1;
const EPS = 1e-9;

const lika = (a: number, b: number): boolean => Math.abs(a - b) <= EPS * Math.max(Math.abs(a), Math.abs(b));
const lte = (a: number, b: number): boolean => a < b || lika(a, b);

function uppfyller(v: number, op: Operator, t: number): boolean {
  switch (op) {
    case "<=":
      return lte(v, t);
    case "<":
      return v < t && !lika(v, t);
    case ">=":
      return lte(t, v);
    case ">":
      return v > t && !lika(v, t);
  }
}

const resultat = (status: Status, motivering: string, riktning: Riktning): Resultat => ({
  status,
  motivering,
  riktning,
});

/** A judged requirement whose reason is formatted on first read. */
class LattResultat implements Resultat {
  private text: string | undefined;
  constructor(
    readonly status: Status,
    private readonly fall: Fall,
    private readonly kalla: string | undefined,
  ) {}
  get riktning(): Riktning {
    return this.fall.riktning;
  }
  get motivering(): string {
    if (this.text === undefined) {
      const grund = bedomKrav(this.fall, true).motivering;
      this.text =
        this.kalla && this.status !== KAN_EJ_BEDOMAS ? `${grund} (målvärdet läst som "${this.kalla}")` : grund;
    }
    return this.text;
  }
}

/** Judges an indicator. Never throws on data: what cannot be judged is Kan ej bedömas with a reason. */
export function bedom(underlag: Underlag): Resultat {
  return bedomTolkat(underlag, tolkaMalvardeCell(underlag.malvarde));
}

/** Only the status of an indicator: what a status cell needs, without any reason. */
export function statusAv(underlag: Underlag): Status {
  return statusTolkat(underlag, tolkaMalvardeCell(underlag.malvarde));
}

/** As `bedom`, with the målvärde already parsed (a table re-uses one parse per row). */
export function bedomTolkat(underlag: Underlag, tolkat: TolkatMalvarde): Resultat {
  const p = forbered(underlag, tolkat);
  if (p.orsak !== undefined) return resultat(KAN_EJ_BEDOMAS, p.orsak, p.riktning);
  return new LattResultat(bedomKrav(p, false).status, p, tolkat.kalla);
}

/** As `statusAv`, with the målvärde already parsed. */
export function statusTolkat(underlag: Underlag, tolkat: TolkatMalvarde): Status {
  const p = forbered(underlag, tolkat);
  return p.orsak !== undefined ? KAN_EJ_BEDOMAS : bedomKrav(p, false).status;
}

/** What the target asks of v once f, riktning and jämförelse are known: a limit with its operator, an interval, a band or a trend. */
type Krav =
  | (Extract<Malvarde, { typ: "grans" }> & { readonly op: Operator })
  | Extract<Malvarde, { typ: "intervall" | "band" | "trend" }>;

/** Everything the status rules need, read and checked; `malvarde` as written, for the reason text. */
interface Fall {
  readonly orsak?: undefined;
  readonly krav: Krav;
  readonly malvarde: Malvarde;
  readonly v: Tal;
  readonly f: Tal | undefined;
  readonly g: Tal | undefined;
  readonly riktning: Riktning;
  readonly delvisAndel: number;
}

/** Why an indicator cannot be judged. */
interface EjBedombart {
  readonly orsak: string;
  readonly riktning: Riktning;
}

const ejBedombart = (riktning: Riktning, orsak: string): EjBedombart => ({ riktning, orsak });

/** Reads utfall, föregående and gränsvärde and states the requirement, or says why it cannot be judged. */
function forbered(underlag: Underlag, tolkat: TolkatMalvarde): Fall | EjBedombart {
  const riktning = tolkat.riktning ?? underlag.riktning ?? (underlag.namn ? riktningFranNamn(underlag.namn) : "hogre");
  const procentindikator = underlag.procentindikator === true;

  const skrivet = tolkat.malvarde;
  const malvarde = procentindikator ? iProcent(skrivet) : skrivet;
  const x = malTal(malvarde);
  // A cell holding 0,105 formatted as % is shown as 10,5 % beside a percentage target, and föregående with it.
  const v = lasCell(underlag.utfall, procentindikator || x?.procent === true);
  if (v.typ === "saknas") return ejBedombart(riktning, v.markor ? saknasText(v.markor) : "Utfall saknas");
  if (v.typ === "fel") return ejBedombart(riktning, `Utfallet "${String(underlag.utfall).trim()}" är inget tal`);

  if (skrivet.typ === "olasbar") return ejBedombart(riktning, skrivet.orsak);
  const f = lasValfritt(underlag.foregaende, procentindikator, v.procent);
  if (f === EJ_TAL) return ejBedombart(riktning, "Föregående värde är inget tal");
  const g = lasValfritt(underlag.gransvarde, procentindikator, false);
  if (g === EJ_TAL) return ejBedombart(riktning, "Gränsvärdet är inget tal");

  const enhetsfel = x && jamforEnheter(v, x);
  if (enhetsfel) return ejBedombart(riktning, enhetsfel);

  const krav = tillKrav(malvarde, riktning, f, underlag.jamforelse ?? INGA);
  if (typeof krav === "string") return ejBedombart(riktning, krav);
  return { orsak: undefined, krav, malvarde, v, f, g, riktning, delvisAndel: underlag.delvisAndel ?? DELVIS_ANDEL };
}

const INGA: readonly number[] = [];

/** What `lasValfritt` gives for a cell that is not a number: an object, so that V8 compares by reference. */
const EJ_TAL: Tal = Object.freeze(tal(Number.NaN));

/**
 * An optional number cell: undefined when blank or a marker, EJ_TAL when it is not a number; shown as a
 * percentage when `procentform`. A plain number, the usual föregående, becomes one Tal in its final form.
 */
function lasValfritt(varde: Cellvarde, procentindikator: boolean, procentform: boolean): Tal | undefined {
  if (typeof varde === "number" && !procentindikator) return Number.isFinite(varde) ? tal(varde, procentform) : EJ_TAL;
  const last = lasCell(varde);
  if (last.typ === "saknas") return undefined;
  if (last.typ === "fel") return EJ_TAL;
  const t = procentindikator ? tillProcent(last) : last;
  return procentform && !t.procent ? somProcent(t) : t;
}

/** Percentage points to a fraction: 7 → 7 %, 0,07 stays. */
function tillProcent(t: Tal): Tal {
  if (t.procent) return t;
  return Math.abs(t.varde) > 1 ? tal(t.varde / 100, true) : somProcent(t);
}

/** A målvärde of a percentage indicator, its plain numbers read as percentage points. */
function iProcent(m: Malvarde): Malvarde {
  switch (m.typ) {
    case "grans":
      return grans(tillProcent(m.x), m.op);
    case "band":
      return band(tillProcent(m.x));
    case "intervall":
      return intervall(tillProcent(m.fran), tillProcent(m.till));
    default:
      return m;
  }
}

/** The number that gives a target its unit and %: x of a limit or band, the upper end of an interval. */
function malTal(m: Malvarde): Tal | undefined {
  switch (m.typ) {
    case "grans":
    case "band":
      return m.x;
    case "intervall":
      return m.till;
    default:
      return undefined;
  }
}

/** Is the target written as a percentage (7 %, ±1 %, 5–10 %)? */
export const arProcentmal = (m: Malvarde): boolean => malTal(m)?.procent === true;

function jamforEnheter(v: Tal, x: Tal): string | undefined {
  const mal = x.enhet;
  if (v.enhet && mal && v.enhet !== mal && (PENGAENHETER.has(v.enhet) || PENGAENHETER.has(mal))) {
    return `Olika enheter: utfallet i ${v.enhet}, målvärdet i ${mal}`;
  }
  return undefined;
}

const BALANS = grans(tal(0), ">=") as Krav;

/** The limit, interval, band or trend the target sets; a string says why there is none. */
function tillKrav(m: Malvarde, riktning: Riktning, f: Tal | undefined, jamforelse: readonly number[]): Krav | string {
  const hogre = riktning === "hogre";
  switch (m.typ) {
    case "grans":
      return (m.op === undefined ? grans(m.x, hogre ? ">=" : "<=") : m) as Krav;
    case "balans":
      return BALANS;
    case "intervall":
    case "band":
      return m;
    case "trend":
      return f ? m : "Föregående värde saknas: en trend kan inte bedömas";
    case "forandring": {
      if (!f) return "Föregående värde saknas: förändringen kan inte bedömas";
      const tecken = m.upp ? 1 : -1;
      const t = m.satt === "procent" ? f.varde * (1 + tecken * m.x.varde) : f.varde + tecken * m.x.varde;
      return grans(medVarde(f, t), m.upp ? ">=" : "<=") as Krav;
    }
    case "bibehalla":
      if (!f) return "Föregående värde saknas: nivån kan inte jämföras";
      return grans(f, hogre ? ">=" : "<=") as Krav;
    case "jamforelse": {
      const varden = jamforelse.filter(Number.isFinite);
      if (varden.length === 0) return "Jämförelsevärden saknas";
      const t =
        m.satt === "medel"
          ? varden.reduce((a, b) => a + b, 0) / varden.length
          : hogre
            ? Math.max(...varden)
            : Math.min(...varden);
      const op: Operator = hogre ? (m.strikt ? ">" : ">=") : m.strikt ? "<" : "<=";
      return grans(tal(t), op) as Krav;
    }
    case "olasbar":
      return m.orsak;
  }
}

/** Where a limit not written as a number came from, for the reason text; undefined for a written limit. */
function harleddFran(m: Malvarde, f: Tal | undefined): string | undefined {
  switch (m.typ) {
    case "balans":
      return "budget i balans";
    case "forandring":
      return `föregående ${formateraVarde(f as Tal)}, ${m.upp ? "öka" : "minska"} med ${formateraVarde(m.x)}${m.satt === "procentenheter" ? "enheter" : ""}`;
    case "bibehalla":
      return "bibehålla föregående nivå";
    case "jamforelse":
      return m.satt === "medel" ? "jämförelsevärdenas medel" : "bästa jämförelsevärdet";
    default:
      return undefined;
  }
}

const fmt = formateraVarde;

/** A status without a reason is one of four shared values: a status column allocates nothing for it. */
const [UTAN_UPPFYLLT, UTAN_DELVIS, UTAN_EJ, UTAN_KAN_EJ] = STATUSAR.map((status): Bedomning =>
  Object.freeze({ status, motivering: "" }),
);

/** Compared by identity, not looked up by key: a keyed read of a status string is slow in V8. */
function utanText(status: Status): Bedomning {
  if (status === UPPFYLLT) return UTAN_UPPFYLLT;
  if (status === DELVIS) return UTAN_DELVIS;
  return status === EJ_UPPFYLLT ? UTAN_EJ : UTAN_KAN_EJ;
}

const svar = (status: Status, text: string | false): Bedomning =>
  text === false ? utanText(status) : { status, motivering: text };

const trendtext = (f: Tal | undefined, forbattrat: boolean): string =>
  f ? (forbattrat ? ` men har förbättrats från ${fmt(f)}` : ` och har inte förbättrats från ${fmt(f)}`) : "";

function jamforOrd(v: number, t: number): string {
  if (lika(v, t)) return "är lika med";
  return v < t ? "är lägre än" : "är högre än";
}

/**
 * The status of v against a requirement. Reasons are built only with `medText`: a status column never pays
 * for formatting; `motivering` runs this again with text when someone reads it.
 */
function bedomKrav(fall: Fall, medText: boolean): Bedomning {
  const { krav, v, f, g, riktning, delvisAndel } = fall;
  const forbattrat =
    f !== undefined && !lika(v.varde, f.varde) && (riktning === "hogre" ? v.varde > f.varde : v.varde < f.varde);

  switch (krav.typ) {
    case "grans": {
      const { op, x: t } = krav;
      const lagreBast = arTak(op);
      if (g && (lagreBast ? g.varde < t.varde : g.varde > t.varde) && !lika(g.varde, t.varde)) {
        return svar(KAN_EJ_BEDOMAS, medText && `Gränsvärdet ${fmt(g)} ligger på fel sida om målvärdet ${fmt(t)}`);
      }
      const harlett = medText && harleddFran(fall.malvarde, f);
      const text =
        medText &&
        `Utfallet ${fmt(v)} ${jamforOrd(v.varde, t.varde)} målvärdet ${fmt(t)}${harlett ? ` (${harlett})` : ""}`;
      if (uppfyller(v.varde, op, t.varde)) return svar(UPPFYLLT, text);
      const band = g?.varde ?? t.varde + (lagreBast ? 1 : -1) * delvisAndel * Math.abs(t.varde);
      const harBand = band !== t.varde;
      if (harBand && uppfyller(v.varde, lagreBast ? "<=" : ">=", band)) {
        return svar(DELVIS, medText && `${text} men inom gränsvärdet ${fmt(medVarde(t, band))}`);
      }
      return svar(
        forbattrat ? DELVIS : EJ_UPPFYLLT,
        medText && `${text}${harBand ? ` (gränsvärde ${fmt(medVarde(t, band))})` : ""}${trendtext(f, forbattrat)}`,
      );
    }
    case "intervall": {
      const { fran, till } = krav;
      const mal = medText && `målintervallet ${fmt(fran)}–${fmt(till)}`;
      if (g && lte(fran.varde, g.varde) && lte(g.varde, till.varde)) {
        return svar(KAN_EJ_BEDOMAS, medText && `Gränsvärdet ${fmt(g)} ligger inom ${mal}`);
      }
      if (lte(fran.varde, v.varde) && lte(v.varde, till.varde)) {
        return svar(UPPFYLLT, medText && `Utfallet ${fmt(v)} ligger inom ${mal}`);
      }
      const under = v.varde < fran.varde;
      const kant = under ? fran : till;
      const gPassar = g !== undefined && (under ? g.varde < fran.varde : g.varde > till.varde);
      const band = gPassar ? g.varde : kant.varde + (under ? -1 : 1) * delvisAndel * Math.abs(kant.varde);
      const text = medText && `Utfallet ${fmt(v)} ligger ${under ? "under" : "över"} ${mal}`;
      if (under ? lte(band, v.varde) : lte(v.varde, band)) {
        return svar(DELVIS, medText && `${text} men inom gränsvärdet ${fmt(medVarde(kant, band))}`);
      }
      const narmare = f !== undefined && (under ? f.varde < v.varde : f.varde > v.varde);
      return svar(
        narmare ? DELVIS : EJ_UPPFYLLT,
        medText && text + (narmare ? ` men har närmat sig från ${fmt(f)}` : ""),
      );
    }
    case "band": {
      const x = krav.x.varde;
      const mal = medText && `målvärdet ±${fmt(krav.x)}`;
      if (lte(Math.abs(v.varde), x)) return svar(UPPFYLLT, medText && `Utfallet ${fmt(v)} ligger inom ${mal}`);
      const gynnsam = riktning === "hogre" ? v.varde > 0 : v.varde < 0;
      if (gynnsam)
        return svar(DELVIS, medText && `Utfallet ${fmt(v)} ligger utanför ${mal} men på den gynnsamma sidan`);
      if (g && Math.abs(g.varde) < x && !lika(Math.abs(g.varde), x)) {
        return svar(KAN_EJ_BEDOMAS, medText && `Gränsvärdet ${fmt(g)} ligger innanför ${mal}`);
      }
      const band = g ? Math.abs(g.varde) : x * (1 + delvisAndel);
      const text = medText && `Utfallet ${fmt(v)} ligger utanför ${mal}`;
      if (lte(Math.abs(v.varde), band)) {
        return svar(DELVIS, medText && `${text} men inom gränsvärdet ±${fmt(medVarde(krav.x, band))}`);
      }
      return svar(forbattrat ? DELVIS : EJ_UPPFYLLT, medText && text + trendtext(f, forbattrat));
    }
    case "trend": {
      const fv = (f as Tal).varde;
      const text = medText && `Utfallet ${fmt(v)} jämfört med föregående ${fmt(f as Tal)}`;
      if (lika(v.varde, fv)) return svar(DELVIS, medText && `${text}: oförändrat`);
      const upp = v.varde > fv;
      const ord = (u: boolean) => (u ? "ökning" : "minskning");
      return svar(
        upp === krav.upp ? UPPFYLLT : EJ_UPPFYLLT,
        medText && `${text}: ${ord(upp)}, målet är ${ord(krav.upp)}`,
      );
    }
  }
}
