import { Field, Select, makeStyles } from "@fluentui/react-components";
import { ROLLER, ROLLNAMN, type Kolumnval as Val, type Roll } from "../../core/tabell/tabell";
import type { Cellvarde } from "../../core/tal/cell";

const useStyles = makeStyles({
  // Two columns at 320 px. A <select> is as wide as its longest option (a header can be a sentence), so grid items
  // and selects may shrink below it: min-width 0, width 100 %.
  rutnat: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(130px, 100%), 1fr))", gap: "8px" },
  falt: { minWidth: 0 },
  lista: { minWidth: 0, width: "100%" },
});

interface Props {
  rubriker: readonly Cellvarde[];
  val: Val;
  onAndra: (roll: Roll, kolumn: number | undefined) => void;
}

/** The column mapping read from the headers; every role can be changed. */
export function Kolumnval({ rubriker, val, onAndra }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.rutnat}>
      {ROLLER.map((roll) => (
        <Field key={roll} label={ROLLNAMN[roll]} size="small" className={styles.falt}>
          <Select
            size="small"
            className={styles.lista}
            value={val[roll] === undefined ? "" : String(val[roll])}
            onChange={(_, d) => onAndra(roll, d.value === "" ? undefined : Number(d.value))}
          >
            <option value="">– saknas –</option>
            {rubriker.map((r, i) => (
              <option key={i} value={String(i)}>
                {String(r ?? "").replace(/\s+/g, " ") || `Kolumn ${i + 1}`}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
