/** The four statuses of spec §7, spelled exactly as reports write them. */
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

/** Reads a status text exactly (case and spacing forgiven); undefined if it is none of the four. */
export function lasStatus(text: string): Status | undefined {
  const s = text.trim().replace(/\s+/g, " ").toLowerCase();
  return STATUSAR.find((status) => status.toLowerCase() === s);
}
