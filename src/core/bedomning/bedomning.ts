/** Judging one indicator: utfall against målvärde (spec §7), with the number rules of §2 and the targets of §6. */
import { saknasText } from "../fel";
import { decimalerSomSkiljer, formateraVarde } from "../tal/format";
import { tolkaMalvardeCell } from "../malvarde/tolka";
import { arTak, somAvvikelsemal, type Malvarde, type Operator, type TolkatMalvarde } from "../malvarde/malvarde";
import { riktningFranNamn, type Riktning } from "./riktning";
import { DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS, UPPFYLLT, type Bedomning, type Status } from "./status";
import { medVarde, tal, type Per, type Tal } from "../tal/tal";
import { PER_KORTFORMER } from "../ordforrad";
import { arPengaenhet, iEnhet } from "../tal/pengar";
import { lasCell, type Cellvarde } from "../tal/cell";
import { lasIProcentskala, malvardeIProcentskala, procentniva, procentsammanhang } from "./procentskala";

export interface Underlag {
  /**
   * The utfall as a cell holds it, or a computed value as a Tal (a share such as a sjukfrånvaro, an amount with its
   * money unit such as a budgetavvikelse in tkr), which is read as it is: never rescaled by the percent scale.
   */
  readonly utfall: Cellvarde | Tal;
  readonly malvarde: Cellvarde;
  readonly riktning?: Riktning;
  /** Indicator name, used to infer riktning when neither text nor argument gives one. */
  readonly namn?: string;
  readonly gransvarde?: Cellvarde;
  readonly foregaende?: Cellvarde;
  /** The comparison values (`bättre än riket`): plain numbers, or numbers as read with their unit (`0,09 mnkr`). */
  readonly jamforelse?: readonly (number | Tal)[];
  /** The indicator is a percentage: a plain målvärde, gränsvärde or föregående above 1 is percentage points. */
  readonly procentindikator?: boolean;
  /**
   * The utfall is a deviation (a budgetavvikelse): an upper limit (`Max 1 %`) is then the symmetric band ±X
   * (spec §5, §6), as `max 1 % budgetavvikelse` is.
   */
  readonly avvikelse?: boolean;
  /** The delvis band without a gränsvärde, as a fraction of |målvärde| (default 10 %). */
  readonly delvisAndel?: number;
}

export interface Resultat extends Bedomning {
  readonly riktning: Riktning;
}

/** The default delvis band: 10 % of |målvärde| beyond the target (§7). */
export const DELVIS_ANDEL = 0.1;

/** Comparisons use a relative epsilon, no rounding (§2). */
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
  const fall = forbered(underlag, tolkat);
  if ("orsak" in fall) return { status: KAN_EJ_BEDOMAS, motivering: fall.orsak(), riktning: fall.riktning };
  return new Bedomt(bedomKrav(fall), fall, tolkat.kalla);
}

/** As `statusAv`, with the målvärde already parsed. */
export function statusTolkat(underlag: Underlag, tolkat: TolkatMalvarde): Status {
  const fall = forbered(underlag, tolkat);
  return "orsak" in fall ? KAN_EJ_BEDOMAS : bedomKrav(fall);
}

/** Is the target written as a percentage level (7 %, ±1 %, 5–10 %)? A budget target then judges the avvikelse in %. */
export const arProcentmal = (m: Malvarde): boolean => procentniva(m) !== undefined;

/** A status whose reason is written only when someone reads it: a status column never formats text. */
class Bedomt implements Resultat {
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
      const grund = motivera(this.fall, this.status, this.kalla !== undefined);
      this.text = this.kalla ? `${grund} (målvärdet läst som "${this.kalla}")` : grund;
    }
    return this.text;
  }
}

// ── Reading and checking what the status rules need ──────────────────────────────────────────────────────────

/** What the target asks of v once f, riktning and the comparison values are known. */
type Krav =
  /** v op x */
  | { readonly typ: "grans"; readonly op: Operator; readonly x: Tal }
  /** fran ≤ v ≤ till */
  | { readonly typ: "intervall"; readonly fran: Tal; readonly till: Tal }
  /** |v| ≤ x */
  | { readonly typ: "band"; readonly x: Tal }
  /** v compared with f: v > f (upp), v < f, or with f included when negated (`ska inte öka`: v ≤ f) */
  | { readonly typ: "trend"; readonly upp: boolean; readonly inklusive: boolean; readonly f: Tal };

/** Utfall, föregående and gränsvärde as written, where the judgement read them otherwise (percent scale, money unit). */
interface Skrivna {
  readonly v?: Tal;
  readonly f?: Tal;
  readonly g?: Tal;
}

/** Everything the status rules need, read and checked. */
interface Fall {
  readonly krav: Krav;
  /** The målvärde as written, for the reason text. */
  readonly malvarde: Malvarde;
  /** Utfall, föregående and gränsvärde as judged: in the percent scale and money unit of the target. */
  readonly v: Tal;
  readonly f: Tal | undefined;
  readonly g: Tal | undefined;
  /** How they were written, where that differs; undefined when all were read as written. */
  readonly skrivna: Skrivna | undefined;
  /** A gränsvärde of exactly 0 on the wrong side, read as not given (§6). */
  readonly gransNoll: boolean;
  readonly riktning: Riktning;
  readonly delvisAndel: number;
}

/** Why an indicator cannot be judged; the reason is written only when someone reads it. */
interface EjBedombart {
  readonly orsak: () => string;
  readonly riktning: Riktning;
}

const ejBedombart = (riktning: Riktning, orsak: string | (() => string)): EjBedombart => ({
  riktning,
  orsak: typeof orsak === "string" ? () => orsak : orsak,
});

/** What an optional cell holds: no value, a number, or text that is no number. */
type Valfritt = Tal | undefined | "fel";

function lasValfritt(varde: Cellvarde): Valfritt {
  if (typeof varde === "number" && Number.isFinite(varde)) return { varde, procent: false };
  const last = lasCell(varde);
  return last.typ === "tal" ? last : last.typ === "saknas" ? undefined : "fel";
}

/** Reads utfall, föregående and gränsvärde and states the requirement, or says why it cannot be judged. */
function forbered(underlag: Underlag, somSkrivet: TolkatMalvarde): Fall | EjBedombart {
  const tolkat = underlag.avvikelse ? somAvvikelsemal(somSkrivet) : somSkrivet;
  const riktning = tolkat.riktning ?? underlag.riktning ?? (underlag.namn ? riktningFranNamn(underlag.namn) : "hogre");
  const procentindikator = underlag.procentindikator === true;

  // A computed utfall (a Tal) is read as it is; a cell the Swedish way (§2).
  const v0 = arTal(underlag.utfall) ? ({ typ: "tal", ...underlag.utfall } as const) : lasCell(underlag.utfall);
  if (v0.typ === "saknas") return ejBedombart(riktning, v0.markor ? saknasText(v0.markor) : "Utfall saknas");
  if (v0.typ === "fel") return ejBedombart(riktning, `Utfallet "${String(underlag.utfall).trim()}" är inget tal`);

  const skrivet = tolkat.malvarde;
  if (skrivet.typ === "olasbar") return ejBedombart(riktning, skrivet.orsak);
  const f0 = lasValfritt(underlag.foregaende);
  if (f0 === "fel") return ejBedombart(riktning, "Föregående värde är inget tal");
  const g0 = lasValfritt(underlag.gransvarde);
  if (g0 === "fel") return ejBedombart(riktning, "Gränsvärdet är inget tal");

  // §2 percent scale: one rule (procentskala.ts) decides from the målvärde and how utfall and föregående are written
  // whether the check is on a percentage, and every plain value in it is read by that rule. A computed utfall is
  // already final.
  const j0 = underlag.jamforelse && jamforelsetal(underlag.jamforelse);
  const sammanhang = procentsammanhang(skrivet, procentindikator, { utfall: v0, foregaende: f0, jamforelse: j0 });
  const malvarde = malvardeIProcentskala(skrivet, sammanhang);
  let v = arTal(underlag.utfall) ? v0 : lasIProcentskala(v0, sammanhang);
  let f = f0 && lasIProcentskala(f0, sammanhang);
  let g = g0 && lasIProcentskala(g0, sammanhang);
  let j = j0 && j0.map((t) => lasIProcentskala(t, sammanhang));

  // §2 money units: converted to the target's unit before comparing; a plain number is not guessed.
  const referens = enhetsreferens(malvarde, v, f, g, j);
  if (referens !== undefined) {
    const ut = iReferens(v, referens, "Utfallet");
    if (typeof ut === "function") return ejBedombart(riktning, ut);
    const fo = f && iReferens(f, referens, "Föregående värde");
    if (typeof fo === "function") return ejBedombart(riktning, fo);
    const gr = g && iReferens(g, referens, "Gränsvärdet");
    if (typeof gr === "function") return ejBedombart(riktning, gr);
    const ja: Tal[] = [];
    for (const t of j ?? INGA) {
      const i = iReferens(t, referens, "Jämförelsevärdet");
      if (typeof i === "function") return ejBedombart(riktning, i);
      ja.push(i);
    }
    v = ut;
    f = fo;
    g = gr;
    j = j && ja;
  }

  const krav = tillKrav(malvarde, riktning, f, j ?? INGA);
  if (typeof krav === "string") return ejBedombart(riktning, krav);
  const kontroll = kontrolleraGransvarde(krav, g);
  if (typeof kontroll === "function") return ejBedombart(riktning, kontroll);
  const skrivna = v !== v0 || f !== f0 || g !== g0 ? { v: v0, f: f0, g: g0 } : undefined;
  return {
    krav,
    malvarde,
    v,
    f,
    g: kontroll ? g : undefined,
    skrivna,
    gransNoll: g !== undefined && !kontroll,
    riktning,
    delvisAndel: underlag.delvisAndel ?? DELVIS_ANDEL,
  };
}

const INGA: readonly Tal[] = [];

const arTal = (v: Cellvarde | Tal): v is Tal => typeof v === "object" && v !== null;

/** The comparison values as numbers with their units; numbers that are not finite are left out. */
const jamforelsetal = (varden: readonly (number | Tal)[]): Tal[] =>
  varden.flatMap((j) => {
    const t = typeof j === "number" ? tal(j) : j;
    return Number.isFinite(t.varde) ? [t] : [];
  });

/** The number that carries a target's unit: X of a limit or band, the upper end of an interval, X of a change in units. */
function malTal(m: Malvarde): Tal | undefined {
  switch (m.typ) {
    case "grans":
    case "band":
      return m.x;
    case "forandring":
      return m.satt === "antal" ? m.x : undefined;
    case "intervall":
      return m.till;
    default:
      return undefined;
  }
}

/** The amount every other amount of one judgement is compared with (§2): the målvärde's X, or the utfall. */
interface Referens {
  readonly tal: Tal;
  readonly vad: "målvärdet" | "utfallet";
}

/** Does `t` carry a unit that must be compared with care: a money unit? */
const harPengar = (t: Tal | undefined): boolean => t !== undefined && arPengaenhet(t.enhet);

/** A number without a unit, not a share and not a rate. */
const arOmarkt = (x: Tal): boolean => x.enhet === undefined && !x.procent && x.per === undefined;

/** The word a rate is per, a short form written out (`inv` is `invånare`: PER_KORTFORMER). */
const perOrd = (p: Per): string => PER_KORTFORMER.get(p.ord) ?? p.ord;

/**
 * Are X and v written in different kinds (§2): two units, a unit against a percentage, or two rates
 * (`per 1 000 invånare` against `per 100 000 invånare`, or against none)? Two rates are the same only with the same
 * word (`inv` is `invånare`) and the same count, a missing count equal only to a missing one; rates are never converted. A plain number
 * (no unit, no share, no rate) is of the kind of a rate beside it, as of a unit.
 */
const olikaSlag = (x: Tal, v: Tal): boolean =>
  (x.enhet !== undefined
    ? v.enhet !== undefined
      ? x.enhet !== v.enhet
      : v.procent
    : v.enhet !== undefined && x.procent) || olikaPer(x, v);

/** Are X and v written per different things (see `olikaSlag`)? Money in kr, tkr, mnkr, mdkr may still differ. */
const olikaPer = (x: Tal, v: Tal): boolean =>
  x.per !== undefined && v.per !== undefined
    ? perOrd(x.per) !== perOrd(v.per) || x.per.antal !== v.per.antal
    : x.per !== undefined
      ? !arOmarkt(v)
      : v.per !== undefined && !arOmarkt(x);

/**
 * The reference unit (§2): the target's X; for a target without a number of its own (a trend, balans, a change in
 * %, a comparison) the utfall's. Undefined when no money is involved and every value (utfall, föregående,
 * gränsvärde, comparison values) is of the reference's kind: then nothing is converted. Money in any value calls
 * for the reference, so that `51,6 mnkr` as föregående beside a plain utfall is never compared as 51,6; so does a
 * value in another kind of unit (`6 timmar` as gränsvärde beside `Högst 5 dagar`), so that it is never compared as
 * a plain number, and a value per another base (`14 per 100 000 invånare` beside `Högst 12 per 1 000 invånare`). A
 * plain number beside a unit or a rate (`4` beside `Högst 5 dagar`) is of the same kind.
 */
function enhetsreferens(
  m: Malvarde,
  v: Tal,
  f: Tal | undefined,
  g: Tal | undefined,
  j: readonly Tal[] | undefined,
): Referens | undefined {
  const x = malTal(m);
  const ref = x ?? v;
  const behovs =
    harPengar(x) ||
    kraverReferens(ref, v) ||
    kraverReferens(ref, f) ||
    kraverReferens(ref, g) ||
    (j !== undefined && j.some((t) => kraverReferens(ref, t)));
  if (!behovs) return undefined;
  return x === undefined ? { tal: v, vad: "utfallet" } : { tal: x, vad: "målvärdet" };
}

/** Does the value `t` call for the reference `ref`: money, or a unit or rate of another kind? */
const kraverReferens = (ref: Tal, t: Tal | undefined): boolean =>
  t !== undefined && (harPengar(t) || olikaSlag(ref, t));

/**
 * `t` in the reference's money unit, or why it cannot be (as a reason written when read): an amount against a
 * plain non-zero number is not guessed (`38 000` against `Högst 40 mnkr`, `51,6 mnkr` as föregående against the
 * utfall `51 000`), and two different units are never compared, nor two different rates (`11 per 100 000
 * invånare` against `Högst 12 per 1 000 invånare`, `0,3 tkr` against `Högst 250 kr/inv`): money is converted only
 * per the same thing. A plain number beside a unit that is no money, or beside a rate, is read in it (`4` beside
 * `Högst 5 dagar`, `11` beside `Högst 12 per 1 000 invånare`).
 */
function iReferens(t: Tal, referens: Referens, vad: string): Tal | (() => string) {
  const ref = referens.tal;
  if (t.enhet === ref.enhet && !olikaSlag(ref, t)) return t;
  if (arPengaenhet(ref.enhet) && arPengaenhet(t.enhet) && !olikaPer(ref, t)) return iEnhet(t, ref.enhet);
  if (arOmarkt(t) && ref.enhet !== undefined && !arPengaenhet(ref.enhet)) return t;
  // A plain 0 is 0 in every unit.
  const plainNoll = (x: Tal) => x.varde === 0 && arOmarkt(x);
  if (plainNoll(t) || (referens.vad === "målvärdet" && plainNoll(ref))) return t;
  return () => enhetsfel(t, referens, vad);
}

/** Why `t` and the reference cannot be compared: a plain number against an amount, or two different units. */
function enhetsfel(t: Tal, referens: Referens, vad: string): string {
  const ref = referens.tal.enhet;
  const skrivet = formateraVarde(t);
  const namn = `${referens.vad} ${formateraVarde(referens.tal)}`;
  if (arPengaenhet(ref) && arOmarkt(t)) {
    return `${vad} ${skrivet} saknar enhet men ${namn} är ett belopp: skriv enheten (kr, tkr, mnkr eller mdkr)`;
  }
  if (arOmarkt(referens.tal) && arPengaenhet(t.enhet)) {
    const dar = referens.vad === "målvärdet" ? "i målvärdet" : "i utfallet";
    return `${vad} ${skrivet} är ett belopp men ${namn} saknar enhet: skriv enheten ${dar} (kr, tkr, mnkr eller mdkr)`;
  }
  return `Olika enheter: ${vad.toLowerCase()} ${skrivet}, ${namn}`;
}

/**
 * The limit, interval, band or trend the target sets; a string says why there is none. `jamforelse`: the
 * comparison values, already read in the percent scale and the reference unit of the check.
 */
function tillKrav(m: Malvarde, riktning: Riktning, f: Tal | undefined, jamforelse: readonly Tal[]): Krav | string {
  const hogre = riktning === "hogre";
  switch (m.typ) {
    case "grans":
      return { typ: "grans", op: m.op ?? (hogre ? ">=" : "<="), x: m.x };
    case "balans":
      return { typ: "grans", op: ">=", x: tal(0) };
    case "positivt":
      return { typ: "grans", op: ">", x: tal(0) };
    case "intervall":
    case "band":
      return m;
    case "trend":
      if (!f) return "Föregående värde saknas: en trend kan inte bedömas";
      return { typ: "trend", upp: m.upp, inklusive: m.inklusive === true, f };
    case "forandring": {
      if (!f) return "Föregående värde saknas: förändringen kan inte bedömas";
      const tecken = m.upp ? 1 : -1;
      const mal = m.satt === "procent" ? f.varde * (1 + tecken * m.x.varde) : f.varde + tecken * m.x.varde;
      return { typ: "grans", op: m.upp ? ">=" : "<=", x: medVarde(f, mal) };
    }
    case "bibehalla":
      if (!f) return "Föregående värde saknas: nivån kan inte jämföras";
      return { typ: "grans", op: hogre ? ">=" : "<=", x: f };
    case "jamforelse": {
      if (jamforelse.length === 0) return "Jämförelsevärden saknas";
      const varden = jamforelse.map((j) => j.varde);
      const t =
        m.satt === "medel"
          ? varden.reduce((a, b) => a + b, 0) / varden.length
          : hogre
            ? Math.max(...varden)
            : Math.min(...varden);
      // The comparison values share the check's unit and scale: X is written as they are.
      const x = medVarde(jamforelse[0], t);
      return { typ: "grans", op: hogre ? (m.strikt ? ">" : ">=") : m.strikt ? "<" : "<=", x };
    }
    case "olasbar":
      return m.orsak;
  }
}

/**
 * Is the gränsvärde on the right side of the target (beyond it, where delvis lies)? True: use it; false: it was
 * exactly 0 on the wrong side, which older Excel for Windows passes for an empty cell, so it is read as not given
 * (§6, §13.6); a string: it is on the wrong side, and the target cannot be judged. Undefined without a gränsvärde.
 */
function kontrolleraGransvarde(krav: Krav, g: Tal | undefined): boolean | (() => string) | undefined {
  if (g === undefined) return undefined;
  if (!fellagt(krav, g)) return true;
  return g.varde === 0 ? false : () => fellagtText(krav, g);
}

/** Does `g` lie on the wrong side of the target: inside the target, not beyond it? */
function fellagt(krav: Krav, g: Tal): boolean {
  switch (krav.typ) {
    case "grans": {
      const t = krav.x.varde;
      return (arTak(krav.op) ? g.varde < t : g.varde > t) && !lika(g.varde, t);
    }
    case "intervall":
      return lte(krav.fran.varde, g.varde) && lte(g.varde, krav.till.varde);
    case "band":
      return Math.abs(g.varde) < krav.x.varde && !lika(Math.abs(g.varde), krav.x.varde);
    case "trend":
      return false;
  }
}

function fellagtText(krav: Krav, g: Tal): string {
  const fmt = visning(
    krav.typ === "intervall"
      ? [
          [g, krav.fran],
          [g, krav.till],
        ]
      : "x" in krav
        ? [[g, krav.x]]
        : [],
  );
  switch (krav.typ) {
    case "intervall":
      return `Gränsvärdet ${fmt(g)} ligger inom målintervallet ${fmt(krav.fran)}–${fmt(krav.till)}`;
    case "band":
      return `Gränsvärdet ${fmt(g)} ligger innanför målvärdet ±${fmt(krav.x)}`;
    default:
      return `Gränsvärdet ${fmt(g)} ligger på fel sida om målvärdet ${"x" in krav ? fmt(krav.x) : ""}`;
  }
}

// ── The status rules (§7) ────────────────────────────────────────────────────────────────────────────────────

/** Has v moved toward the target since f (rule 3: then Delvis uppfyllt)? */
function forbattrat(fall: Fall): boolean {
  const { v, f, riktning } = fall;
  if (f === undefined || lika(v.varde, f.varde)) return false;
  return riktning === "hogre" ? v.varde > f.varde : v.varde < f.varde;
}

/** The delvis limit of a one-sided target: the gränsvärde, or the default band beyond t; t itself when none. */
function delvisgrans(fall: Fall, krav: Extract<Krav, { typ: "grans" }>): number {
  if (fall.g) return fall.g.varde;
  const t = krav.x.varde;
  return t + (arTak(krav.op) ? 1 : -1) * fall.delvisAndel * Math.abs(t);
}

/** The status of v against the requirement (§7). */
function bedomKrav(fall: Fall): Status {
  const { krav } = fall;
  const v = fall.v.varde;
  switch (krav.typ) {
    case "grans": {
      if (uppfyller(v, krav.op, krav.x.varde)) return UPPFYLLT;
      const grans = delvisgrans(fall, krav);
      if (grans !== krav.x.varde && uppfyller(v, arTak(krav.op) ? "<=" : ">=", grans)) return DELVIS;
      return forbattrat(fall) ? DELVIS : EJ_UPPFYLLT;
    }
    case "intervall": {
      const { fran, till } = krav;
      if (lte(fran.varde, v) && lte(v, till.varde)) return UPPFYLLT;
      if (lte(intervallgrans(fall, krav, "fran"), v) && lte(v, intervallgrans(fall, krav, "till"))) return DELVIS;
      return narmat(fall, krav) ? DELVIS : EJ_UPPFYLLT;
    }
    case "band": {
      if (lte(Math.abs(v), krav.x.varde)) return UPPFYLLT;
      // Beyond the band on the favourable side (a larger surplus than planned) is Delvis uppfyllt (§7).
      if (gynnsamSida(fall)) return DELVIS;
      if (lte(Math.abs(v), bandgrans(fall, krav))) return DELVIS;
      return forbattrat(fall) ? DELVIS : EJ_UPPFYLLT;
    }
    case "trend": {
      // No band: unchanged is Delvis uppfyllt, a move the wrong way Ej uppfyllt (§7).
      const f = krav.f.varde;
      if (uppfyller(v, trendOperator(krav), f)) return UPPFYLLT;
      return lika(v, f) ? DELVIS : EJ_UPPFYLLT;
    }
  }
}

const trendOperator = (krav: Extract<Krav, { typ: "trend" }>): Operator =>
  krav.upp ? (krav.inklusive ? ">=" : ">") : krav.inklusive ? "<=" : "<";

const gynnsamSida = (fall: Fall): boolean => (fall.riktning === "hogre" ? fall.v.varde > 0 : fall.v.varde < 0);

/** The outer limit of a band's delvis zone: |gränsvärde|, or the band widened by the default share. */
const bandgrans = (fall: Fall, krav: Extract<Krav, { typ: "band" }>): number =>
  fall.g ? Math.abs(fall.g.varde) : krav.x.varde * (1 + fall.delvisAndel);

/** The delvis limit below (`fran`) or above (`till`) an interval: a gränsvärde on that side, or the default band. */
function intervallgrans(fall: Fall, krav: Extract<Krav, { typ: "intervall" }>, sida: "fran" | "till"): number {
  const kant = krav[sida].varde;
  const g = fall.g?.varde;
  if (g !== undefined && (sida === "fran" ? g < krav.fran.varde : g > krav.till.varde)) return g;
  return kant + (sida === "fran" ? -1 : 1) * fall.delvisAndel * Math.abs(kant);
}

/** Has v come closer to the interval since f? */
function narmat(fall: Fall, krav: Extract<Krav, { typ: "intervall" }>): boolean {
  const f = fall.f?.varde;
  const v = fall.v.varde;
  if (f === undefined) return false;
  return v < krav.fran.varde ? f < v : f > v;
}

// ── The reason (§7: one Swedish line, usable in a report) ────────────────────────────────────────────────────

/** How one reason writes a value: every value of a reason with the same number of extra decimals. */
type Visa = (t: Tal) => string;

/**
 * The writer of one reason: as many decimals as it takes to show each pair of values the reason compares as two
 * different numbers (`6,51 %` against `6,50 %`, never "6,5 % är högre än 6,5 %"); pairs the judgement holds equal are
 * left out, so equal values read equal.
 */
function visning(par: readonly (readonly [Tal, Tal])[]): Visa {
  const olika = par.filter(([a, b]) => !lika(a.varde, b.varde));
  const extra = olika.length === 0 ? 0 : decimalerSomSkiljer(olika);
  return (t) => formateraVarde(t, extra);
}

/** The pairs of values the reason for `fall` compares: v with the target, its delvis limit and föregående. */
function jamfordaPar(fall: Fall): (readonly [Tal, Tal])[] {
  const { krav, v, f } = fall;
  const par: (readonly [Tal, Tal])[] = f ? [[v, f]] : [];
  switch (krav.typ) {
    case "grans":
      par.push([v, krav.x], [v, medVarde(krav.x, delvisgrans(fall, krav))]);
      break;
    case "intervall": {
      const under = v.varde < krav.fran.varde;
      const kant = krav[under ? "fran" : "till"];
      par.push(
        [v, krav.fran],
        [v, krav.till],
        [v, medVarde(kant, intervallgrans(fall, krav, under ? "fran" : "till"))],
      );
      break;
    }
    case "band": {
      const storlek = medVarde(v, Math.abs(v.varde));
      par.push([storlek, krav.x], [storlek, medVarde(krav.x, bandgrans(fall, krav))]);
      break;
    }
    case "trend":
      par.push([v, krav.f]);
      break;
  }
  return par;
}

/** Level words that read before the value: `cirka 7,0 %`. */
const NIVA_FORE: ReadonlySet<string> = new Set(["cirka", "ca", "ca.", "c:a", "ungefär"]);

/**
 * A value as the reason shows it: as judged, with how it was written when that differs (`55 (läst som 55 %)`,
 * `1,2 (läst som 120 %)`, `38 000 tkr (38 mnkr)`). A fraction up to 1 that the percent scale kept as it was is what
 * a cell formatted as % holds: shown as the percentage, without a note.
 */
function visa(t: Tal, skrivet: Tal | undefined, fmt: Visa): string {
  if (skrivet === undefined || skrivet === t) return fmt(t);
  if (skrivet.enhet !== t.enhet) return `${fmt(skrivet)} (${fmt(t)})`;
  if (skrivet.varde === t.varde && Math.abs(skrivet.varde) <= 1) return fmt(t);
  return `${fmt(skrivet)} (läst som ${lastSom(t)})`;
}

/** A share as `läst som` names it, without trailing zeros: `36 %`, `120 %`, `0,5 ‰`, `6 procentenheter`. */
function lastSom(t: Tal): string {
  if (t.procentenheter) return formateraVarde(t);
  const skala = t.promille ? 1000 : 100;
  const punkter = formateraVarde({ varde: t.varde * skala, procent: false });
  return `${punkter} ${t.promille ? "‰" : "%"}`;
}

function jamforOrd(v: number, t: number): string {
  if (lika(v, t)) return "är lika med";
  return v < t ? "är lägre än" : "är högre än";
}

/**
 * The target as the reason names it: `målvärdet 7,0 %`, `målvärdet cirka 7,0 %`, with where a derived one came
 * from; `harKalla`: the reason also names the phrase read from a sentence.
 */
function malText(fall: Fall, x: Tal, harKalla: boolean, fmt: Visa): string {
  const m = fall.malvarde;
  const f = fall.f;
  switch (m.typ) {
    case "grans":
      // "cirka 7,0 %" as reports write it; "uppnå"/"nå" after the value, unless the phrase is named anyway.
      if (m.ord !== undefined && NIVA_FORE.has(m.ord)) return `målvärdet ${m.ord} ${fmt(x)}`;
      return m.ord === undefined || harKalla ? `målvärdet ${fmt(x)}` : `målvärdet ${fmt(x)} (${m.ord})`;
    // Where 0 comes from, unless the reason names the phrase read from a sentence anyway.
    case "balans":
      return harKalla ? `målvärdet ${fmt(x)}` : `målvärdet ${fmt(x)} (budget i balans)`;
    case "positivt":
      return harKalla ? `målvärdet ${fmt(x)}` : `målvärdet ${fmt(x)} (positivt)`;
    case "forandring": {
      const fore = f ? visa(f, fall.skrivna?.f, fmt) : "";
      return `målvärdet ${fmt(x)} (föregående ${fore}, ${m.upp ? "öka" : "minska"} med ${formateraVarde(m.x)})`;
    }
    case "bibehalla":
      return `målvärdet ${fmt(x)} (bibehålla föregående nivå)`;
    case "jamforelse":
      return `målvärdet ${fmt(x)} (${m.satt === "medel" ? "jämförelsevärdenas medel" : "bästa jämförelsevärdet"})`;
    default:
      return `målvärdet ${fmt(x)}`;
  }
}

/** The note on a gränsvärde of 0 read as not given. */
const nollNot = (fall: Fall): string =>
  fall.gransNoll ? " (gränsvärdet 0 lästes som inget gränsvärde, så som äldre Excel skickar en tom cell)" : "";

const trendtext = (fall: Fall, fmt: Visa): string => {
  if (!fall.f) return "";
  return forbattrat(fall)
    ? ` men har förbättrats från ${visa(fall.f, fall.skrivna?.f, fmt)}`
    : ` och har inte förbättrats från ${visa(fall.f, fall.skrivna?.f, fmt)}`;
};

/** The reason behind `status` (§7), e.g. "Utfallet 10,5 % är högre än målvärdet 7,0 % (gränsvärde 7,7 %)". */
function motivera(fall: Fall, status: Status, harKalla: boolean): string {
  const { krav } = fall;
  const fmt = visning(jamfordaPar(fall));
  const v = fall.v.varde;
  const utfallet = `Utfallet ${visa(fall.v, fall.skrivna?.v, fmt)}`;
  switch (krav.typ) {
    case "grans": {
      const text = `${utfallet} ${jamforOrd(v, krav.x.varde)} ${malText(fall, krav.x, harKalla, fmt)}`;
      const grans = delvisgrans(fall, krav);
      const gransText = fmt(medVarde(krav.x, grans));
      if (status === UPPFYLLT) return text + nollNot(fall);
      if (grans !== krav.x.varde && uppfyller(v, arTak(krav.op) ? "<=" : ">=", grans)) {
        return `${text} men inom gränsvärdet ${gransText}${nollNot(fall)}`;
      }
      const band = grans !== krav.x.varde ? ` (gränsvärde ${gransText})` : "";
      return `${text}${band}${trendtext(fall, fmt)}${nollNot(fall)}`;
    }
    case "intervall": {
      const mal = `målintervallet ${fmt(krav.fran)}–${fmt(krav.till)}`;
      if (status === UPPFYLLT) return `${utfallet} ligger inom ${mal}${nollNot(fall)}`;
      const under = v < krav.fran.varde;
      const text = `${utfallet} ligger ${under ? "under" : "över"} ${mal}`;
      const grans = intervallgrans(fall, krav, under ? "fran" : "till");
      if (under ? lte(grans, v) : lte(v, grans)) {
        return `${text} men inom gränsvärdet ${fmt(medVarde(krav[under ? "fran" : "till"], grans))}${nollNot(fall)}`;
      }
      return (
        text +
        (narmat(fall, krav) && fall.f ? ` men har närmat sig från ${visa(fall.f, fall.skrivna?.f, fmt)}` : "") +
        nollNot(fall)
      );
    }
    case "band": {
      const mal = `målvärdet ±${fmt(krav.x)}`;
      if (status === UPPFYLLT) return `${utfallet} ligger inom ${mal}${nollNot(fall)}`;
      if (gynnsamSida(fall)) return `${utfallet} ligger utanför ${mal} men på den gynnsamma sidan`;
      const text = `${utfallet} ligger utanför ${mal}`;
      const grans = bandgrans(fall, krav);
      if (lte(Math.abs(v), grans))
        return `${text} men inom gränsvärdet ±${fmt(medVarde(krav.x, grans))}${nollNot(fall)}`;
      return text + trendtext(fall, fmt) + nollNot(fall);
    }
    case "trend": {
      const f = krav.f.varde;
      const text = `${utfallet} jämfört med föregående ${fall.f ? visa(fall.f, fall.skrivna?.f, fmt) : fmt(krav.f)}`;
      const ord = (upp: boolean) => (upp ? "ökning" : "minskning");
      const mal = krav.inklusive ? `ingen ${ord(!krav.upp)}` : ord(krav.upp);
      if (lika(v, f)) return `${text}: oförändrat${krav.inklusive ? `, målet är ${mal}` : ""}`;
      return `${text}: ${ord(v > f)}, målet är ${mal}`;
    }
  }
}
