import { Field, Select, makeStyles } from "@fluentui/react-components";
import { ROLLER, ROLLNAMN, type Kolumnval as Val, type Roll } from "../../core/tabell/tabell";
import type { Cellvarde } from "../../core/tal/cell";

const useStyles = makeStyles({
  rutnat: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: "8px" },
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
        <Field key={roll} label={ROLLNAMN[roll]} size="small">
          <Select
            size="small"
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
