import { useEffect } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUSAR, type Status, FARGER } from "../../core";
import { stapelfarg } from "../tema";
import { heltal } from "../visning";

const useStyles = makeStyles({
  rad: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr) auto",
    alignItems: "center",
    gap: "6px",
    marginBottom: "4px",
  },
  spar: {
    height: "14px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: "2px",
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  stapel: {
    height: "14px",
    borderRadius: "2px",
    // The bar is the datum: in forced colours it is drawn in the text colour instead of vanishing.
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "CanvasText !important" },
  },
  siffra: { textAlign: "right", fontVariantNumeric: "tabular-nums", minWidth: "2ch" },
});

/** The User Timing mark set when the summary has been painted; `npm run bench` measures up to it. */
export const SAMMANFATTNING_VISAD = "malkoll:sammanfattning-visad";

interface Props {
  rubrik: string;
  antal: Record<Status, number>;
}

/**
 * Counts per status as a small bar chart, like the reports' "Nämndens måluppfyllelse för året". The chart is one
 * image for screen readers, its label the counts as text; each bar also has its status name and count beside it.
 */
export function Sammanfattning({ rubrik, antal }: Props) {
  const styles = useStyles();
  const storst = Math.max(1, ...STATUSAR.map((s) => antal[s]));
  const beskrivning = STATUSAR.map((s) => `${s}: ${heltal(antal[s])}`).join(", ");
  useEffect(() => {
    const id = requestAnimationFrame(() => performance.mark(SAMMANFATTNING_VISAD));
    return () => cancelAnimationFrame(id);
  }, [antal]);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Text weight="semibold">{rubrik}</Text>
      </figcaption>
      <div role="img" aria-label={`${rubrik}. ${beskrivning}`} style={{ marginTop: 6 }}>
        {STATUSAR.map((s) => (
          <div key={s} className={styles.rad} aria-hidden="true">
            <Text size={200}>
              {FARGER[s].symbol} {s}
            </Text>
            <div className={styles.spar}>
              <div
                className={styles.stapel}
                data-status={s}
                style={{ width: `${(100 * antal[s]) / storst}%`, backgroundColor: stapelfarg(s) }}
              />
            </div>
            <Text size={200} className={styles.siffra}>
              {heltal(antal[s])}
            </Text>
          </div>
        ))}
      </div>
    </figure>
  );
}
