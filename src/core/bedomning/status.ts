/** The four statuses of spec §7, and statuses as people type them (§8). */
import { STATUSORD, UPPFYLLT_ORD } from "../ordforrad";
import { arBokstav, arSiffra, kod, normaliseraText } from "../tal/text";

export const UPPFYLLT = "Uppfyllt";
export const DELVIS = "Delvis uppfyllt";
export const EJ_UPPFYLLT = "Ej uppfyllt";
export const KAN_EJ_BEDOMAS = "Kan ej bedömas";

export type Status = typeof UPPFYLLT | typeof DELVIS | typeof EJ_UPPFYLLT | typeof KAN_EJ_BEDOMAS;

export const STATUSAR: readonly Status[] = [UPPFYLLT, DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS];

/** A status with the one-line Swedish reason behind it. */
export interface Bedomning {
  readonly status: Status;
  readonly motivering: string;
}

/**
 * Every status phrase of §8 and its status, longest first: `Uppfyllt`, `uppnått`, `Ja`; `Delvis uppfyllt`,
 * `Delvis`; `Ej uppfyllt`, `Inte helt uppnått`, `har inte uppnåtts`, `Nej`; `Kan ej bedömas`, `Ej tillämpligt`…
 */
const STATUSFRASER: readonly (readonly [string, Status])[] = [
  ...UPPFYLLT_ORD.map((o) => [o, UPPFYLLT] as const),
  ...STATUSORD.uppfyllt.map((o) => [o, UPPFYLLT] as const),
  ...UPPFYLLT_ORD.map((o) => [`delvis ${o}`, DELVIS] as const),
  ...STATUSORD.delvis.map((o) => [o, DELVIS] as const),
  ...STATUSORD.ejForled.flatMap((forled) => UPPFYLLT_ORD.map((o) => [`${forled} ${o}`, EJ_UPPFYLLT] as const)),
  ...STATUSORD.ej.map((o) => [o, EJ_UPPFYLLT] as const),
  ...STATUSORD.kanEjBedomas.map((o) => [o, KAN_EJ_BEDOMAS] as const),
].sort((a, b) => b[0].length - a[0].length);

const FORLED = [...STATUSORD.forled].sort((a, b) => b.length - a.length);

/** Does `s` hold the word or phrase `ord` at `i`, ending where no letter follows? */
const harOrdVid = (s: string, i: number, ord: string): boolean =>
  s.startsWith(ord, i) && !arBokstav(kod(s, i + ord.length));

/**
 * Reads a status as people type it (§8): the status phrase it starts with, case-insensitive, after any emoji or
 * symbol and an optional `Målet`, `Målet är` or `Målet har`; whatever follows is a comment (`UPPFYLLT. Detta …`,
 * `Delvis uppfyllt – se analysen`, `Målet har inte uppnåtts`). Undefined when the text starts with no status phrase.
 */
export function lasStatus(text: string): Status | undefined {
  const s = normaliseraText(text);
  let i = 0;
  // Emoji and symbols before the status: "✔ Uppfyllt", "🟢 Uppfyllt".
  while (i < s.length && !arBokstav(kod(s, i)) && !arSiffra(kod(s, i))) i++;
  const forled = FORLED.find((f) => harOrdVid(s, i, f));
  const borjan = (j: number) => (kod(s, j) === 32 ? j + 1 : j);
  for (const start of forled ? [borjan(i + forled.length), i] : [i]) {
    for (const [fras, status] of STATUSFRASER) if (harOrdVid(s, start, fras)) return status;
  }
  return undefined;
}
