import { useState } from "react";
import { Button, Checkbox, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import type { Borttagningsval, Markeringsoversikt } from "../excel/tjanst";
import { antal as antalText } from "../visning";

const useStyles = makeStyles({
  ruta: { display: "grid", gap: "8px" },
  knappar: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

interface Props {
  oversikt: Markeringsoversikt;
  /** The marking of the table read in, when it has one: offered as "only this table". */
  aktuell?: number;
  onValj: (val: Borttagningsval) => void;
  onAvbryt: () => void;
}

/**
 * Ta bort's choices: this table or all, and whether the summary sheets go too. Esc is Avbryt, as in a dialog; the
 * action bar (Atgarder) moves focus into the choices and back to Ta bort afterwards.
 */
export function TaBortVal({ oversikt, aktuell, onValj, onAvbryt }: Props) {
  const styles = useStyles();
  const denna = oversikt.markeringar.find((m) => m.id === aktuell);
  const [omfang, setOmfang] = useState<"denna" | "alla">(denna ? "denna" : "alla");
  const [blad, setBlad] = useState(false);
  const antal = oversikt.markeringar.length;
  return (
    <div
      className={styles.ruta}
      role="group"
      aria-label="Ta bort färgmarkering"
      onKeyDown={(e) => {
        if (e.key === "Escape") onAvbryt();
      }}
    >
      {antal > 0 && (
        <RadioGroup value={omfang} onChange={(_, d) => setOmfang(d.value as "denna" | "alla")}>
          {denna && (
            <Radio value="denna" label={`Bara den inlästa tabellen (${denna.tabell ?? ""} på ${denna.blad})`} />
          )}
          <Radio
            value="alla"
            label={
              antal === 1
                ? "Den markerade tabellen"
                : `Alla ${antalText(antal, "markerad tabell", "markerade tabeller")} i arbetsboken`
            }
          />
        </RadioGroup>
      )}
      {oversikt.sammanstallningar.length > 0 && (
        <Checkbox
          checked={blad}
          onChange={(_, d) => setBlad(Boolean(d.checked))}
          label={`Ta även bort sammanställningsbladen (${oversikt.sammanstallningar.map((s) => s.blad).join(", ")}) om de är oförändrade`}
        />
      )}
      <div className={styles.knappar}>
        <Button
          appearance="primary"
          onClick={() =>
            onValj({ markeringar: omfang === "denna" && denna ? [denna.id] : "alla", sammanstallningar: blad })
          }
        >
          Ta bort
        </Button>
        <Button onClick={onAvbryt}>Avbryt</Button>
      </div>
    </div>
  );
}
