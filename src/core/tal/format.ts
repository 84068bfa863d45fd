import type { Tal } from "./tal";

/** Swedish number: decimal comma, space between thousands, at most `decimaler` decimals. */
export function formateraTal(varde: number, decimaler = 2): string {
  const avrundat = Number(varde.toFixed(decimaler));
  const [heltal, dec] = Math.abs(avrundat).toString().split(".");
  const grupperat = heltal.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const tecken = avrundat < 0 ? "−" : "";
  return tecken + grupperat + (dec ? `,${dec}` : "");
}

/** A value as a report writes it: `10,5 %`, `8 mnkr`, `7`. */
export function formateraVarde(tal: Tal): string {
  if (tal.procent) {
    const punkter = tal.varde * 100;
    const text = formateraTal(punkter, 1);
    return `${Number.isInteger(Number(punkter.toFixed(1))) ? `${text},0` : text} %`;
  }
  const text = formateraTal(tal.varde);
  return tal.enhet ? `${text} ${tal.enhet}` : text;
}
