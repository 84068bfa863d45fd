/** Activity statuses as people write them (spec §9). */
import { DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS, UPPFYLLT, type Status } from "./status";

export type Aktivitetsstatus =
  | "Genomförd"
  | "Pågår"
  | "Planerad"
  | "Delvis genomförd"
  | "Ej påbörjad"
  | "Pausad"
  | "Försenad"
  | "Inställd"
  | "Okänd";

export const AKTIVITETSFARG: Readonly<Record<Aktivitetsstatus, Status>> = {
  Genomförd: UPPFYLLT,
  Pågår: DELVIS,
  Planerad: DELVIS,
  "Delvis genomförd": DELVIS,
  "Ej påbörjad": EJ_UPPFYLLT,
  Pausad: EJ_UPPFYLLT,
  Försenad: EJ_UPPFYLLT,
  Inställd: EJ_UPPFYLLT,
  Okänd: KAN_EJ_BEDOMAS,
};

/** Word stems, two-word statuses first so that they win over their parts. */
const STAMMAR: readonly (readonly [RegExp, Aktivitetsstatus])[] = [
  [/^(ej|inte) påbörja/, "Ej påbörjad"],
  [/^delvis (genomför|klar|slutför)/, "Delvis genomförd"],
  [/^(genomför|klar|slutför|avslutad|avslutat)/, "Genomförd"],
  [/^(pågå|påbörja|startad|startat)/, "Pågår"],
  [/^planer/, "Planerad"],
  [/^paus/, "Pausad"],
  [/^försen/, "Försenad"],
  [/^(inställ|ställts in|ställdes in)/, "Inställd"],
];

/** Rejoins words broken across lines (hyphens, soft hyphens), folds white space, lower case: `Ej på- börjad` → `ej påbörjad`. */
export function skarvaOrd(text: string): string {
  return text
    .replace(/\u00ad/g, "")
    .replace(/([a-zåäöéü])[-‐‑]\s*([a-zåäöéü])/gi, "$1$2")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** "Ej klart", "inte genomfört": a negated completion is no status word of its own. */
const NEGERAT = /^(ej|inte) (helt )?(genomför|klar|slutför)[a-zåäöéü]*/;

/** Normalises an activity status; the first status word in the text decides. */
export function normaliseraAktivitet(text: string): Aktivitetsstatus {
  const s = skarvaOrd(text);
  const ordstart = /(?<![a-zåäöéü])[a-zåäöéü]/g;
  for (let m = ordstart.exec(s); m; m = ordstart.exec(s)) {
    const rest = s.slice(m.index);
    const negerat = NEGERAT.exec(rest);
    if (negerat) {
      ordstart.lastIndex = m.index + negerat[0].length;
      continue;
    }
    for (const [stam, status] of STAMMAR) if (stam.test(rest)) return status;
  }
  return "Okänd";
}
