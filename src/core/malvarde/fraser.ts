/**
 * The phrases of the målvärde grammar (spec §6), one function per row of the spec's table. Each reads one phrase
 * at a place in a text and says what it asks of v, the utfall. The same functions read a whole cell (`Max 1 %
 * budgetavvikelse`) and a phrase inside a sentence (`… ska vara god, högst 1 procent avvikelse.`), so the same
 * phrase gives the same target wherever it is written.
 */
import type { Riktning } from "../bedomning/riktning";
import {
  ARS_NIVA,
  AVVIKELSE_TILLAGG,
  AVVIKELSEORD,
  AVVIKELSESLUT,
  BANDTECKEN,
  EFTER_POSITIVT_SATSSLUT,
  FOREGAENDE_ORD,
  FORANDRING_FYLLORD,
  FORANDRING_MED,
  FORANDRING_TILL,
  FORANDRINGSSUBSTANTIV,
  FORANDRINGSVERB,
  INTE_BALANS_FORE,
  JAMFORT_MED,
  LEDORD,
  MELLAN,
  NEGATIONER,
  NEGATIV,
  SATSNEGATIONER,
  NEGATIV_AVVIKELSEORD,
  NIVAORD,
  OCH,
  OPERATORORD,
  OPERATORORD_EFTER,
  ORDMAL,
  OVERSKOTT_EFTER,
  OVERSKOTT_PA,
  RANGORD,
  RANGORD_BLAND,
  RANGORD_EFTER,
  TIDSENHETER,
  TIDSOPERATORORD,
  type Operator,
} from "../ordforrad";
import { formateraVarde } from "../tal/format";
import { medVarde, type Tal } from "../tal/tal";
import { arPengaenhet, iEnhet } from "../tal/pengar";
import {
  arTak,
  balans,
  band,
  bibehalla,
  forandring,
  grans,
  intervall,
  motsatt,
  olasbarMal,
  positivt,
  trend,
  type Malvarde,
} from "./malvarde";
import {
  arArtalsform,
  Fraslista,
  fraser,
  namnerJamforelsevarden,
  SKILJETECKEN,
  STRECK,
  type Ord,
  type TalOrd,
} from "./ord";

/** One phrase read from a text: its target, the riktning it states, and the words it covers. */
export interface Fras {
  readonly malvarde: Malvarde;
  readonly riktning?: Riktning;
  readonly start: number;
  readonly slut: number;
  /**
   * Can a negation before it turn it round? Only one-sided comparisons and trends can (§6): `inte över 5` is
   * v ≤ 5, `ska inte öka` is v ≤ f; a band, a level, a change or balans under a negation cannot be judged.
   */
  readonly negerbar: boolean;
  /**
   * The phrase a negation before it makes, when that is not this one turned round: `inte mer än 1 %
   * budgetavvikelse` is the band |v| ≤ 1 % (as `högst 1 % budgetavvikelse`), while `mer än 1 %` alone is v > 1 %.
   */
  readonly somNegerad?: Fras;
}

// The vocabulary as phrase lists, derived once.
/** An operator word: its comparison, and whether it compares durations only. */
interface Operatorord {
  readonly op: Operator;
  readonly tid: boolean;
}
const OPERATORER = new Fraslista<Operatorord>([
  ...(Object.entries(OPERATORORD) as [Operator, readonly string[]][]).flatMap(([op, ord]) =>
    ord.map((o) => [o, { op, tid: false }] as const),
  ),
  ...(Object.entries(TIDSOPERATORORD) as [Operator, readonly string[]][]).flatMap(([op, ord]) =>
    ord.map((o) => [o, { op, tid: true }] as const),
  ),
]);
const OPERATORER_EFTER = new Fraslista(
  (Object.entries(OPERATORORD_EFTER) as ["<=" | ">=", readonly string[]][]).flatMap(([op, ord]) =>
    ord.map((o) => [o, op] as const),
  ),
);
const AVVIKELSE = fraser(AVVIKELSEORD);
const NEGATIV_AVVIKELSE = fraser(NEGATIV_AVVIKELSEORD);
const AVVIKELSE_TILLAGGEN = fraser(AVVIKELSE_TILLAGG);
const NIVA = new Fraslista(NIVAORD.map((o) => [o, o] as const));
const NEGATION = fraser(NEGATIONER);
const SATSNEGATION = fraser(SATSNEGATIONER);
const LEDANDE = fraser(LEDORD);
/** The change verbs and nouns: `öka`, `minska`, `ökning`, `minskning`… (true: upward). */
const VERB = new Fraslista(
  (["upp", "ned"] as const).flatMap((riktning) =>
    [...FORANDRINGSVERB[riktning], ...FORANDRINGSSUBSTANTIV[riktning]].map((v) => [v, riktning === "upp"] as const),
  ),
);
const FOREGAENDE = fraser(FOREGAENDE_ORD);
const ARS = fraser(ARS_NIVA);
const RANG = fraser(RANGORD);
const RANG_BLAND = fraser(RANGORD_BLAND);
const RANG_EFTER = fraser(RANGORD_EFTER);
const FYLLORD = fraser(FORANDRING_FYLLORD);
const OVERSKOTT = fraser(OVERSKOTT_PA);
const OVERSKOTT_EFTER_X = fraser(OVERSKOTT_EFTER);
type Ordmalstyp = keyof typeof ORDMAL;
const ORDMALEN = new Fraslista(
  (Object.keys(ORDMAL) as Ordmalstyp[]).flatMap((typ) => ORDMAL[typ].map((o) => [o, typ] as const)),
);

/**
 * Every word a phrase can start with, derived from the lists above: the sentence search passes every other word
 * at once. A number can start an interval (`5–10`).
 */
const KAN_BORJA_FRAS: ReadonlySet<string> = new Set([
  ...[OPERATORER, NIVA, VERB, OVERSKOTT, ORDMALEN, RANG, RANG_BLAND].flatMap((lista) => [...lista.forstaOrd()]),
  BANDTECKEN,
  MELLAN,
  NEGATIV,
]);

/** Does word `o` name a deviation (`budgetavvikelse`, `avvikelsen`; not `avvikelser`)? */
const arAvvikelseord = (o: Ord | undefined): boolean =>
  o !== undefined && o.typ === "ord" && AVVIKELSESLUT.some((slut) => o.text.endsWith(slut));

/** The number at `i`, unless it is a year the sentence search skips. */
function talVid(text: readonly Ord[], i: number): TalOrd | undefined {
  const o = text[i];
  return o?.typ === "tal" && !o.artal ? o : undefined;
}

const riktningAv = (op: Operator): Riktning => (arTak(op) ? "lagre" : "hogre");

/**
 * The previous period at word `i`, named (`föregående år`, `fjolårets nivå`) or by a year (`2023 års nivå`): the index
 * just after it, or undefined.
 */
function foregaendeVid(text: readonly Ord[], i: number): number | undefined {
  const namn = FOREGAENDE.langsta(text, i);
  if (namn) return namn.slut;
  const ar = text[i];
  return ar?.typ === "tal" && ar.artal ? ARS.langsta(text, i + 1)?.slut : undefined;
}

/**
 * `Lägre än 2023`: a comparative with a year closing the text (ord.ts marks it a year), which compares with that
 * year's value, never a level of 2023: the reason says how to write it. `Fler än 2000 besök` keeps its number.
 */
function jamforMedAr(text: readonly Ord[], k: number): TalOrd | undefined {
  const o = text[k];
  return o?.typ === "tal" && o.artal && text[k - 1]?.text === "än" ? o : undefined;
}

/** v op f, as a trend: `högre än föregående år` is v > f, `minst fjolårets nivå` v ≥ f. */
const trendAv = (op: Operator): Malvarde => trend(op === ">" || op === ">=", op === ">=" || op === "<=");

/**
 * `≤ X`, `max X`, `lägre än X`, `uppgå till minst X`: v compared with X. The words after X may make the operator
 * compare the size of a deviation (§6, the phrase read whole): an upper limit (`max`, `högst`, `≤`, `under`) makes a
 * band (`max 1 % budgetavvikelse`: |v| ≤ X) or a deficit limit (`högst 3 mnkr underskott`: v ≥ −X), and so does a
 * lower limit under a negation (`inte mer än 1 % negativ budgetavvikelse`: v ≥ −X). A lower limit alone keeps its
 * number (`minst 1 % budgetavvikelse` is v ≥ 1 %). `etiketter` words may stand between the operator and X (`Minst
 * index 70`); only a whole text allows them.
 */
function operatorfras(text: readonly Ord[], i: number, etiketter: number): Fras | undefined {
  const operator = OPERATORER.langsta(text, i);
  if (!operator) return undefined;
  const { op, tid } = operator.varde;
  // `högre än föregående års nivå`, `lägre än 2023 års nivå`: the trend against föregående.
  const foregaende = tid ? undefined : foregaendeVid(text, operator.slut);
  if (foregaende !== undefined) return fras(trendAv(op), riktningAv(op), i, foregaende, true);
  let k = operator.slut;
  // A label names the measure (`index`, `NKI`), never the comparison values (`Högre än rikets värde 2023`).
  const etikett = (j: number) => !talVid(text, j) && text[j]?.typ === "ord" && !namnerJamforelsevarden(text, j);
  for (let n = 0; n < etiketter && etikett(k); n++) k++;
  const ar = jamforMedAr(text, k);
  if (ar) {
    const jamforelse = text
      .slice(i, k)
      .map((o) => o.text)
      .join(" ");
    const orsak =
      `Målvärdet jämför med året ${ar.text}, inte med ett värde: skriv till exempel "${jamforelse} föregående år", ` +
      `"${jamforelse} ${ar.text} års nivå" eller målvärdet som tal`;
    return fras(olasbarMal(orsak), undefined, i, k + 1, false);
  }
  const x = talVid(text, k);
  if (!x) return undefined;
  // `senast 14 dagar`, `snabbare än 30 dagar`: a duration only.
  if (tid && !(x.tal.enhet !== undefined && TIDSENHETER.includes(x.tal.enhet))) return undefined;
  const underskott = NEGATIV_AVVIKELSE.langsta(text, k + 1);
  const avvikelse = underskott ?? AVVIKELSE.langsta(text, k + 1);
  if (avvikelse) {
    const storlek = underskott ? underskottsfras(x.tal, i, avvikelse.slut) : bandfras(x.tal, i, avvikelse.slut);
    if (arTak(op)) return storlek;
    return { ...fras(grans(x.tal, op), riktningAv(op), i, k + 1, true), somNegerad: storlek };
  }
  // `minst 2 % överskott`: the surplus is X.
  const slut = OVERSKOTT_EFTER_X.langsta(text, k + 1)?.slut ?? k + 1;
  return fras(grans(x.tal, op), riktningAv(op), i, slut, true);
}

/**
 * X with its comparison after it: `95 % eller mer` (v ≥ X), `5 dagar eller färre` (v ≤ X), `2 mnkr i överskott`
 * (v ≥ X, as `överskott på X`).
 */
function efteroperatorfras(text: readonly Ord[], i: number): Fras | undefined {
  const x = talVid(text, i);
  if (!x) return undefined;
  const operator = OPERATORER_EFTER.langsta(text, i + 1);
  if (operator) return fras(grans(x.tal, operator.varde), riktningAv(operator.varde), i, operator.slut, true);
  const overskott = OVERSKOTT_EFTER_X.langsta(text, i + 1);
  return overskott ? fras(grans(x.tal, ">="), "hogre", i, overskott.slut, false) : undefined;
}

/** `±X`, `+/-X`, `±1 % budgetavvikelse`: |v| ≤ X; `±0` is budget i balans, v ≥ 0. */
function teckenbandfras(text: readonly Ord[], i: number): Fras | undefined {
  if (text[i]?.text !== BANDTECKEN) return undefined;
  const x = talVid(text, i + 1);
  if (!x) return undefined;
  const slut = AVVIKELSE.langsta(text, i + 2)?.slut ?? i + 2;
  return x.tal.varde === 0 ? fras(balans(), "hogre", i, slut, false) : bandfras(x.tal, i, slut);
}

const bandfras = (x: Tal, start: number, slut: number): Fras =>
  fras(band(medVarde(x, Math.abs(x.varde))), "hogre", start, slut, false);

/** v ≥ −X, the deficit limit of `max X negativ budgetavvikelse`; 0 − X, so that X = 0 is v ≥ 0 and not −0. */
const underskottsfras = (x: Tal, start: number, slut: number): Fras =>
  fras(grans(medVarde(x, 0 - Math.abs(x.varde)), ">="), "hogre", start, slut, false);

/**
 * A deviation named before its upper limit (§6, the band): `Budgetavvikelse max 1 %`, `Budgetavvikelsen får inte
 * överstiga 1 %`, `Prognosavvikelse högst 2 %`, `Avvikelse mot budget max 1 %` are |v| ≤ X, as `max 1 %
 * budgetavvikelse` is; `Negativ budgetavvikelse max 1 %` is v ≥ −X. Up to three lead words and negations may stand
 * between the noun and the operator; the negation turns the operator round (`inte överstiga` is ≤). A lower limit
 * (`Avvikelsen ska vara minst 0 %`) is no band: undefined, so the operator is read alone.
 */
function avvikelsefras(text: readonly Ord[], i: number): Fras | undefined {
  const negativ = text[i]?.text === NEGATIV;
  const substantiv = negativ ? i + 1 : i;
  if (!arAvvikelseord(text[substantiv])) return undefined;
  let k = AVVIKELSE_TILLAGGEN.langsta(text, substantiv + 1)?.slut ?? substantiv + 1;
  let negerad = false;
  for (let n = 0; n < 3 && text[k] !== undefined; n++, k++) {
    if (NEGATION.har(text, k)) negerad = !negerad;
    else if (!LEDANDE.har(text, k) && text[k].text !== ":") break;
  }
  const operator = OPERATORER.langsta(text, k);
  if (!operator || operator.varde.tid) return undefined;
  const op = negerad ? motsatt(operator.varde.op) : operator.varde.op;
  const x = talVid(text, operator.slut);
  if (!x || !arTak(op)) return undefined;
  return negativ ? underskottsfras(x.tal, i, operator.slut + 1) : bandfras(x.tal, i, operator.slut + 1);
}

/**
 * A rank, where 1 is best (§6): `Topp 100`, `Plats 150 eller bättre`, `Bland de 50 bästa` are v ≤ X, lower is
 * better. A share of the best (`Bland de 25 % bästa kommunerna`, `Topp 10 %`) is no rank: it cannot be judged from a
 * value, and the phrase says why.
 */
function rangfras(text: readonly Ord[], i: number): Fras | undefined {
  const fore = RANG.langsta(text, i);
  const bland = fore ? undefined : RANG_BLAND.langsta(text, i);
  const start = fore ?? bland;
  const x = start && talVid(text, start.slut);
  if (!start || !x || x.tal.enhet !== undefined) return undefined;
  const efter = RANG_EFTER.langsta(text, start.slut + 1);
  if (bland && !efter) return undefined;
  const slut = efter?.slut ?? start.slut + 1;
  if (x.tal.procent) {
    const orsak =
      `Målvärdet anger en andel av de bästa (${formateraVarde(x.tal)}), inte en placering: ` +
      `skriv målet som en placering (plats 50 eller bättre) eller som ett värde`;
    return fras(olasbarMal(orsak), undefined, i, slut, false);
  }
  return fras(grans(x.tal, "<="), "lagre", i, slut, false);
}

/**
 * `X–Y`, `X - Y %`, `mellan X och Y`: X ≤ v ≤ Y. A % or unit at one end holds for the other; ends in two money
 * units are converted, in two other units no interval. Two years (`mellan 2019 och 2020`) are a period, not a target.
 */
function intervallfras(text: readonly Ord[], i: number): Fras | undefined {
  const mellan = text[i]?.text === MELLAN;
  const a = talVid(text, mellan ? i + 1 : i);
  const skiljer = text[mellan ? i + 2 : i + 1];
  const b = talVid(text, mellan ? i + 3 : i + 2);
  if (!a || !b || !skiljer || skiljer.typ === "tal") return undefined;
  if (mellan ? skiljer.text !== OCH : !STRECK.has(skiljer.text)) return undefined;
  if (arArtalsform(a) && arArtalsform(b)) return undefined;
  // Ends in different units are no interval (`90 mkr – 15 %` compares nothing), but for money, converted (§2).
  const enhet = (t: Tal) => (t.procent ? (t.promille ? "‰" : "%") : t.enhet);
  const [ea, eb] = [enhet(a.tal), enhet(b.tal)];
  const pengar = arPengaenhet(a.tal.enhet) && arPengaenhet(b.tal.enhet);
  if (ea !== undefined && eb !== undefined && ea !== eb && !pengar) return undefined;
  // A % or a unit written at one end holds for the other: `5–10 %`, `5 % – 10`.
  const [fran, till] = pengar
    ? [iEnhet(a.tal, b.tal.enhet ?? "kr"), b.tal]
    : [medEnhetFran(a.tal, b.tal), medEnhetFran(b.tal, a.tal)];
  return fras(intervall(fran, till), undefined, i, (mellan ? i + 3 : i + 2) + 1, false);
}

/** `t` with the share or unit of `annan` when `t` is written without one. */
function medEnhetFran(t: Tal, annan: Tal): Tal {
  if (annan.procent && !t.procent) {
    const { procent, promille, procentenheter } = annan;
    return {
      varde: t.varde / (promille ? 1000 : 100),
      procent,
      ...(promille && { promille }),
      ...(procentenheter && { procentenheter }),
    };
  }
  return annan.enhet && !t.enhet && !t.procent ? { ...t, enhet: annan.enhet } : t;
}

/** `cirka 7 %`, `ca X`, `ungefär X`, `uppnå X`, `nå X`: the level X in the riktning, the word kept for the reason. */
function nivafras(text: readonly Ord[], i: number): Fras | undefined {
  const niva = NIVA.langsta(text, i);
  const x = niva && talVid(text, niva.slut);
  return x ? fras(grans(x.tal, undefined, niva.varde), undefined, i, niva.slut + 1, false) : undefined;
}

/**
 * A form of `öka`/`höja`/`minska`/`sänka` or its noun (`ökning`, `minskning`…), within three words followed by `med
 * X` (a change: `Minska sjukfrånvaron med 10 %` is v ≤ f·0,9, `Minskning med 20 %` v ≤ f·0,8; X in procentenheter,
 * v ≤ f − X) or by `till X` (a level: `Öka andelen till 90 %` is v ≥ 90 %, also `till cirka 90 %`; `till högst
 * 7 %` takes the operator).
 */
function forandringsfras(text: readonly Ord[], i: number): Fras | undefined {
  const verb = VERB.langsta(text, i);
  if (!verb) return undefined;
  const upp = verb.varde;
  for (let k = verb.slut; k <= verb.slut + 3 && text[k]?.typ === "ord"; k++) {
    const binder = text[k].text;
    if (binder === FORANDRING_MED && !JAMFORT_MED.includes(text[k - 1].text)) {
      const j = FYLLORD.langsta(text, k + 1)?.slut ?? k + 1;
      const x = talVid(text, j);
      if (!x) continue; // "med godkänt": not this verb's number
      const satt = x.tal.procentenheter ? "procentenheter" : x.tal.procent ? "procent" : "antal";
      return fras(forandring(upp, x.tal, satt), upp ? "hogre" : "lagre", i, j + 1, false);
    }
    if (binder === FORANDRING_TILL) {
      const operator = OPERATORER.langsta(text, k + 1);
      const j = operator?.slut ?? FYLLORD.langsta(text, k + 1)?.slut ?? k + 1;
      const x = talVid(text, j);
      if (!x) continue; // "till 2025" is a year, "till alla" no number
      const op = operator?.varde.op ?? (upp ? ">=" : "<=");
      return fras(grans(x.tal, op), riktningAv(op), i, j + 1, false);
    }
  }
  return undefined;
}

/** `överskott på 2 mnkr`: v ≥ X; `överskott på minst X` takes the operator. */
function overskottfras(text: readonly Ord[], i: number): Fras | undefined {
  const overskott = OVERSKOTT.langsta(text, i);
  if (!overskott) return undefined;
  const operator = OPERATORER.langsta(text, overskott.slut);
  const j = operator?.slut ?? overskott.slut;
  const x = talVid(text, j);
  if (!x) return undefined;
  const op = operator?.varde.op ?? ">=";
  return fras(grans(x.tal, op), riktningAv(op), i, j + 1, false);
}

/**
 * Targets in words (§6): `budget i balans` (v ≥ 0), `positivt resultat` (v > 0), `ökar` / `minska` (v > f, v < f;
 * every form of the change verbs and nouns counts), `bibehålla` (v ≥ f). Readings that would be wrong are left out:
 * `positivt` describing another noun (`ett positivt bemötande`), `balans mellan arbete och fritid`. Balans reads the
 * same inside a sentence as alone (§6: the same phrase gives the same status alone and in a sentence).
 */
function ordmalfras(text: readonly Ord[], i: number): Fras | undefined {
  const verb = VERB.langsta(text, i);
  if (verb) return fras(trend(verb.varde), verb.varde ? "hogre" : "lagre", i, verb.slut, true);
  const ord = ORDMALEN.langsta(text, i);
  if (!ord) return undefined;
  const efter = text[ord.slut];
  const ordEfter = efter?.typ === "ord" ? efter.text : undefined;
  switch (ord.varde) {
    case "balans":
      if (ordEfter !== undefined && INTE_BALANS_FORE.includes(ordEfter)) return undefined;
      return fras(balans(), "hogre", i, ord.slut, false);
    case "positivt":
      const ensamt = text[ord.slut - 1].text === "positivt";
      if (ensamt && ordEfter !== undefined && !EFTER_POSITIVT_SATSSLUT.includes(ordEfter)) {
        return undefined;
      }
      return fras(positivt(), "hogre", i, ord.slut, false);
    case "okar":
      return fras(trend(true), "hogre", i, ord.slut, true);
    case "bibehalla":
      return fras(bibehalla(), undefined, i, ord.slut, false);
  }
}

function fras(
  malvarde: Malvarde,
  riktning: Riktning | undefined,
  start: number,
  slut: number,
  negerbar: boolean,
): Fras {
  return { malvarde, riktning, start, slut, negerbar };
}

/**
 * The longest phrase of the grammar that starts at word `i`, or undefined. `helText`: the text is read whole (lead
 * words and one phrase), where up to two label words may stand between an operator and its number (`Minst NKI 75`)
 * and `i balans` is always budget balance; false inside a sentence.
 */
export function lasFras(text: readonly Ord[], i: number, helText = false): Fras | undefined {
  const o = text[i];
  if (o === undefined || (o.typ !== "tal" && !KAN_BORJA_FRAS.has(o.text) && !arAvvikelseord(o))) return undefined;
  let basta: Fras | undefined;
  for (const kandidat of [
    operatorfras(text, i, helText ? 2 : 0),
    efteroperatorfras(text, i),
    teckenbandfras(text, i),
    intervallfras(text, i),
    nivafras(text, i),
    forandringsfras(text, i),
    overskottfras(text, i),
    ordmalfras(text, i),
    avvikelsefras(text, i),
    rangfras(text, i),
  ]) {
    if (kandidat && (!basta || kandidat.slut > basta.slut)) basta = kandidat;
  }
  return basta;
}

/**
 * The negation (`inte`, `ej`, `icke`, `aldrig`) among the three words before word `i`, within its clause, or
 * `ingen`/`inget`/`inga` anywhere before it in its clause; its index, or -1. `Andelen får aldrig bli högre än 10 %`:
 * `aldrig` stands two words before `högre än`; `Ingen brukare ska ha fler än 15`: `ingen` negates its clause.
 */
export function negationFore(text: readonly Ord[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (text[k].typ === "tecken" && SKILJETECKEN.has(text[k].text)) return -1;
    if (k >= i - 3 ? NEGATION.har(text, k) : SATSNEGATION.har(text, k)) return k;
  }
  return -1;
}

/** Is word `i` a negation? */
export const arNegation = (text: readonly Ord[], i: number): boolean => NEGATION.har(text, i);

/**
 * A phrase under a negation, turned round: not v > X is v ≤ X, not `öka` is v ≤ f, not `minska` is v ≥ f, and
 * `inte mer än 1 % budgetavvikelse` the band of `somNegerad`.
 * Undefined when the phrase cannot be negated (a band, a level, a change, balans, positivt, bibehålla).
 */
export function negera(f: Fras): Fras | undefined {
  if (!f.negerbar) return undefined;
  if (f.somNegerad) return f.somNegerad;
  const m = f.malvarde;
  if (m.typ === "grans" && m.op !== undefined) {
    const op = motsatt(m.op);
    return { ...f, malvarde: grans(m.x, op), riktning: riktningAv(op) };
  }
  if (m.typ === "trend") return { ...f, malvarde: trend(!m.upp, true), riktning: m.upp ? "lagre" : "hogre" };
  return undefined;
}
