/**
 * How the fake workbook calculates a formula, as Swedish Excel does for the parts Målkoll's formulas and the tests'
 * own formulas use: numbers, "text", TRUE/FALSE, error literals (#REF!), references (`F10`, `$H$2:$H$27`,
 * `'Mål 2020'!A1`), the operators - (negation), * / + - & and the comparisons = <> < > <= >=, and the functions
 * IF, ISNUMBER and KPI.… (the add-in's own, called as Excel calls them through the calculator). Any other function is
 * #NAME?, so that a test never relies on a calculation the fake does not do.
 *
 * Excel's behaviour, as Microsoft documents it:
 * - operator precedence: negation, then * and /, then + and -, then &, then the comparisons ("Calculation operators
 *   and precedence in Excel", Microsoft support);
 * - & joins text; a number becomes text with at most 15 significant digits (Excel keeps 15: "Excel specifications
 *   and limits") and the user's decimal separator, a comma in Swedish Excel; TRUE and FALSE become SANT and FALSKT;
 *   an empty cell is "" in text and 0 in arithmetic (same page);
 * - text in arithmetic: Excel converts text that reads as a number and gives #VALUE! otherwise; the fake always
 *   gives #VALUE!, and no test relies on the difference (Målkoll multiplies only where ISNUMBER is TRUE);
 * - IF evaluates only the branch it takes; its condition is TRUE for TRUE or a non-zero number (IF function,
 *   Microsoft support);
 * - ISNUMBER is TRUE only for a number: text that looks like one, an empty cell and an error are FALSE (IS functions,
 *   Microsoft support);
 * - an error in an argument is the result of the operator or function (Excel propagates errors), except in ISNUMBER
 *   and the branch IF does not take. A KPI function whose argument expression is an error is not called here and
 *   gives that error; a referenced cell is passed as it is (the fake keeps a calculated error as its code, as it did
 *   before). Whether Excel passes an error to a custom function is not documented for every host (docs,
 *   custom-functions-errors): no test relies on it, since Målkoll's formulas never produce one from a valid table.
 */
import { tolka, type Rekt } from "./a1";
import { Cellreferens, type Formelargument } from "./anropskonvention";

/** An Excel error value, kept apart from text. */
export class Excelfel {
  constructor(readonly kod: string) {}
}

/** A value as a formula computes it: a number, text, a boolean, an error, or "" for an empty cell. */
export type Varde = number | string | boolean | Excelfel;

const FELKODER = ["#REF!", "#VALUE!", "#N/A", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];

/** Text from a cell that is one of Excel's error codes is that error (the fake keeps calculated errors as their code). */
export const somVarde = (v: unknown): Varde => {
  if (typeof v === "string" && FELKODER.includes(v)) return new Excelfel(v);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return "";
};

type Nod =
  | { typ: "varde"; v: Varde }
  | { typ: "ref"; blad?: string; rekt: Rekt }
  | { typ: "tom" }
  | { typ: "neg"; a: Nod }
  | { typ: "op"; op: string; a: Nod; b: Nod }
  | { typ: "anrop"; namn: string; argument: Nod[] };

const REF =
  /^(?:('(?:[^']|'')+'|[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/;

function tokens(formel: string): string[] {
  const ut: string[] = [];
  let i = 0;
  while (i < formel.length) {
    const rest = formel.slice(i);
    if (/^\s/.test(rest)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^"(?:[^"]|"")*"/.exec(rest))) ut.push(m[0]);
    else if ((m = /^#(?:REF!|VALUE!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!)/.exec(rest))) ut.push(m[0]);
    else if ((m = /^[A-Za-z_][A-Za-z0-9_.]*\(/.exec(rest))) ut.push(m[0].toUpperCase());
    else if ((m = REF.exec(rest)) && !/^[A-Za-z0-9_(]/.test(rest.slice(m[0].length))) ut.push(m[0]);
    else if ((m = /^(TRUE|FALSE)\b/i.exec(rest))) ut.push(m[0].toUpperCase());
    else if ((m = /^\d+(?:\.\d+)?(?:E[+-]?\d+)?/i.exec(rest))) ut.push(m[0]);
    else if ((m = /^(<>|<=|>=|[-+*/&=<>(),])/.exec(rest))) ut.push(m[0]);
    else throw new Error(`Fejken kan inte läsa formeln vid "${rest}"`);
    i += m[0].length;
  }
  return ut;
}

/** Parses a formula without its leading "=". Throws for text the fake cannot read (a bug in the test). */
export function tolkaFormel(formel: string): Nod {
  const t = tokens(formel);
  let i = 0;
  const titta = () => t[i];
  const ta = (vantat?: string) => {
    const x = t[i++];
    if (vantat !== undefined && x !== vantat) throw new Error(`Väntade ${vantat} i ${formel}, fick ${x}`);
    return x;
  };
  const primar = (): Nod => {
    const x = ta();
    if (x === undefined) throw new Error(`Formeln ${formel} tar slut`);
    if (x === "-") return { typ: "neg", a: primar() };
    if (x === "+") return primar();
    if (x === "(") {
      const v = jamforelse();
      ta(")");
      return v;
    }
    if (x.startsWith('"')) return { typ: "varde", v: x.slice(1, -1).replace(/""/g, '"') };
    if (x.startsWith("#")) return { typ: "varde", v: new Excelfel(x) };
    if (x === "TRUE" || x === "FALSE") return { typ: "varde", v: x === "TRUE" };
    if (/^\d/.test(x)) return { typ: "varde", v: Number(x) };
    if (x.length > 1 && x.endsWith("(") && !x.startsWith('"')) {
      const argument: Nod[] = [];
      if (titta() === ")") ta(")");
      else {
        for (;;) {
          argument.push(titta() === "," || titta() === ")" ? { typ: "tom" } : jamforelse());
          if (ta() === ")") break;
        }
      }
      return { typ: "anrop", namn: x.slice(0, -1), argument };
    }
    const m = REF.exec(x);
    if (m && m[0] === x) {
      const t2 = tolka(x);
      return { typ: "ref", blad: t2.blad, rekt: t2.rekt };
    }
    throw new Error(`Okänd del av formeln ${formel}: ${x}`);
  };
  const binar = (nasta: () => Nod, ops: readonly string[]) => (): Nod => {
    let v = nasta();
    while (ops.includes(titta())) {
      const op = ta();
      v = { typ: "op", op, a: v, b: nasta() };
    }
    return v;
  };
  const produkt = binar(primar, ["*", "/"]);
  const summa = binar(produkt, ["+", "-"]);
  const text = binar(summa, ["&"]);
  const jamforelse = binar(text, ["=", "<>", "<", ">", "<=", ">="]);
  const rot = jamforelse();
  if (i !== t.length) throw new Error(`Överbliven del av formeln ${formel}: ${t.slice(i).join("")}`);
  return rot;
}

/** What the evaluator needs from the workbook. */
export interface Berakningsmiljo {
  /** The values of a reference on the formula's sheet or a named one, "" for empty cells; undefined if no such sheet. */
  readonly varden: (blad: string | undefined, rekt: Rekt) => unknown[][] | undefined;
  /** Calculates KPI.<id> with its arguments as Excel passes them; undefined when the add-in is not loaded. */
  readonly kpi?: (id: string, argument: Formelargument[]) => unknown;
}

/** A number as Swedish Excel's & writes it. */
export const somText = (v: number | string | boolean): string =>
  typeof v === "number"
    ? String(Number(v.toPrecision(15))).replace(".", ",")
    : typeof v === "boolean"
      ? v
        ? "SANT"
        : "FALSKT"
      : v;

/** Evaluates a parsed formula. The result is a value, or an error. */
export function berakna(nod: Nod, miljo: Berakningsmiljo): Varde {
  const skalar = (n: Nod): Varde => {
    if (n.typ === "ref") {
      const v = miljo.varden(n.blad, n.rekt);
      if (!v) return new Excelfel("#REF!");
      return n.rekt.rader === 1 && n.rekt.kolumner === 1 ? somVarde(v[0][0]) : new Excelfel("#VALUE!");
    }
    return varde(n);
  };
  const tal = (v: Varde): number | Excelfel => {
    if (v instanceof Excelfel) return v;
    if (v === "") return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    return new Excelfel("#VALUE!");
  };
  const klass = (v: number | string | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  function varde(n: Nod): Varde {
    switch (n.typ) {
      case "varde":
        return n.v;
      case "tom":
        return "";
      case "ref":
        return skalar(n);
      case "neg": {
        const a = tal(skalar(n.a));
        return a instanceof Excelfel ? a : -a;
      }
      case "op": {
        const a = skalar(n.a);
        const b = skalar(n.b);
        if (a instanceof Excelfel) return a;
        if (b instanceof Excelfel) return b;
        if (n.op === "&") return somText(a) + somText(b);
        if (["*", "/", "+", "-"].includes(n.op)) {
          const x = tal(a);
          const y = tal(b);
          if (x instanceof Excelfel) return x;
          if (y instanceof Excelfel) return y;
          if (n.op === "/" && y === 0) return new Excelfel("#DIV/0!");
          return n.op === "*" ? x * y : n.op === "/" ? x / y : n.op === "+" ? x + y : x - y;
        }
        // Comparisons: an empty cell compares as 0 with a number and as "" with text.
        const x = a === "" && typeof b === "number" ? 0 : a;
        const y = b === "" && typeof a === "number" ? 0 : b;
        let c: number;
        if (klass(x) !== klass(y)) c = klass(x) - klass(y);
        else if (typeof x === "string") c = x.localeCompare(y as string, "sv", { sensitivity: "base" });
        else c = Number(x) - Number(y);
        return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[n.op] as boolean;
      }
      case "anrop":
        return anrop(n.namn, n.argument);
    }
  }
  function anrop(namn: string, argument: Nod[]): Varde {
    if (namn === "IF") {
      const villkor = skalar(argument[0]);
      if (villkor instanceof Excelfel) return villkor;
      if (typeof villkor === "string" && villkor !== "") return new Excelfel("#VALUE!");
      const sant = villkor === true || (typeof villkor === "number" && villkor !== 0);
      const gren = sant ? argument[1] : argument[2];
      return gren === undefined ? sant : skalar(gren);
    }
    if (namn === "ISNUMBER") return typeof skalar(argument[0]) === "number";
    if (namn.startsWith("KPI.") && miljo.kpi) {
      const js: Formelargument[] = [];
      for (const a of argument) {
        if (a.typ === "tom") js.push(undefined);
        else if (a.typ === "ref") {
          const v = miljo.varden(a.blad, a.rekt);
          if (!v) return new Excelfel("#REF!");
          js.push(new Cellreferens(v.map((r) => r.map((x) => (x === "" ? null : x)))));
        } else {
          const v = skalar(a);
          if (v instanceof Excelfel) return v;
          js.push(v);
        }
      }
      return somVarde(miljo.kpi(namn.slice(4), js));
    }
    return new Excelfel("#NAME?");
  }
  return skalar(nod);
}
