/** Numbers written back the way Swedish reports write them: decimal comma, space between thousands. */
import type { Tal } from "./tal";

/** Swedish number: decimal comma, space between thousands, at most `decimaler` decimals, Unicode minus. */
export function formateraTal(varde: number, decimaler = 2): string {
  const avrundat = Number(varde.toFixed(decimaler));
  const [heltal, dec] = Math.abs(avrundat).toString().split(".");
  const grupperat = heltal.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const tecken = avrundat < 0 ? "−" : "";
  return tecken + grupperat + (dec ? `,${dec}` : "");
}

/** A share with one decimal, always shown: 0.07 as `7,0` (of % or ‰). */
function andel(varde: number, skala: number): string {
  const punkter = varde * skala;
  const text = formateraTal(punkter, 1);
  return Number.isInteger(Number(punkter.toFixed(1))) ? `${text},0` : text;
}

/** A value as a report writes it: `10,5 %`, `7,0 ‰`, `8 mnkr`, `855 st per 100 000 inv`, `7`. */
export function formateraVarde(tal: Tal): string {
  let text: string;
  if (tal.promille) text = `${andel(tal.varde, 1000)} ‰`;
  else if (tal.procent) text = `${andel(tal.varde, 100)} %`;
  else text = tal.enhet ? `${formateraTal(tal.varde)} ${tal.enhet}` : formateraTal(tal.varde);
  return tal.per ? `${text} per ${formateraTal(tal.per.antal)} ${tal.per.ord}` : text;
}
