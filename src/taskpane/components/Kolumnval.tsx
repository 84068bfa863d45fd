import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ROLLER, ROLLNAMN, type Mappning, type Roll } from "../../core";
import { kolumnbeskrivning, kolumnnamn } from "../visning";

const useStyles = makeStyles({
  // One column of fields at 320 px, two where there is room. A <select> is as wide as its longest option: grid items
  // and selects may shrink below it (min-width 0, width 100 %).
  rutnat: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(220px, 100%), 1fr))", gap: "10px" },
  falt: { minWidth: 0 },
  etikett: { overflowWrap: "anywhere" },
  lista: { minWidth: 0, width: "100%" },
  varfor: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

interface Props {
  /** The columns as the pane reads them now (the rules' mapping, or the user's). */
  mappning: Mappning;
  /** The rules' mapping at Läs in: the reason a column got its role, shown while the column keeps that role. */
  franReglerna: Mappning;
  /** The user gives column `kolumn` a role, or none. */
  onAndra: (kolumn: number, roll: Roll | undefined) => void;
}

/**
 * The column mapping, column by column: each column's role (one role per column, a role on at most one column: the
 * core's sattRoll), why it has it, and how a value column's numbers are read.
 */
export function Kolumnval({ mappning, franReglerna, onAndra }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.rutnat} role="group" aria-label="Kolumnernas roller">
      {mappning.kolumner.map((k) => (
        <Field
          key={k.index}
          size="small"
          className={styles.falt}
          label={<span className={styles.etikett}>{kolumnnamn(k)}</span>}
          hint={<Text className={styles.varfor}>{kolumnbeskrivning(k, franReglerna.kolumner[k.index])}</Text>}
        >
          <Select
            size="small"
            className={styles.lista}
            value={k.roll ?? ""}
            onChange={(_, d) => onAndra(k.index, d.value === "" ? undefined : (d.value as Roll))}
          >
            <option value="">{k.lamnas ? "Lämnas orörd" : "Ingen roll"}</option>
            {ROLLER.map((r) => (
              <option key={r} value={r}>
                {ROLLNAMN[r]}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
