/** The colours of spec §10, and the symbol shown beside each status so that colour is never the only signal. */
import { DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS, UPPFYLLT, type Status } from "./status";

/** Excel's own Good / Neutral / Bad cell-style colours, so sheets look native. */
export const FARGER: Readonly<Record<Status, { fyllning: string; text: string; symbol: string }>> = {
  [UPPFYLLT]: { fyllning: "#C6EFCE", text: "#006100", symbol: "✔" },
  [DELVIS]: { fyllning: "#FFEB9C", text: "#9C5700", symbol: "◐" },
  [EJ_UPPFYLLT]: { fyllning: "#FFC7CE", text: "#9C0006", symbol: "✖" },
  [KAN_EJ_BEDOMAS]: { fyllning: "#EDEDED", text: "#404040", symbol: "○" },
};
