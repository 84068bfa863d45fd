import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUSAR, type Status } from "../../core/bedomning/status";
import { FARGER } from "../../core/bedomning/farger";

const useStyles = makeStyles({
  rad: {
    display: "grid",
    gridTemplateColumns: "112px 1fr 28px",
    alignItems: "center",
    gap: "6px",
    marginBottom: "4px",
  },
  spar: { height: "14px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: "2px" },
  stapel: { height: "14px", borderRadius: "2px" },
  siffra: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

interface Props {
  rubrik: string;
  antal: Record<Status, number>;
}

/** Counts per status as a small bar chart, like the reports' "Nämndens måluppfyllelse för året". */
export function Sammanfattning({ rubrik, antal }: Props) {
  const styles = useStyles();
  const storst = Math.max(1, ...STATUSAR.map((s) => antal[s]));
  const beskrivning = STATUSAR.map((s) => `${s}: ${antal[s]}`).join(", ");
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
                style={{ width: `${(100 * antal[s]) / storst}%`, backgroundColor: FARGER[s].text }}
              />
            </div>
            <Text size={200} className={styles.siffra}>
              {antal[s]}
            </Text>
          </div>
        ))}
      </div>
    </figure>
  );
}
