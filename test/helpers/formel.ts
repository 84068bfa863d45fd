/**
 * A tiny evaluator for the formula arguments Målkoll writes (src/core/tabell/omvandling.ts, formelargument), the
 * way Swedish Excel computes them, so that a test can check that the live formula and the pane's preview give the
 * core the same value. It knows what those arguments use and nothing more: cell references, numbers, "text",
 * IF, ISNUMBER, * / + - and &.
 *
 * Excel's behaviour, as Microsoft documents it:
 * - & joins text; a number becomes text with at most 15 significant digits ("Excel specifications and limits":
 *   number precision 15 digits) and the user's decimal separator: a comma in Swedish Excel;
 * - an empty cell is 0 in arithmetic and "" in text (Microsoft support, "Calculation operators and precedence");
 * - & binds more loosely than * and / ("Calculation operators and precedence in Excel");
 * - ISNUMBER is TRUE only for a number (text that looks like one is FALSE; an empty cell is FALSE).
 */
import { Cellreferens } from "../fake/anropskonvention";

type Varde = number | string | boolean | null;

/** What an argument evaluates to: a value, or (for a bare reference) the reference itself, as Excel passes it. */
export type Resultat = number | string | boolean | Cellreferens;

/** Number → text as Swedish Excel's & writes it. */
export const svenskExceltext = (tal: number): string => String(Number(tal.toPrecision(15))).replace(".", ",");

function tokens(formel: string): string[] {
  const ut: string[] = [];
  const re = /\s*("(?:[^"]|"")*"|[A-Z]+\d+|[A-Z][A-Z.]*(?=\()|\d+(?:\.\d+)?|[(),*/+\-&])/gy;
  let m: RegExpExecArray | null;
  let slut = 0;
  while ((m = re.exec(formel))) {
    ut.push(m[1]);
    slut = re.lastIndex;
  }
  if (formel.slice(slut).trim() !== "") throw new Error(`Kan inte läsa formeln vid "${formel.slice(slut)}"`);
  return ut;
}

/**
 * Evaluates `formel` (without the leading =) with `cell(a1)` giving each referenced cell's value (null when empty).
 * A formula that is only a reference gives the reference, as Excel passes `F10` to a function.
 */
export function berakna(formel: string, cell: (a1: string) => Varde): Resultat {
  const t = tokens(formel);
  let i = 0;
  const titta = () => t[i];
  const ta = (vantat?: string) => {
    const x = t[i++];
    if (vantat !== undefined && x !== vantat) throw new Error(`Väntade ${vantat}, fick ${x}`);
    return x;
  };
  const somTal = (v: Varde): number => {
    if (v === null || v === "") return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    throw new Error("#VALUE!");
  };
  const somText = (v: Varde): string =>
    v === null ? "" : typeof v === "number" ? svenskExceltext(v) : typeof v === "boolean" ? (v ? "SANT" : "FALSKT") : v;

  function primar(): Varde | { ref: string } {
    const x = ta();
    if (x.startsWith('"')) return x.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(x)) return Number(x);
    if (/^[A-Z]+\d+$/.test(x)) return { ref: x };
    if (x === "(") {
      const v = text();
      ta(")");
      return v;
    }
    if (x === "-") return -somTal(varde(primar()));
    if (x === "IF" || x === "ISNUMBER") {
      ta("(");
      const a = [text()];
      while (titta() === ",") {
        ta(",");
        a.push(text());
      }
      ta(")");
      if (x === "ISNUMBER") return typeof varde(a[0]) === "number";
      const villkor = varde(a[0]);
      return villkor === true || (typeof villkor === "number" && villkor !== 0) ? a[1] : (a[2] ?? false);
    }
    throw new Error(`Okänd del av formeln: ${x}`);
  }
  const varde = (v: Varde | { ref: string }): Varde => (v !== null && typeof v === "object" ? cell(v.ref) : v);

  function produkt(): Varde | { ref: string } {
    let v = primar();
    while (titta() === "*" || titta() === "/") {
      const op = ta();
      const h = somTal(varde(primar()));
      v = op === "*" ? somTal(varde(v)) * h : somTal(varde(v)) / h;
    }
    return v;
  }
  function summa(): Varde | { ref: string } {
    let v = produkt();
    while (titta() === "+" || titta() === "-") {
      const op = ta();
      const h = somTal(varde(produkt()));
      v = op === "+" ? somTal(varde(v)) + h : somTal(varde(v)) - h;
    }
    return v;
  }
  function text(): Varde | { ref: string } {
    let v = summa();
    while (titta() === "&") {
      ta("&");
      v = somText(varde(v)) + somText(varde(summa()));
    }
    return v;
  }
  const v = text();
  if (i !== t.length) throw new Error(`Överbliven del av formeln: ${t.slice(i).join("")}`);
  if (v !== null && typeof v === "object") return new Cellreferens([[cell(v.ref)]]);
  // A reference inside IF would reach the function as a reference too: Målkoll's arguments never do that.
  if (v === null) throw new Error("Formeln ger en referens inuti en funktion, som evaluatorn inte modellerar");
  return v;
}
