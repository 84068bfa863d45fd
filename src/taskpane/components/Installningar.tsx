import { Field, SpinButton, Switch, makeStyles } from "@fluentui/react-components";
import type { Installningar as Inst } from "../../core/skrivning/plan";

const useStyles = makeStyles({ lista: { display: "grid", gap: "4px" } });

interface Props {
  installningar: Inst;
  onAndra: (installningar: Inst) => void;
}

/** Settings stored in the workbook. */
export function Installningar({ installningar, onAndra }: Props) {
  const styles = useStyles();
  const procent = Math.round(installningar.delvisAndel * 1000) / 10;
  return (
    <div className={styles.lista}>
      <Switch
        label="Färga hela raden (inte bara statuscellen)"
        checked={installningar.helRad}
        onChange={(_, d) => onAndra({ ...installningar, helRad: d.checked })}
      />
      <Switch
        label="Visa symboler (✔ ◐ ✖ ○) framför statusen"
        checked={installningar.symboler}
        onChange={(_, d) => onAndra({ ...installningar, symboler: d.checked })}
      />
      <Field label="Delvis uppfyllt inom (% av målvärdet, när gränsvärde saknas)" size="small">
        <SpinButton
          size="small"
          min={0}
          max={100}
          step={1}
          value={procent}
          displayValue={`${String(procent).replace(".", ",")} %`}
          onChange={(_, d) => {
            const varde =
              d.value ??
              Number(
                String(d.displayValue ?? "")
                  .replace(",", ".")
                  .replace("%", "")
                  .trim(),
              );
            if (Number.isFinite(varde) && varde >= 0 && varde <= 100)
              onAndra({ ...installningar, delvisAndel: varde / 100 });
          }}
        />
      </Field>
    </div>
  );
}
