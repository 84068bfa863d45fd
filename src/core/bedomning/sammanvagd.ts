/** The judgement of a nämndmål from its indicators' and activities' statuses (spec §8). */
import { ogiltig } from "../fel";
import { rensaText } from "../tal/text";
import { AKTIVITETSFARG, lasAktivitet, raknasIMalet } from "./aktivitet";
import { DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS, UPPFYLLT, lasStatus, type Status } from "./status";

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
