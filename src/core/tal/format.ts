/**
 * Numbers written back the way Swedish reports write them: decimal comma, space between thousands. Every reason
 * text writes its values through `formateraVarde`, and a reason that compares values first asks
 * `decimalerSomSkiljer` how many decimals it takes to tell them apart (spec §7: a reason is pasted into a report, so
 * it must never say "6,5 % är högre än 6,5 %").
 */
import type { Tal } from "./tal";

/** The most decimals a value is ever shown with: beyond this a difference is noise, not news. */
const MAX_DECIMALER = 6;

/** Swedish number: decimal comma, space between thousands, at most `decimaler` decimals, Unicode minus. */
export function formateraTal(varde: number, decimaler = 2): string {
  const avrundat = Number(varde.toFixed(decimaler));
  const [heltal, dec] = Math.abs(avrundat).toString().split(".");
  const grupperat = heltal.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const tecken = avrundat < 0 ? "−" : "";
  return tecken + grupperat + (dec ? `,${dec}` : "");
}

/** The fewest decimals from `decimaler` up that show `varde` as something other than 0 (0 itself: `decimaler`). */
function synligaDecimaler(varde: number, decimaler: number): number {
  let d = decimaler;
  while (varde !== 0 && d < MAX_DECIMALER && Number(varde.toFixed(d)) === 0) d++;
  return d;
}

/** A share with `decimaler` decimals, always shown: 0.07 as `7,0` (of % or ‰, with one decimal). */
function andel(varde: number, skala: number, decimaler: number): string {
  const punkter = varde * skala;
  const d = synligaDecimaler(punkter, decimaler);
  const text = formateraTal(punkter, d);
  const visade = text.indexOf(",") < 0 ? 0 : text.length - text.indexOf(",") - 1;
  return visade === 0 ? `${text},${"0".repeat(d)}` : text + "0".repeat(d - visade);
}

/** `antal` procentenheter, in the singular for exactly one: `1 procentenhet`, `2,5 procentenheter`. */
export const procentenheterText = (antal: string): string =>
  `${antal} ${antal === "1" || antal === "−1" ? "procentenhet" : "procentenheter"}`;

/**
 * A value as a report writes it: `10,5 %`, `7,0 ‰`, `2 procentenheter`, `8 mnkr`, `855 st per 100 000 inv`,
 * `240 kr per invånare`, `7`. A share has one decimal, a plain number at most two; `extra` adds decimals (see
 * `decimalerSomSkiljer`). A value other than 0 shows as 0 only below the sixth decimal (MAX_DECIMALER): 0,0004 is
 * `0,0004`, not `0`, while 0,0000004 is `0`.
 */
export function formateraVarde(tal: Tal, extra = 0): string {
  let text: string;
  if (tal.promille) text = `${andel(tal.varde, 1000, 1 + extra)} ‰`;
  else if (tal.procentenheter)
    text = procentenheterText(formateraTal(tal.varde * 100, synligaDecimaler(tal.varde * 100, 2 + extra)));
  else if (tal.procent) text = `${andel(tal.varde, 100, 1 + extra)} %`;
  else {
    const siffror = formateraTal(tal.varde, synligaDecimaler(tal.varde, 2 + extra));
    text = tal.enhet ? `${siffror} ${tal.enhet}` : siffror;
  }
  if (!tal.per) return text;
  return tal.per.antal === undefined
    ? `${text} per ${tal.per.ord}`
    : `${text} per ${formateraTal(tal.per.antal)} ${tal.per.ord}`;
}

/**
 * The extra decimals (0 to 4) a reason needs so that every pair of values it compares shows as two different texts:
 * 6,51 % against 6,5 % is `6,51 %` against `6,50 %`, 0,088 against 0,09 is `0,088` against `0,09`. Pairs of values
 * the judgement holds equal must be left out by the caller. Beyond 4 extra decimals the values are shown as they
 * then are.
 */
export function decimalerSomSkiljer(par: readonly (readonly [Tal, Tal])[]): number {
  const mest = MAX_DECIMALER - 2;
  for (let extra = 0; extra < mest; extra++) {
    if (par.every(([a, b]) => formateraVarde(a, extra) !== formateraVarde(b, extra))) return extra;
  }
  return mest;
}
