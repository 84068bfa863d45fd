import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Select,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { type Riktning, type Malbedomning, type Tabellrad, type Utvardering } from "../../core";
import { StatusBadge } from "./StatusBadge";
import { antal as antalText, heltal, radensOrd } from "../visning";

/** Up to this many rows in all, every goal is open from the start; a larger table opens with goals closed. */
export const OPPNA_UPP_TILL = 60;
/** Rows (and goals) shown at a time; "Visa fler" adds as many again. */
export const SIDA = 50;

const useStyles = makeStyles({
  lista: { listStyle: "none", margin: 0, padding: 0 },
  rad: {
    padding: "6px 0",
    display: "grid",
    gap: "2px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  brytrad: { paddingLeft: "16px" },
  huvud: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", gap: "4px", alignItems: "center" },
  namn: { overflowWrap: "anywhere", minWidth: 0 },
  motivering: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  rubrik: { display: "flex", flexWrap: "wrap", gap: "4px 8px", alignItems: "center", minWidth: 0 },
  malnamn: { overflowWrap: "anywhere" },
  antal: { color: tokens.colorNeutralForeground3 },
  riktning: { maxWidth: "100%" },
  fler: { marginTop: "4px" },
});

/** One nämndmål and its rows, in table order; `mal` is missing for rows outside any goal. */
export interface Grupp {
  readonly nyckel: string;
  readonly mal?: Malbedomning;
  readonly rader: readonly Tabellrad[];
}

/**
 * Rows grouped per nämndmål, in the order goals first appear; rows before the first goal (or in a table
 * without goals) form one group without a goal. A goal whose rows are spread over the table is one group.
 */
export function grupperaPerMal(utv: Utvardering): Grupp[] {
  const perMal = new Map(utv.mal.map((m) => [m.namndmal, m]));
  const grupper = new Map<string, { mal?: Malbedomning; rader: Tabellrad[] }>();
  for (const rad of utv.rader) {
    const mal = rad.namndmal ? perMal.get(rad.namndmal) : undefined;
    const nyckel = mal ? `mal:${mal.namndmal}` : "utan";
    const grupp = grupper.get(nyckel) ?? { mal, rader: [] };
    grupp.rader.push(rad);
    grupper.set(nyckel, grupp);
  }
  return [...grupper].map(([nyckel, g]) => ({ nyckel, ...g }));
}

interface Props {
  utv: Utvardering;
  onRiktning: (index: number, riktning: Riktning) => void;
}

/**
 * The judged rows per nämndmål. A goal is a heading with a disclosure button (the WAI-ARIA accordion pattern,
 * Fluent's Accordion) that names the goal, its status and its number of rows; its rows are rendered only while
 * it is open, SIDA at a time, and so are the goals themselves. So 5 000 rows stay a few hundred elements, and
 * everything remains reachable by keyboard and screen reader, which a virtual list would hide from the latter.
 */
export function Forhandsvisning({ utv, onRiktning }: Props) {
  const styles = useStyles();
  const grupper = grupperaPerMal(utv);
  const [oppna, setOppna] = useState<string[]>(() =>
    utv.rader.length <= OPPNA_UPP_TILL ? grupper.map((g) => g.nyckel) : [],
  );
  const [antalMal, setAntalMal] = useState(SIDA);
  const visaRiktning = utv.typ === "indikatorer";

  if (grupper.length === 1 && !grupper[0].mal)
    return (
      <div role="group" aria-label="Bedömda rader">
        <Radlista rader={grupper[0].rader} visaRiktning={visaRiktning} onRiktning={onRiktning} />
      </div>
    );

  const vaxla: AccordionToggleEventHandler<string> = (_, data) => setOppna(data.openItems);
  const kvar = grupper.length - antalMal;
  return (
    <div role="group" aria-label="Bedömda rader per nämndmål">
      <Accordion multiple collapsible openItems={oppna} onToggle={vaxla}>
        {grupper.slice(0, antalMal).map(({ nyckel, mal, rader }) => (
          <AccordionItem key={nyckel} value={nyckel}>
            <AccordionHeader as="h3" size="small">
              <span className={styles.rubrik}>
                <Text weight="semibold" className={styles.malnamn}>
                  {mal?.namndmal ?? "Rader utan nämndmål"}
                </Text>
                {mal && <StatusBadge status={mal.status} />}
                <Text size={200} className={styles.antal}>
                  {antalText(rader.length, "rad", "rader")}
                </Text>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <Radlista rader={rader} visaRiktning={visaRiktning} onRiktning={onRiktning} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {kvar > 0 && (
        <Button className={styles.fler} size="small" onClick={() => setAntalMal(antalMal + SIDA)}>
          Visa {antalText(Math.min(SIDA, kvar), "mål", "mål")} till (av {heltal(kvar)} kvar)
        </Button>
      )}
    </div>
  );
}

/** A goal's rows, SIDA at a time. */
function Radlista({
  rader,
  visaRiktning,
  onRiktning,
}: {
  rader: readonly Tabellrad[];
  visaRiktning: boolean;
  onRiktning: Props["onRiktning"];
}) {
  const styles = useStyles();
  const [antal, setAntal] = useState(SIDA);
  const kvar = rader.length - antal;
  return (
    <>
      <ul className={styles.lista}>
        {rader.slice(0, antal).map((rad) => (
          <Rad key={rad.index} rad={rad} visaRiktning={visaRiktning} onRiktning={onRiktning} />
        ))}
      </ul>
      {kvar > 0 && (
        <Button className={styles.fler} size="small" onClick={() => setAntal(antal + SIDA)}>
          Visa {antalText(Math.min(SIDA, kvar), "rad", "rader")} till (av {heltal(kvar)} kvar)
        </Button>
      )}
    </>
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
        <Text size={300} className={styles.namn}>
          {rad.namn || "(namnlös rad)"}
        </Text>
        <StatusBadge status={rad.status} text={radensOrd(rad)} />
      </div>
      <Text size={200} className={styles.motivering}>
        {rad.motivering}
      </Text>
      {rad.anmarkning && (
        <Text size={200} weight="semibold" className={styles.motivering}>
          {rad.anmarkning}
        </Text>
      )}
      {visaRiktning && !rad.brytrad && (
        <Select
          size="small"
          className={styles.riktning}
          aria-label={`Riktning för ${rad.namn || "raden"}`}
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
