/** The målvärde grammar of spec §6: text as real reports write it → a structured target. */
import { lasPrefix, OPERATORER_REGEX, ORDMAL, type Prefixregel } from "./malord";
import { arMarkorNormaliserad, lasTalIText, type Tal } from "./tal";
import { gemener, vikBlanksteg } from "./text";
import type { Riktning } from "./riktning";
import type { Cellvarde } from "./varde";

export type Operator = "<=" | "<" | ">=" | ">";

export type Malvarde =
  /** v op x; op undefined for a number alone (direction from riktning). */
  | { readonly typ: "grans"; readonly op?: Operator; readonly x: Tal }
  | { readonly typ: "intervall"; readonly fran: Tal; readonly till: Tal }
  /** |v| ≤ x */
  | { readonly typ: "band"; readonly x: Tal }
  /** v ≥ 0 */
  | { readonly typ: "balans" }
  /** v > f (upp) or v < f */
  | { readonly typ: "trend"; readonly upp: boolean }
  | {
      readonly typ: "forandring";
      readonly upp: boolean;
      readonly x: Tal;
      readonly satt: "procent" | "procentenheter" | "antal";
    }
  | { readonly typ: "bibehalla" }
  | { readonly typ: "jamforelse"; readonly satt: "basta" | "medel"; readonly strikt: boolean }
  | { readonly typ: "olasbar"; readonly orsak: string };

export interface TolkatMalvarde {
  readonly malvarde: Malvarde;
  /** Riktning the text itself states (≤ → lower is better...). */
  readonly riktning?: Riktning;
  /** The phrase read from a sentence, when the target was found inside longer text. */
  readonly kalla?: string;
}

const B = "(?<![a-zåäö0-9])";
const E = "(?![a-zåäö])";
const AVVIKELSE = "(?:budget)?avvikelse(?: mot budget)?";

// Suffixes after the number, read in place (sticky) rather than on a copy of the rest of the text.
const NEGATIV_AVVIKELSE = new RegExp(` (?:negativ ${AVVIKELSE}|underskott)$`, "y");
const MAX_AVVIKELSE = new RegExp(` (?:i )?${AVVIKELSE}$`, "y");
const BAND_AVVIKELSE = new RegExp(`(?: ${AVVIKELSE})?$`, "y");
const PROCENTENHETER = /(?: ?(procentenheter|procentenhet|pe))?$/y;

const efter = (re: RegExp, s: string, i: number): RegExpExecArray | null => {
  re.lastIndex = i;
  return re.exec(s);
};

const JAMFORELSE = /jämförelsekommun|jämförbara kommuner|riket|rikssnitt|snittet|genomsnitt|medelvärdet/;
const FRAS = new RegExp(
  `${B}(?:(?:${OPERATORER_REGEX})${E} ?(?=[+\\-−–]?\\d)|(?:ska )?(?:ökar|öka|ökning|minskar|minska|minskning|förbättras)${E}(?: med ?(?=\\d))?)`,
  "g",
);

/** Folds white space, case and the operator spellings (≤ <= =<, ≥ >= =>, ±, +/-). */
export function normaliseraMalvarde(text: string): string {
  let s = gemener(vikBlanksteg(text));
  if (OPERATORTECKEN.test(s))
    s = s
      .replace(/<=|=</g, "≤")
      .replace(/>=|=>/g, "≥")
      .replace(/\+\/-|\+-/g, "±");
  return s.endsWith(".") && !s.endsWith("st.") ? s.slice(0, -1).trimEnd() : s;
}

const OPERATORTECKEN = /[<>=]|\+[-/]/;

/** Reads a målvärde (number or text). Never throws: unreadable text gives `olasbar`. */
export function tolkaMalvarde(malvarde: string | number): TolkatMalvarde {
  if (typeof malvarde === "number") {
    return Number.isFinite(malvarde)
      ? { malvarde: { typ: "grans", x: { varde: malvarde, procent: false } } }
      : { malvarde: { typ: "olasbar", orsak: "Målvärdet är inget giltigt tal" } };
  }
  const s = normaliseraMalvarde(malvarde);
  if (s === "" || arMarkorNormaliserad(s)) return { malvarde: { typ: "olasbar", orsak: "Målvärde saknas" } };
  const hel = tolkaHelText(s);
  if (hel) return hel;
  return tolkaMening(s, vikBlanksteg(malvarde));
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
      if (malvarde.op === undefined) return { malvarde };
      return { malvarde, riktning: malvarde.op[0] === "<" ? "lagre" : "hogre" };
    case "trend":
    case "forandring":
      return { malvarde, riktning: malvarde.upp ? "hogre" : "lagre" };
    case "balans":
    case "band":
      return { malvarde, riktning: "hogre" };
    default:
      return { malvarde };
  }
}

function tolkaHelText(s: string): TolkatMalvarde | undefined {
  const ensamt = lasTalIText(s, 0);
  if (ensamt && ensamt.slut === s.length) return { malvarde: { typ: "grans", x: ensamt.tal } };
  const ord = ORDMAL.get(s);
  if (ord) return ord;
  const prefix = lasPrefix(s);
  const tal = prefix && lasTalIText(s, prefix.slut);
  if (tal) {
    const malvarde = medPrefix(s, prefix.regel, tal.tal, tal.slut);
    if (malvarde) return medRiktning(malvarde);
  }
  const intervall = tolkaIntervall(s);
  if (intervall) return { malvarde: intervall };
  if (JAMFORELSE.test(s) && !/\d/.test(s)) return tolkaJamforelse(s);
  return undefined;
}

/** The target a prefix rule, its number x (ending at `slut`) and what follows make, if the rule fits. */
function medPrefix(s: string, regel: Prefixregel, x: Tal, slut: number): Malvarde | undefined {
  switch (regel.typ) {
    case "grans":
      if (regel.max && efter(NEGATIV_AVVIKELSE, s, slut))
        return { typ: "grans", op: ">=", x: { ...x, varde: -x.varde } };
      if (regel.max && efter(MAX_AVVIKELSE, s, slut)) return { typ: "band", x };
      return slut === s.length ? { typ: "grans", op: regel.op, x } : undefined;
    case "band":
      if (!efter(BAND_AVVIKELSE, s, slut)) return undefined;
      return x.varde === 0 ? { typ: "balans" } : { typ: "band", x: { ...x, varde: Math.abs(x.varde) } };
    case "forandring": {
      const enheter = efter(PROCENTENHETER, s, slut);
      if (!enheter) return undefined;
      return {
        typ: "forandring",
        upp: regel.upp,
        x: enheter[1] ? { varde: x.varde / 100, procent: true } : x,
        satt: enheter[1] ? "procentenheter" : x.procent ? "procent" : "antal",
      };
    }
  }
}

const OCH = / och /y;
const STRECK = / ?[–\-−] ?/y;

function tolkaIntervall(s: string): Malvarde | undefined {
  const mellan = s.startsWith("mellan ") ? 7 : 0;
  const fran = lasTalIText(s, mellan);
  if (!fran) return undefined;
  const skiljetecken = efter(mellan ? OCH : STRECK, s, fran.slut);
  if (!skiljetecken) return undefined;
  const till = lasTalIText(s, fran.slut + skiljetecken[0].length);
  if (!till || till.slut !== s.length) return undefined;
  let a = fran.tal;
  const b = till.tal;
  if (b.procent && !a.procent) a = { varde: a.varde / 100, procent: true };
  if (b.enhet && !a.enhet) a = { ...a, enhet: b.enhet };
  return a.varde <= b.varde ? { typ: "intervall", fran: a, till: b } : { typ: "intervall", fran: b, till: a };
}

function tolkaJamforelse(s: string): TolkatMalvarde {
  const medel = /riket|rikssnitt|snittet|genomsnitt|medelvärdet/.test(s) && !/bästa/.test(s);
  const strikt = /bättre än|högre än|lägre än|över|under/.test(s) && !/≥|≤|minst|lika/.test(s);
  const malvarde: Malvarde = { typ: "jamforelse", satt: medel ? "medel" : "basta", strikt };
  if (/högre än|över/.test(s)) return { malvarde, riktning: "hogre" };
  if (/lägre än|under/.test(s)) return { malvarde, riktning: "lagre" };
  return { malvarde };
}

/** A target inside a sentence: exactly one phrase of the grammar, else exactly one number. */
function tolkaMening(s: string, original: string): TolkatMalvarde {
  const fraser: RegExpExecArray[] = [];
  FRAS.lastIndex = 0;
  for (let m = FRAS.exec(s); m && fraser.length < 2; m = FRAS.exec(s)) fraser.push(m);
  if (fraser.length > 1) {
    return olasbar(`Målvärdet "${original}" innehåller flera mål och kan inte bedömas med ett utfall`);
  }
  if (fraser.length === 1) {
    const start = fraser[0].index;
    const tal = lasTalIText(s, start + fraser[0][0].length);
    const slut = tal ? tal.slut : start + fraser[0][0].length;
    const fras = s.slice(start, slut).trim();
    const tolkat = tolkaHelText(fras);
    if (tolkat) return { ...tolkat, kalla: fras };
  }
  const tal = hittaTal(s);
  if (tal.length === 1) {
    const ord = /^ ?[a-zåäö]+/.exec(s.slice(tal[0].slut));
    const kalla = s.slice(tal[0].start, tal[0].slut) + (ord && !tal[0].tal.enhet && !tal[0].tal.procent ? ord[0] : "");
    return { malvarde: { typ: "grans", x: tal[0].tal }, kalla: kalla.trim() };
  }
  return olasbar(
    tal.length === 0
      ? `Kan inte läsa målvärdet "${original}"`
      : `Målvärdet "${original}" innehåller flera tal och kan inte bedömas`,
  );
}

function hittaTal(s: string): { tal: Tal; start: number; slut: number }[] {
  const hittade: { tal: Tal; start: number; slut: number }[] = [];
  const re = /(?<![a-zåäö0-9.,\-–])\d/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const tal = lasTalIText(s, m.index);
    if (!tal) continue;
    hittade.push({ tal: tal.tal, start: m.index, slut: tal.slut });
    re.lastIndex = tal.slut;
  }
  return hittade;
}

const olasbar = (orsak: string): TolkatMalvarde => ({ malvarde: { typ: "olasbar", orsak } });
