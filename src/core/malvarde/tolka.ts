/** The målvärde grammar of spec §6: text as real reports write it → a structured target. */
import { efterPrefix, lasPrefix, OPERATORER_REGEX, OPERATORSTAVNINGAR, ORDMAL, type Prefixregel } from "./ord";
import { arMarkorNormaliserad, kanBorjaTal, lasTalIText, medVarde, tal, TalLasare, type Tal } from "../tal/tal";
import {
  arGemenBokstav,
  BLANKSTEG,
  gemenAv,
  harVersal,
  harVid,
  kod,
  SIFFRA,
  TECKEN,
  teckenmask,
  VERSAL,
  vikbehov,
  vikBlanksteg,
} from "../tal/text";
import {
  balans,
  band,
  grans,
  intervall,
  jamforelse,
  olasbarMal,
  forandring,
  arTak,
  tolkat,
  type Malvarde,
  type TolkatMalvarde,
} from "./malvarde";
import type { Cellvarde } from "../tal/cell";

const B = "(?<![a-zåäö0-9])";
const E = "(?![a-zåäö])";
// What may follow the number, compared whole with the rest of the text (cheaper than a regex per text).
const AVVIKELSER = ["avvikelse", "budgetavvikelse", "avvikelse mot budget", "budgetavvikelse mot budget"];
const NEGATIV_AVVIKELSE = [" underskott", ...AVVIKELSER.map((a) => ` negativ ${a}`)];
const MAX_AVVIKELSE = AVVIKELSER.flatMap((a) => [` ${a}`, ` i ${a}`]);
const BAND_AVVIKELSE = ["", ...AVVIKELSER.map((a) => ` ${a}`)];
const PROCENTENHETER = ["procentenheter", "procentenhet", "pe"].flatMap((p) => [p, ` ${p}`]);

/** Is the rest of `s` from `i` exactly one of `slut`? */
function resten(s: string, i: number, slut: readonly string[]): boolean {
  const kvar = s.length - i;
  // An empty ending matches without a call: endsWith("") costs V8 as much as a short comparison.
  for (const e of slut) if (e.length === kvar && (kvar === 0 || s.endsWith(e))) return true;
  return false;
}

const JAMFORELSE = /jämförelsekommun|jämförbara kommuner|riket|rikssnitt|snittet|genomsnitt|medelvärdet/;
const FRAS = new RegExp(
  `${B}(?:(?:${OPERATORER_REGEX})${E} ?(?=[+\\-−–]?\\d)|(?:ska )?(?:ökar|öka|ökning|minskar|minska|minskning|förbättras)${E}(?: med ?(?=\\d))?)`,
  "g",
);

/**
 * Folds white space, case and the operator spellings (≤ <= =<, ≥ >= =>, ±, +/-) of `text`, whose `vikbehov`
 * with OPERATORTECKEN is `behov`: each fold runs only when the one scan found something for it.
 */
function normaliseraMalvarde(text: string, behov: number): string {
  let s = behov & BLANKSTEG ? vikBlanksteg(text) : text;
  if (behov & VERSAL) s = s.toLowerCase();
  if (behov & TECKEN) s = stavaOperatorer(s);
  return kod(s, s.length - 1) === 46 && !s.endsWith("st.") ? s.slice(0, -1).trimEnd() : s;
}

// Only the first characters: a text with "-" or "/" alone (5-10, 1/2) has no spelling to fold.
const OPERATORTECKEN = teckenmask(
  Object.keys(OPERATORSTAVNINGAR)
    .map((t) => t.charAt(0))
    .join(""),
);

/** <= =< → ≤, >= => → ≥, +/- +- → ±, left to right; the text itself when it has none. */
function stavaOperatorer(s: string): string {
  let ut = "";
  let fran = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const stavning = STAVNINGAR.find((t) => harVid(s, i, t));
    if (stavning === undefined) continue;
    ut += s.slice(fran, i) + OPERATORSTAVNINGAR[stavning];
    fran = i + stavning.length;
    i = fran - 1;
  }
  return fran === 0 ? s : ut + s.slice(fran);
}

/** The spellings, longest first: "+/-" before "+-". */
const STAVNINGAR = Object.keys(OPERATORSTAVNINGAR).sort((a, b) => b.length - a.length);

const SAKNAS: TolkatMalvarde = Object.freeze(tolkat(Object.freeze(olasbarMal("Målvärde saknas"))));

/** Reads a målvärde (number or text). Never throws: unreadable text gives `olasbar`. */
export function tolkaMalvarde(malvarde: string | number): TolkatMalvarde {
  if (typeof malvarde === "number") {
    return Number.isFinite(malvarde) ? tolkat(grans(tal(malvarde))) : olasbar("Målvärdet är inget giltigt tal");
  }
  // The grammar reads only normal form (lower case, single spaces, ≤ ≥ ±). Most målvärden are in it as written,
  // or but for a capital first letter ("Max 1 %", "Ökar"), which the exact reader folds itself: they never pay
  // for the folding scan or for toLowerCase.
  const c0 = kod(malvarde, 0);
  const direkt = tolkaExakt(malvarde, harVersal(c0) ? gemenAv(c0) : c0);
  if (direkt) return direkt;
  const behov = vikbehov(malvarde, OPERATORTECKEN);
  const s = normaliseraMalvarde(malvarde, behov);
  if (s === "") return SAKNAS;
  // No marker (I.U, -, ..) reads as a target, so the marker test can wait until the grammar fails.
  const hel = (s !== malvarde && tolkaExakt(s, kod(s, 0))) || (behov & SIFFRA ? undefined : tolkaJamforelse(s));
  if (hel) return hel;
  if (arMarkorNormaliserad(s)) return SAKNAS;
  return tolkaMening(s, malvarde);
}

/** Reads a målvärde cell as Excel passes it; blank is "Målvärde saknas", SANT/FALSKT cannot be read. */
export function tolkaMalvardeCell(cell: Cellvarde): TolkatMalvarde {
  if (typeof cell === "number" || typeof cell === "string") return tolkaMalvarde(cell);
  if (typeof cell === "boolean") return olasbar(`Kan inte läsa målvärdet "${cell ? "SANT" : "FALSKT"}"`);
  return tolkaMalvarde("");
}

function medRiktning(malvarde: Malvarde): TolkatMalvarde {
  switch (malvarde.typ) {
    case "grans":
      if (malvarde.op === undefined) return tolkat(malvarde);
      return tolkat(malvarde, arTak(malvarde.op) ? "lagre" : "hogre");
    case "trend":
    case "forandring":
      return tolkat(malvarde, malvarde.upp ? "hogre" : "lagre");
    case "balans":
    case "band":
      return tolkat(malvarde, "hogre");
    default:
      return tolkat(malvarde);
  }
}

/** Each module reads with its own number reader; its fields hold the number read last. */
const LASARE = new TalLasare();

/**
 * The grammar of whole texts in normal form: a number, an operator word and a number (and what may follow it),
 * an interval or a target in words. `s` is in normal form but for its first code unit, whose lower case is `c0`
 * (-1 for one the reader does not fold). Reads each character about once, allocating only what it returns.
 */
function tolkaExakt(s: string, c0: number): TolkatMalvarde | undefined {
  const l = LASARE;
  // Nothing but a number or an interval starts with a number.
  if (kanBorjaTal(c0) && l.las(s, 0)) {
    if (l.slut === s.length) return tolkat(grans(l.tal()));
    const skiljetecken = streck(s, l.slut);
    return skiljetecken ? intervallTill(s, l.tal(), l.slut + skiljetecken) : undefined;
  }
  const prefix = lasPrefix(s, c0);
  if (prefix && l.las(s, efterPrefix(s, prefix))) {
    const malvarde = medPrefix(s, prefix.regel, l.tal(), l.slut);
    if (malvarde) return medRiktning(malvarde);
  }
  // Word targets hold no number, so a text a prefix rule read is never one of them. They are listed also with a
  // capital first letter.
  const ord = ORDMAL.get(s);
  if (ord) return ord;
  if (harVid(s, 0, MELLAN) && l.las(s, MELLAN.length) && harVid(s, l.slut, OCH)) {
    return intervallTill(s, l.tal(), l.slut + OCH.length);
  }
  return undefined;
}

const MELLAN = "mellan ";
const OCH = " och ";

/** The target a prefix rule, its number x (ending at `slut`) and what follows make, if the rule fits. */
function medPrefix(s: string, regel: Prefixregel, x: Tal, slut: number): Malvarde | undefined {
  switch (regel.typ) {
    case "grans":
      if (regel.max && resten(s, slut, NEGATIV_AVVIKELSE)) return grans(medVarde(x, -x.varde), ">=");
      if (regel.max && resten(s, slut, MAX_AVVIKELSE)) return band(x);
      return slut === s.length ? grans(x, regel.op) : undefined;
    case "band":
      if (!resten(s, slut, BAND_AVVIKELSE)) return undefined;
      return x.varde === 0 ? balans() : band(medVarde(x, Math.abs(x.varde)));
    case "forandring": {
      const procentenheter = slut < s.length;
      if (procentenheter && !resten(s, slut, PROCENTENHETER)) return undefined;
      const satt = procentenheter ? "procentenheter" : x.procent ? "procent" : "antal";
      return forandring(regel.upp, procentenheter ? tal(x.varde / 100, true) : x, satt);
    }
  }
}

/** An interval ("5–10", "5 - 10 %", "mellan 5 och 10 %") whose second number runs from `start` to the end. */
function intervallTill(s: string, fran: Tal, start: number): TolkatMalvarde | undefined {
  const l = LASARE;
  if (!l.las(s, start) || l.slut !== s.length) return undefined;
  let a = fran;
  const b = l.tal();
  if (b.procent && !a.procent) a = tal(a.varde / 100, true);
  if (b.enhet && !a.enhet) a = tal(a.varde, a.procent, b.enhet);
  return tolkat(a.varde <= b.varde ? intervall(a, b) : intervall(b, a));
}

/** The length of a dash (–, -, −) at i with an optional space either side; 0 when there is none. */
function streck(s: string, i: number): number {
  let j = kod(s, i) === 32 ? i + 1 : i;
  const c = kod(s, j);
  if (c !== 0x2013 && c !== 45 && c !== 0x2212) return 0;
  j++;
  return (kod(s, j) === 32 ? j + 1 : j) - i;
}

/** "Bättre än jämförelsekommunerna", "minst rikssnittet" in `s`, which holds no digit: the target is the others'. */
function tolkaJamforelse(s: string): TolkatMalvarde | undefined {
  if (!JAMFORELSE.test(s)) return undefined;
  const medel = /riket|rikssnitt|snittet|genomsnitt|medelvärdet/.test(s) && !/bästa/.test(s);
  const strikt = /bättre än|högre än|lägre än|över|under/.test(s) && !/≥|≤|minst|lika/.test(s);
  const malvarde = jamforelse(medel ? "medel" : "basta", strikt);
  if (/högre än|över/.test(s)) return tolkat(malvarde, "hogre");
  if (/lägre än|under/.test(s)) return tolkat(malvarde, "lagre");
  return tolkat(malvarde);
}

/**
 * A target inside a sentence: exactly one phrase of the grammar, else exactly one number.
 * Messages quote `text` as the user wrote it (white space folded).
 */
function tolkaMening(s: string, text: string): TolkatMalvarde {
  const fraser: RegExpExecArray[] = [];
  FRAS.lastIndex = 0;
  for (let m = FRAS.exec(s); m && fraser.length < 2; m = FRAS.exec(s)) fraser.push(m);
  if (fraser.length > 1) {
    return olasbar(`Målvärdet "${vikBlanksteg(text)}" innehåller flera mål och kan inte bedömas med ett utfall`);
  }
  if (fraser.length === 1) {
    const start = fraser[0].index;
    const tal = lasTalIText(s, start + fraser[0][0].length);
    const slut = tal ? tal.slut : start + fraser[0][0].length;
    const fras = s.slice(start, slut).trim();
    // A phrase is an operator or a trend word and its number: never a comparison in words.
    const hel = tolkaExakt(fras, kod(fras, 0));
    if (hel) return tolkat(hel.malvarde, hel.riktning, fras);
  }
  const tal = hittaTal(s, 2);
  if (tal.length === 1) {
    const { start, slut } = tal[0];
    const { enhet, procent } = tal[0].tal;
    // The word after a bare number names what is counted: "120 tillsyner".
    let ordSlut = slut;
    if (!enhet && !procent) {
      const forsta = kod(s, slut) === 32 ? slut + 1 : slut;
      let i = forsta;
      while (arGemenBokstav(kod(s, i))) i++;
      if (i > forsta) ordSlut = i;
    }
    return tolkat(grans(tal[0].tal), undefined, s.slice(start, ordSlut));
  }
  return olasbar(
    tal.length === 0
      ? `Kan inte läsa målvärdet "${vikBlanksteg(text)}"`
      : `Målvärdet "${vikBlanksteg(text)}" innehåller flera tal och kan inte bedömas`,
  );
}

/** Where a number may start in a sentence from index `fran`: a digit not inside a word or another number; -1 if none. */
function nastaTalstart(s: string, fran: number): number {
  for (let i = fran; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const fore = i === 0 ? -1 : s.charCodeAt(i - 1);
    const iOrd = arGemenBokstav(fore) || (fore >= 48 && fore <= 57);
    if (!iOrd && fore !== 46 && fore !== 44 && fore !== 45 && fore !== 0x2013) return i;
  }
  return -1;
}

/** The numbers of a sentence, at most `hogst` of them (enough to tell one from several). */
function hittaTal(s: string, hogst: number): { tal: Tal; start: number; slut: number }[] {
  const hittade: { tal: Tal; start: number; slut: number }[] = [];
  for (let start = nastaTalstart(s, 0); start >= 0 && hittade.length < hogst;) {
    const tal = lasTalIText(s, start);
    if (tal) hittade.push({ tal: tal.tal, start, slut: tal.slut });
    start = nastaTalstart(s, tal ? tal.slut : start + 1);
  }
  return hittade;
}

const olasbar = (orsak: string): TolkatMalvarde => tolkat(olasbarMal(orsak));
