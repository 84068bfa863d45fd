import { useState } from "react";
import { Field, SpinButton, Switch, makeStyles } from "@fluentui/react-components";
import { type Installningar as Inst } from "../../core";
import { lasProcent, procenttext } from "../visning";

const useStyles = makeStyles({ lista: { display: "grid", gap: "4px" } });

interface Props {
  installningar: Inst;
  onAndra: (installningar: Inst) => void;
}

/** The delvis band's bounds in percent of |målvärde| (the core's tolkaInstallningar accepts 0–1 as a fraction). */
const MIN = 0;
const MAX = 100;

/**
 * What is wrong with a typed delvis band, in Swedish, or undefined when it is a percentage within MIN–MAX.
 * `text` is what the user typed; `varde` the number read from it.
 */
function felIBand(text: string, varde: number | undefined): string | undefined {
  if (varde === undefined)
    return `”${text.trim()}” är inget tal. Skriv en andel mellan ${MIN} och ${MAX} %, till exempel 10 eller 12,5.`;
  if (varde < MIN || varde > MAX)
    return `Andelen ska vara mellan ${MIN} och ${MAX} %. Du skrev ${text.trim()}. Skriv till exempel 10.`;
  return undefined;
}

/**
 * Settings stored in the workbook. The delvis band is shown with the decimals it is judged with (procenttext). Text
 * typed into it that is no percentage within 0–100 is kept as typed, with a message by the field saying what to
 * write, and the setting stays as it was until the text is corrected (WCAG 3.3.1 Error Identification).
 */
export function Installningar({ installningar, onAndra }: Props) {
  const styles = useStyles();
  // What the user typed while it cannot be used, and why.
  const [felaktig, setFelaktig] = useState<{ text: string; fel: string }>();
  const procent = installningar.delvisAndel * 100;
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
      <Field
        label="Delvis uppfyllt inom (% av målvärdet, när gränsvärde saknas)"
        size="small"
        validationState={felaktig ? "error" : "none"}
        validationMessage={felaktig?.fel}
      >
        <SpinButton
          size="small"
          min={MIN}
          max={MAX}
          step={1}
          value={felaktig ? null : procent}
          displayValue={felaktig ? felaktig.text : procenttext(installningar.delvisAndel)}
          incrementButton={{ "aria-label": "Öka andelen med 1 procentenhet" }}
          decrementButton={{ "aria-label": "Minska andelen med 1 procentenhet" }}
          onChange={(_, d) => {
            // The arrows and arrow keys give a number (Fluent keeps it within min–max); typing gives the text.
            if (typeof d.value === "number") {
              setFelaktig(undefined);
              onAndra({ ...installningar, delvisAndel: d.value / 100 });
              return;
            }
            const text = d.displayValue ?? "";
            const varde = lasProcent(text);
            const fel = felIBand(text, varde);
            if (fel) setFelaktig({ text, fel });
            else if (varde !== undefined) {
              setFelaktig(undefined);
              onAndra({ ...installningar, delvisAndel: varde / 100 });
            }
          }}
        />
      </Field>
    </div>
  );
}
