/** The judgement of a nämndmål from its indicators' and activities' statuses (spec §8). */
import { AKTIVITETSFARG, normaliseraAktivitet } from "./aktivitet";
import { DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS, UPPFYLLT, lasStatus, type Status } from "./status";

/** A status text or an activity status word as its colour status; blank gives undefined. */
export function somStatus(text: string): Status | undefined {
  if (text.trim() === "") return undefined;
  return lasStatus(text) ?? AKTIVITETSFARG[normaliseraAktivitet(text)];
}

export function sammanvag(statusar: Iterable<string>): Status {
  let uppfyllt = 0;
  let ej = 0;
  let bedomda = 0;
  for (const text of statusar) {
    const status = somStatus(text);
    if (status === undefined || status === KAN_EJ_BEDOMAS) continue;
    bedomda++;
    if (status === UPPFYLLT) uppfyllt++;
    else if (status === EJ_UPPFYLLT) ej++;
  }
  if (bedomda === 0) return KAN_EJ_BEDOMAS;
  if (uppfyllt === bedomda) return UPPFYLLT;
  if (ej === bedomda) return EJ_UPPFYLLT;
  return DELVIS;
}
