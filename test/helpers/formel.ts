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

type Nod = () => Varde | { ref: string };

/**
 * Evaluates `formel` (without the leading =) with `cell(a1)` giving each referenced cell's value (null when empty).
 * A formula that is only a reference gives the reference, as Excel passes `F10` to a function. IF evaluates only
 * the branch it takes, as Excel does.
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
  const varde = (v: Varde | { ref: string }): Varde => (v !== null && typeof v === "object" ? cell(v.ref) : v);
  const somTal = (v: Varde): number => {
    if (v === null || v === "") return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    throw new Error("#VALUE!");
  };
  const somText = (v: Varde): string =>
    v === null ? "" : typeof v === "number" ? svenskExceltext(v) : typeof v === "boolean" ? (v ? "SANT" : "FALSKT") : v;

  function primar(): Nod {
    const x = ta();
    if (x.startsWith('"')) {
      const s = x.slice(1, -1).replace(/""/g, '"');
      return () => s;
    }
    if (/^\d/.test(x)) return () => Number(x);
    if (/^[A-Z]+\d+$/.test(x)) return () => ({ ref: x });
    if (x === "(") {
      const v = text();
      ta(")");
      return v;
    }
    if (x === "-") {
      const v = primar();
      return () => -somTal(varde(v()));
    }
    if (x === "IF" || x === "ISNUMBER") {
      ta("(");
      const a = [text()];
      while (titta() === ",") {
        ta(",");
        a.push(text());
      }
      ta(")");
      if (x === "ISNUMBER") return () => typeof varde(a[0]()) === "number";
      return () => {
        const villkor = varde(a[0]());
        const sant = villkor === true || (typeof villkor === "number" && villkor !== 0);
        return sant ? a[1]() : a[2] ? a[2]() : false;
      };
    }
    throw new Error(`Okänd del av formeln: ${x}`);
  }
  function binar(nasta: () => Nod, operatorer: readonly string[], gor: (op: string, a: Varde, b: Varde) => Varde): Nod {
    let v = nasta();
    while (operatorer.includes(titta())) {
      const op = ta();
      const a = v;
      const b = nasta();
      v = () => gor(op, varde(a()), varde(b()));
    }
    return v;
  }
  const produkt = (): Nod =>
    binar(primar, ["*", "/"], (op, a, b) => (op === "*" ? somTal(a) * somTal(b) : somTal(a) / somTal(b)));
  const summa = (): Nod =>
    binar(produkt, ["+", "-"], (op, a, b) => (op === "+" ? somTal(a) + somTal(b) : somTal(a) - somTal(b)));
  const text = (): Nod => binar(summa, ["&"], (_op, a, b) => somText(a) + somText(b));

  const rot = text();
  if (i !== t.length) throw new Error(`Överbliven del av formeln: ${t.slice(i).join("")}`);
  const v = rot();
  if (v !== null && typeof v === "object") return new Cellreferens([[cell(v.ref)]]);
  // A reference inside IF would reach the function as a reference too: Målkoll's arguments never do that.
  if (v === null) throw new Error("Formeln ger en referens inuti en funktion, som evaluatorn inte modellerar");
  return v;
}
