import { makeStyles } from "@fluentui/react-components";
import { type Status, FARGER } from "../../core";

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    padding: "1px 8px",
    borderRadius: "10px",
    fontSize: "12px",
    lineHeight: "18px",
    fontWeight: 600,
    whiteSpace: "nowrap",
    // Forced colours drop the fill: a border keeps the badge's shape, the symbol and text keep its meaning.
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
});

/**
 * A status as text with its symbol and the colours of spec §10: colour is never the only signal. `text` is the word
 * shown when it is not the status itself: an activity's own status word (Pågår, Genomförd), in the colour of the
 * status it counts as (spec §9), as the sheet shows it.
 */
export function StatusBadge({ status, text }: { status: Status; text?: string }) {
  const styles = useStyles();
  const farg = FARGER[status];
  return (
    <span className={styles.badge} style={{ backgroundColor: farg.fyllning, color: farg.text }}>
      <span aria-hidden="true">{farg.symbol}</span>
      {text ?? status}
    </span>
  );
}
