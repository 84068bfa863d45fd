/** The judgement of a nämndmål from its indicators' and activities' statuses (spec §8). */
import { ogiltig } from "../fel";
import { rensaText } from "../tal/text";
import {
  AKTIVITET_I_ANTAL,
  AKTIVITETSFARG,
  AKTIVITETSSTATUSAR,
  lasAktivitet,
  raknasIMalet,
  type Aktivitetsstatus,
} from "./aktivitet";
import { DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS, STATUSAR, UPPFYLLT, lasStatus, type Status } from "./status";

/** One entry of a goal's statuses: blank, a status that counts or not, or text that is no status. */
export type Statuspost =
  | { readonly typ: "tom" }
  | { readonly typ: "status"; readonly status: Status }
  | { readonly typ: "okand"; readonly text: string };

/**
 * Reads one entry as §8 reads it: a status as people type it (`Målet är uppnått`, `Delvis uppfyllt – se
 * analysen`, `Nej`), else an activity status by its colour (`Pågår`; `Utgår` and the literal `Okänd` count as Kan ej
 * bedömas), else "okand": text that must not be dropped silently.
 */
export function lasStatuspost(text: string): Statuspost {
  if (rensaText(text) === "") return { typ: "tom" };
  const status = lasStatus(text);
  if (status) return { typ: "status", status };
  const aktivitet = lasAktivitet(text);
  if (aktivitet === undefined) return { typ: "okand", text: rensaText(text) };
  return { typ: "status", status: raknasIMalet(aktivitet) ? AKTIVITETSFARG[aktivitet] : KAN_EJ_BEDOMAS };
}

/** A status text or an activity status word as its colour status; blank and unknown text give undefined. */
export function somStatus(text: string): Status | undefined {
  const post = lasStatuspost(text);
  return post.typ === "status" ? post.status : undefined;
}

/**
 * The goal's status from its entries (§8): blank entries and Kan ej bedömas are ignored as long as one entry is
 * judged (none judged: Kan ej bedömas); all judged Uppfyllt → Uppfyllt, all Ej uppfyllt → Ej uppfyllt, otherwise
 * Delvis uppfyllt. Throws KpiFel "ogiltig" naming the first entry that is no status (`Okänd status "Bra"`).
 */
export function sammanvag(statusar: Iterable<string>): Status {
  let uppfyllt = 0;
  let ej = 0;
  let bedomda = 0;
  for (const text of statusar) {
    const post = lasStatuspost(text);
    if (post.typ === "okand") {
      throw ogiltig(`Okänd status "${post.text}": skriv en status, eller läs en aktivitet med KPI.AKTIVITETSSTATUS`);
    }
    if (post.typ === "tom" || post.status === KAN_EJ_BEDOMAS) continue;
    bedomda++;
    if (post.status === UPPFYLLT) uppfyllt++;
    else if (post.status === EJ_UPPFYLLT) ej++;
  }
  if (bedomda === 0) return KAN_EJ_BEDOMAS;
  if (uppfyllt === bedomda) return UPPFYLLT;
  if (ej === bedomda) return EJ_UPPFYLLT;
  return DELVIS;
}

/** One row of a goal, for the reason behind its status: an indicator's status, or an activity with its own status. */
export interface Malpost {
  readonly status: Status;
  /** The activity's status (§9) when the row is an activity; then it is counted by this word. */
  readonly aktivitet?: Aktivitetsstatus;
}

/** "2 av 3 indikatorer uppfyllt, 1 ej uppfyllt": each kind counted, the first with the total and the noun. */
function antalText<T extends string>(
  poster: readonly T[],
  ordning: readonly T[],
  substantiv: readonly [string, string],
  skrivs: (vad: T, antal: number) => string,
): string {
  const antal = new Map<T, number>();
  for (const p of poster) antal.set(p, (antal.get(p) ?? 0) + 1);
  const ord = poster.length === 1 ? substantiv[0] : substantiv[1];
  return ordning
    .filter((vad) => antal.has(vad))
    .map((vad, i) => {
      const n = antal.get(vad) ?? 0;
      return `${n}${i === 0 ? ` av ${poster.length} ${ord}` : ""} ${skrivs(vad, n)}`;
    })
    .join(", ");
}

/**
 * The reason behind a goal's status (§8), one line for the report: indicators counted by status ("1 av 4 indikatorer
 * uppfyllt, 1 delvis uppfyllt, 2 kan ej bedömas"), activities by their own words ("3 av 3 aktiviteter genomförda",
 * "1 av 4 aktiviteter genomförd, 1 pågår, 2 försenade"); a goal of both gives both, indicators first, joined by "; ".
 */
export function malmotivering(poster: readonly Malpost[]): string {
  const indikatorer: Status[] = [];
  const aktiviteter: Aktivitetsstatus[] = [];
  for (const p of poster) {
    if (p.aktivitet === undefined) indikatorer.push(p.status);
    else aktiviteter.push(p.aktivitet);
  }
  const delar: string[] = [];
  if (indikatorer.length > 0) {
    delar.push(antalText(indikatorer, STATUSAR, ["indikator", "indikatorer"], (s) => s.toLowerCase()));
  }
  if (aktiviteter.length > 0) {
    const skrivs = (a: Aktivitetsstatus, n: number) => AKTIVITET_I_ANTAL[a][n === 1 ? 0 : 1];
    delar.push(antalText(aktiviteter, AKTIVITETSSTATUSAR, ["aktivitet", "aktiviteter"], skrivs));
  }
  return delar.join("; ");
}
