/**
 * Generators of real input for the property tests: numbers as Swedish reports write them (spec §2) and målvärden
 * built from the grammar's own vocabulary (src/core/ordforrad.ts, spec §6), each with the value it must be read as.
 * No exponent forms (`1e-7` is no way a report writes a number), no random strings posing as input.
 */
import fc from "fast-check";
import {
  AVVIKELSEORD,
  ENHETSORD,
  FORANDRINGSVERB,
  LEDORD,
  MAX_ORD,
  NEGATIONER,
  NEGATIV_AVVIKELSEORD,
  NIVAORD,
  OPERATORORD,
  OPERATORORD_EFTER,
  ORDMAL,
  SAKNAS_MARKORER,
  type Enhet,
  type Enhetsbetydelse,
  type Operator,
} from "../../src/core/ordforrad";

/** A number as written, and what the reader must make of it. */
export interface SkrivetTal {
  readonly text: string;
  readonly varde: number;
  readonly procent: boolean;
  readonly promille: boolean;
  readonly enhet?: Enhet;
}

/** Spaces a report puts between thousands: space, NBSP, narrow NBSP (§2); or none. */
const TUSENTALSAVSKILJARE = [" ", "\u00a0", "\u202f", ""] as const;
/** Minus as reports and PDFs print it (§2): hyphen, Unicode minus, en dash; `+` for a plus. */
const TECKEN = ["", "", "+", "-", "−", "–"] as const;

/** The unit words of the vocabulary, by what they do. */
const ANDELSORD = Object.entries(ENHETSORD).filter(([, b]) => "andel" in b);
const ENHETER = Object.entries(ENHETSORD).filter(([, b]) => "enhet" in b);

/** `1 700 000` with the given separator. */
const grupperat = (heltal: number, avskiljare: string): string =>
  String(heltal).replace(/\B(?=(\d{3})+(?!\d))/g, avskiljare);

/** Capitals as people type them: as written, First letter, or ALL CAPS. */
export const versaler = (text: string, satt: number): string =>
  satt === 1 ? text.charAt(0).toUpperCase() + text.slice(1) : satt === 2 ? text.toUpperCase() : text;

export interface Talval {
  /** Allow a sign (a minus in any of its forms). */
  readonly tecken?: boolean;
  /** Allow a unit or share after the number. */
  readonly enhet?: boolean;
  /** Largest integer part. */
  readonly max?: number;
}

/**
 * A number as Swedish reports write it: sign (hyphen, Unicode minus or en dash for minus), integer part with
 * space, NBSP or narrow NBSP between thousands, decimal comma or point (a bare one too: `,5`, `−,5`), then perhaps
 * `%`, `‰`, a share word or a unit word of the vocabulary (with or without a space, in any case). Never an exponent;
 * never a bare four-digit number from 1990 to 2100 (a sentence's year, which the grammar skips by design, §6).
 */
export function svensktTal(val: Talval = {}): fc.Arbitrary<SkrivetTal> {
  const { tecken = true, enhet = true, max = 9_999_999 } = val;
  return fc
    .record({
      tecken: tecken ? fc.constantFrom(...TECKEN) : fc.constant(""),
      heltal: fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 99 }), weight: 1 },
        { arbitrary: fc.integer({ min: 0, max }), weight: 2 },
        // 0, so that `0,5` and the bare `,5` are written often
        { arbitrary: fc.constant(0), weight: 1 },
      ),
      avskiljare: fc.constantFrom(...TUSENTALSAVSKILJARE),
      decimaler: fc.option(fc.stringMatching(/^[0-9]{1,3}$/), { nil: undefined }),
      punkt: fc.boolean(),
      // `,5` for 0,5: the integer part left out, as some reports write it.
      naken: fc.boolean(),
      efter: enhet
        ? fc.oneof(fc.constant(undefined), fc.constantFrom(...ANDELSORD), fc.constantFrom(...ENHETER))
        : fc.constant(undefined),
      mellanslag: fc.boolean(),
      versal: fc.integer({ min: 0, max: 2 }),
    })
    .filter((t) => !(t.decimaler === undefined && t.efter === undefined && t.heltal >= 1990 && t.heltal <= 2100))
    .map((t) => {
      const heltal = t.naken && t.heltal === 0 && t.decimaler ? "" : grupperat(t.heltal, t.avskiljare);
      const siffror = heltal + (t.decimaler ? (t.punkt ? "." : ",") + t.decimaler : "");
      const belopp = Number(`${t.heltal}.${t.decimaler ?? "0"}`);
      const negativ = t.tecken !== "" && t.tecken !== "+";
      let varde = negativ ? -belopp : belopp;
      let procent = false;
      let promille = false;
      let enhetOrd: Enhet | undefined;
      let efter = "";
      if (t.efter) {
        const [ord, betydelse] = t.efter;
        // `%` and `‰` may stand right after the digits; a word needs its space.
        efter = (t.mellanslag || /^[a-zåäö]/.test(ord) ? " " : "") + versaler(ord, t.versal);
        if ("andel" in betydelse) {
          procent = true;
          promille = betydelse.andel === "promille";
          varde /= promille ? 1000 : 100;
        } else enhetOrd = betydelse.enhet;
      }
      return { text: `${t.tecken}${siffror}${efter}`, varde, procent, promille, enhet: enhetOrd };
    });
}

/** A missing marker of §1 as people write it: any case, perhaps with spaces around. */
export const saknasMarkor: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SAKNAS_MARKORER), fc.integer({ min: 0, max: 2 }), fc.constantFrom("", " ", "\u00a0"))
  .map(([m, v, kant]) => `${kant}${versaler(m, v)}${kant}`);

/** Blank as a cell may hold it: nothing, spaces of every kind, invisible characters. */
export const blank: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(" ", "\u00a0", "\u202f", "\t", "\u200b", "\ufeff"), { maxLength: 4 })
  .map((d) => d.join(""));

/** What a målvärde built from the vocabulary must be read as (the fields the test compares). */
export type Forvantat =
  | {
      readonly typ: "grans";
      readonly op?: Operator;
      readonly x: number;
      readonly riktning?: "hogre" | "lagre";
      readonly enhet?: Enhet;
    }
  | { readonly typ: "band"; readonly x: number; readonly enhet?: Enhet }
  | { readonly typ: "intervall"; readonly fran: number; readonly till: number; readonly enhet?: Enhet }
  | { readonly typ: "balans" }
  | { readonly typ: "positivt" }
  | { readonly typ: "trend"; readonly upp: boolean; readonly inklusive?: boolean }
  | { readonly typ: "forandring"; readonly upp: boolean; readonly x: number; readonly satt: string }
  | { readonly typ: "bibehalla" };

export interface Malvardetext {
  readonly text: string;
  readonly forvantat: Forvantat;
  /** The kind of phrase, for counting what the generator reached. */
  readonly slag: string;
}

const riktningAv = (op: Operator): "hogre" | "lagre" => (op === "<=" || op === "<" ? "lagre" : "hogre");
const MOTSATT: Readonly<Record<Operator, Operator>> = { "<=": ">", "<": ">=", ">=": "<", ">": "<=" };
const OPERATORER = Object.keys(OPERATORORD) as Operator[];

/** An operator word of the vocabulary with its operator. */
const operatorord = fc
  .constantFrom(...OPERATORER)
  .chain((op) => fc.constantFrom(...OPERATORORD[op]).map((ord) => ({ op, ord })));

/** Lead words (`ska`, `bör`…) a whole text may start with, none or one. */
const ledord = fc.option(fc.constantFrom(...LEDORD), { nil: undefined, freq: 2 });

/**
 * A target's number as reports write it (§2): signed with a hyphen, Unicode minus or en dash (`Max −2 %`, `Minst
 * −1,5 mnkr`, `Högst −,5 %`), thousands grouped by space or NBSP in larger values, decimal comma or point, a share or
 * any unit word of the vocabulary (kr, tkr, mnkr, mdkr, st, timmar, dagar…).
 */
const malTal = svensktTal();
/** The same without a sign, for a band or a deficit limit (`±2 mnkr`, `högst 3 % underskott`): X is a size there. */
const storlek = svensktTal({ tecken: false });

/** The unit of a number, as the expected reading carries it. */
const enhetAv = (t: SkrivetTal): { enhet?: Enhet } => (t.enhet === undefined ? {} : { enhet: t.enhet });

/** A unit word or share of the vocabulary, for the ends of an interval. */
const intervallenhet = fc.option(fc.constantFrom(...ANDELSORD, ...ENHETER), { nil: undefined, freq: 2 });

/** `t` (written without a unit) with the unit word `efter` after it: its text and the value it then has. */
function medEnhetsord(t: SkrivetTal, efter: readonly [string, Enhetsbetydelse] | undefined, mellanslag: boolean) {
  if (efter === undefined) return { text: t.text, varde: t.varde };
  const [ord, betydelse] = efter;
  const text = `${t.text}${mellanslag || /^[a-zåäö]/.test(ord) ? " " : ""}${ord}`;
  if (!("andel" in betydelse)) return { text, varde: t.varde };
  return { text, varde: t.varde / (betydelse.andel === "promille" ? 1000 : 100) };
}

/**
 * A målvärde of the grammar (§6), written from the vocabulary, with the target it sets: an operator phrase (perhaps
 * negated), an operator after X, a band, a deficit limit, an interval, a level word, a change, a word target.
 */
export const malvardetext: fc.Arbitrary<Malvardetext> = fc.oneof(
  // `max 7 %`, `ska minst 90 st`, `bör inte överstiga 8 %`
  fc
    .record({
      operator: operatorord,
      x: malTal,
      led: ledord,
      negation: fc.option(fc.constantFrom(...NEGATIONER), { nil: undefined, freq: 3 }),
    })
    .map(({ operator, x, led, negation }) => {
      const op = negation ? MOTSATT[operator.op] : operator.op;
      const text = [led, negation, operator.ord, x.text].filter(Boolean).join(" ");
      return {
        text,
        forvantat: { typ: "grans" as const, op, x: x.varde, riktning: riktningAv(op), ...enhetAv(x) },
        slag: negation ? "negerad operator" : "operator",
      };
    }),
  // `95 % eller mer`
  fc.record({ op: fc.constantFrom<"<=" | ">=">("<=", ">="), x: malTal, i: fc.nat() }).map(({ op, x, i }) => ({
    text: `${x.text} ${OPERATORORD_EFTER[op][i % OPERATORORD_EFTER[op].length]}`,
    forvantat: { typ: "grans" as const, op, x: x.varde, riktning: riktningAv(op), ...enhetAv(x) },
    slag: "operator efter",
  })),
  // `max 1 % budgetavvikelse`: |v| ≤ X; `högst 2 % underskott`: v ≥ −X
  fc
    .record({
      max: fc.constantFrom(...MAX_ORD),
      x: storlek,
      negativ: fc.boolean(),
      i: fc.nat(),
    })
    .map(({ max, x, negativ, i }) => {
      const lista = negativ ? NEGATIV_AVVIKELSEORD : AVVIKELSEORD;
      const text = `${max} ${x.text} ${lista[i % lista.length]}`;
      const forvantat: Forvantat = negativ
        ? { typ: "grans", op: ">=", x: 0 - x.varde, riktning: "hogre", ...enhetAv(x) }
        : { typ: "band", x: x.varde, ...enhetAv(x) };
      return { text, forvantat, slag: negativ ? "underskott" : "avvikelseband" };
    }),
  // `±1 %`, `+/-2 mnkr`
  fc
    .record({ tecken: fc.constantFrom("±", "+/-", "+/- ", "± "), x: storlek })
    .filter(({ x }) => x.varde !== 0)
    .map(({ tecken, x }) => ({
      text: `${tecken}${x.text}`,
      forvantat: { typ: "band" as const, x: x.varde, ...enhetAv(x) },
      slag: "band",
    })),
  // `5–10 %`, `mellan −2 och 1,5 %`, `1 200 – 2 500 tkr`, `5 % – 10`: a unit at one end holds for both (§6)
  fc
    .record({
      a: svensktTal({ enhet: false }),
      b: svensktTal({ enhet: false }),
      form: fc.constantFrom("–", "-", " - ", " – ", "mellan"),
      efter: intervallenhet,
      var: fc.constantFrom("slut", "början", "båda"),
      mellanslag: fc.boolean(),
    })
    .map(({ a, b, form, efter, var: plats, mellanslag }) => {
      const fran = medEnhetsord(a, plats === "slut" ? undefined : efter, mellanslag);
      const till = medEnhetsord(b, plats === "början" ? undefined : efter, mellanslag);
      // The end written without the unit takes it from the other (`5–10 %` is 5 % to 10 %).
      const [va, vb] = [medEnhetsord(a, efter, true).varde, medEnhetsord(b, efter, true).varde];
      const text = form === "mellan" ? `mellan ${fran.text} och ${till.text}` : `${fran.text}${form}${till.text}`;
      const enhet = efter && "enhet" in efter[1] ? { enhet: efter[1].enhet } : {};
      return {
        text,
        // Written low to high, or high to low (`10–5`); equal ends (`0 – −0`) stay in the order written.
        forvantat: { typ: "intervall" as const, fran: va <= vb ? va : vb, till: va <= vb ? vb : va, ...enhet },
        slag: "intervall",
      };
    }),
  // `cirka 7 %`, `uppnå 90 %`
  fc.record({ niva: fc.constantFrom(...NIVAORD), x: malTal }).map(({ niva, x }) => ({
    text: `${niva} ${x.text}`,
    forvantat: { typ: "grans" as const, x: x.varde, ...enhetAv(x) },
    slag: "nivå",
  })),
  // `minska med 10 %`, `öka med 2 procentenheter`, `öka till 90 %`
  fc
    .record({
      upp: fc.boolean(),
      i: fc.nat(),
      x: fc.integer({ min: 1, max: 90 }),
      satt: fc.constantFrom("procent", "procentenheter", "till"),
    })
    .map(({ upp, i, x, satt }) => {
      const verb = FORANDRINGSVERB[upp ? "upp" : "ned"][i % FORANDRINGSVERB.upp.length];
      if (satt === "till")
        return {
          text: `${verb} till ${x} %`,
          forvantat: {
            typ: "grans" as const,
            op: upp ? (">=" as const) : ("<=" as const),
            x: x / 100,
            riktning: upp ? ("hogre" as const) : ("lagre" as const),
          },
          slag: "förändring till",
        };
      const text = `${verb} med ${x} ${satt === "procent" ? "%" : "procentenheter"}`;
      return { text, forvantat: { typ: "forandring" as const, upp, x: x / 100, satt }, slag: "förändring med" };
    }),
  // Word targets: `budget i balans`, `positivt resultat`, `ökning`, `minskar`, `oförändrad`, `ska inte öka`
  fc
    .record({
      slag: fc.constantFrom(...(Object.keys(ORDMAL) as (keyof typeof ORDMAL)[]), "verb" as const),
      i: fc.nat(),
      upp: fc.boolean(),
      led: ledord,
    })
    .map(({ slag, i, upp, led }) => {
      if (slag === "verb") {
        const verb = FORANDRINGSVERB[upp ? "upp" : "ned"][i % FORANDRINGSVERB.upp.length];
        return {
          text: [led, verb].filter(Boolean).join(" "),
          forvantat: { typ: "trend" as const, upp },
          slag: "trend",
        };
      }
      const lista = ORDMAL[slag];
      const text = [led, lista[i % lista.length]].filter(Boolean).join(" ");
      const forvantat: Forvantat = slag === "okar" ? { typ: "trend", upp: true } : { typ: slag };
      return { text, forvantat, slag: `ordmål ${slag}` };
    }),
);

/** Words a sentence wraps a target in; none of them is in the grammar, none negates, none stands before a year. */
export const FYLLORD = [
  "nämnden",
  "andelen",
  "verksamheten",
  "arbetar",
  "för",
  "att",
  "målet",
  "är",
  "brukarna",
  "personalen",
  "kommunen",
  "hela",
  "nöjda",
  "elever",
] as const;
