/** The målvärde grammar of spec §6: text as real reports write it → a structured target. */
import { arMarkor, lasTalIText, vikBlanksteg, type Tal } from "./tal";
import type { Riktning } from "./riktning";

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
const LE = "≤|max\\.?|högst|maximalt|inte över|ej över|inte mer än|inte högre än";
const LT = "<|under|lägre än|mindre än|färre än";
const GE = "≥|minst|lägst|inte under|ej under|inte lägre än|inte mindre än";
const GT = ">|över|mer än|högre än|fler än|större än";

interface Monster {
  readonly prefix: RegExp;
  readonly suffix: RegExp;
  readonly bygg: (x: Tal, p: RegExpExecArray, s: RegExpExecArray) => Malvarde;
}

const grans =
  (op: Operator) =>
  (x: Tal): Malvarde => ({ typ: "grans", op, x });
const AVVIKELSE = "(?:budget)?avvikelse(?: mot budget)?";

/** Prefix + number + suffix patterns, most specific first. */
const MONSTER: readonly Monster[] = [
  {
    prefix: /^(?:max\.?|högst|maximalt) ?/,
    suffix: new RegExp(`^ (?:negativ ${AVVIKELSE}|underskott)$`),
    bygg: (x) => ({ typ: "grans", op: ">=", x: { ...x, varde: -x.varde } }),
  },
  {
    prefix: /^(?:max\.?|högst|maximalt) ?/,
    suffix: new RegExp(`^ (?:i )?${AVVIKELSE}$`),
    bygg: (x) => ({ typ: "band", x }),
  },
  {
    prefix: /^± ?/,
    suffix: new RegExp(`^(?: ${AVVIKELSE})?$`),
    bygg: (x) => (x.varde === 0 ? { typ: "balans" } : { typ: "band", x: { ...x, varde: Math.abs(x.varde) } }),
  },
  {
    prefix: /^(?:ska )?(öka|minska)s? med ?/,
    suffix: /^(?: ?(procentenheter|procentenhet|pe))?$/,
    bygg: (x, p, s) => ({
      typ: "forandring",
      upp: p[1] === "öka",
      x: s[1] ? { varde: x.varde / 100, procent: true } : x,
      satt: s[1] ? "procentenheter" : x.procent ? "procent" : "antal",
    }),
  },
  { prefix: new RegExp(`^(?:${LE}) ?`), suffix: /^$/, bygg: grans("<=") },
  { prefix: new RegExp(`^(?:${LT}) ?`), suffix: /^$/, bygg: grans("<") },
  { prefix: new RegExp(`^(?:${GE}) ?`), suffix: /^$/, bygg: grans(">=") },
  { prefix: new RegExp(`^(?:${GT}) ?`), suffix: /^$/, bygg: grans(">") },
];

const BALANS = /^(?:budget i balans|ekonomi i balans|ekonomisk balans|i balans|balans)$/;
const TREND_UPP = /^(?:ska )?(?:ökar|öka|ökning|förbättras|förbättra|högre än föregående år)$/;
const TREND_NED = /^(?:ska )?(?:minskar|minska|minskning|lägre än föregående år)$/;
const BIBEHALLA = /^(?:ska )?(?:bibehålla|bibehållas|bibehålls|oförändrad|oförändrat|samma nivå)(?: nivå| nivån)?$/;
const JAMFORELSE = /jämförelsekommun|jämförbara kommuner|riket|rikssnitt|snittet|genomsnitt|medelvärdet/;
const FRAS = new RegExp(
  `${B}(?:(?:${LE}|${LT}|${GE}|${GT}|±)${E} ?(?=[+\\-−–]?\\d)|(?:ska )?(?:ökar|öka|ökning|minskar|minska|minskning|förbättras)${E}(?: med ?(?=\\d))?)`,
  "g",
);

/** Folds white space, case and the operator spellings (≤ <= =<, ≥ >= =>, ±, +/-). */
export function normaliseraMalvarde(text: string): string {
  let s = vikBlanksteg(text).toLowerCase();
  if (OPERATORTECKEN.test(s))
    s = s
      .replace(/<=|=</g, "≤")
      .replace(/>=|=>/g, "≥")
      .replace(/\+\/-|\+-/g, "±");
  return s.endsWith(".") && !s.endsWith("st.") ? s.slice(0, -1) : s;
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
  if (s === "" || arMarkor(s)) return { malvarde: { typ: "olasbar", orsak: "Målvärde saknas" } };
  const hel = tolkaHelText(s);
  if (hel) return hel;
  return tolkaMening(s, vikBlanksteg(malvarde));
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
  if (BALANS.test(s)) return medRiktning({ typ: "balans" });
  if (TREND_UPP.test(s)) return medRiktning({ typ: "trend", upp: true });
  if (TREND_NED.test(s)) return medRiktning({ typ: "trend", upp: false });
  if (BIBEHALLA.test(s)) return { malvarde: { typ: "bibehalla" } };
  for (const m of MONSTER) {
    const p = m.prefix.exec(s);
    if (!p) continue;
    const tal = lasTalIText(s, p[0].length);
    if (!tal) continue;
    const suf = m.suffix.exec(s.slice(tal.slut));
    if (suf) return medRiktning(m.bygg(tal.tal, p, suf));
  }
  const intervall = tolkaIntervall(s);
  if (intervall) return { malvarde: intervall };
  if (JAMFORELSE.test(s) && !/\d/.test(s)) return tolkaJamforelse(s);
  return undefined;
}

function tolkaIntervall(s: string): Malvarde | undefined {
  const mellan = s.startsWith("mellan ") ? 7 : 0;
  const fran = lasTalIText(s, mellan);
  if (!fran) return undefined;
  const skiljetecken = (mellan ? / och / : / ?[–\-−] ?/).exec(s.slice(fran.slut));
  if (!skiljetecken || skiljetecken.index !== 0) return undefined;
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
  const fraser = [...s.matchAll(FRAS)];
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
