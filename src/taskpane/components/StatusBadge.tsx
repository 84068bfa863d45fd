import { makeStyles } from "@fluentui/react-components";
import type { Status } from "../../core/bedomning/status";
import { FARGER } from "../../core/bedomning/farger";

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

/** A status as text with its symbol and the colours of spec §10: colour is never the only signal. */
export function StatusBadge({ status }: { status: Status }) {
  const styles = useStyles();
  const farg = FARGER[status];
  return (
    <span className={styles.badge} style={{ backgroundColor: farg.fyllning, color: farg.text }}>
      <span aria-hidden="true">{farg.symbol}</span>
      {status}
    </span>
  );
}
