import { Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Riktning } from "../../core/bedomning/riktning";
import type { Malbedomning, Tabellrad, Utvardering } from "../../core/tabell/tabell";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  mal: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px", marginTop: "8px" },
  malrubrik: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", gap: "4px", alignItems: "center" },
  lista: { listStyle: "none", margin: 0, padding: 0 },
  rad: { padding: "6px 0", display: "grid", gap: "2px" },
  brytrad: { paddingLeft: "16px" },
  huvud: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", gap: "4px", alignItems: "center" },
  motivering: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  utv: Utvardering;
  onRiktning: (index: number, riktning: Riktning) => void;
}

/** Each row with its status and reason, breakdown rows indented, grouped per nämndmål. */
export function Forhandsvisning({ utv, onRiktning }: Props) {
  const styles = useStyles();
  const grupper = grupperaPerMal(utv);
  return (
    <div>
      {grupper.map(({ mal, rader }, i) => (
        <section key={mal?.namndmal ?? i} className={styles.mal} aria-label={mal?.namndmal ?? "Rader"}>
          {mal && (
            <div className={styles.malrubrik}>
              <Text weight="semibold">{mal.namndmal}</Text>
              <StatusBadge status={mal.status} />
            </div>
          )}
          <ul className={styles.lista}>
            {rader.map((rad) => (
              <Rad key={rad.index} rad={rad} visaRiktning={utv.typ === "indikatorer"} onRiktning={onRiktning} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Rad({
  rad,
  visaRiktning,
  onRiktning,
}: {
  rad: Tabellrad;
  visaRiktning: boolean;
  onRiktning: Props["onRiktning"];
}) {
  const styles = useStyles();
  return (
    <li className={rad.brytrad ? `${styles.rad} ${styles.brytrad}` : styles.rad}>
      <div className={styles.huvud}>
        <Text size={300}>{rad.namn || "(namnlös rad)"}</Text>
        <StatusBadge status={rad.status} />
      </div>
      <Text size={200} className={styles.motivering}>
        {rad.motivering}
      </Text>
      {visaRiktning && !rad.brytrad && (
        <Select
          size="small"
          aria-label={`Riktning för ${rad.namn}`}
          value={rad.riktning}
          onChange={(_, d) => onRiktning(rad.index, d.value as Riktning)}
        >
          <option value="hogre">↑ Högre är bättre</option>
          <option value="lagre">↓ Lägre är bättre</option>
        </Select>
      )}
    </li>
  );
}

function grupperaPerMal(utv: Utvardering): { mal?: Malbedomning; rader: Tabellrad[] }[] {
  const perMal = new Map(utv.mal.map((m) => [m.namndmal, m]));
  const grupper: { mal?: Malbedomning; rader: Tabellrad[] }[] = [];
  for (const rad of utv.rader) {
    const mal = rad.namndmal ? perMal.get(rad.namndmal) : undefined;
    const sista = grupper[grupper.length - 1];
    if (sista && sista.mal === mal) sista.rader.push(rad);
    else grupper.push({ mal, rader: [rad] });
  }
  return grupper;
}
