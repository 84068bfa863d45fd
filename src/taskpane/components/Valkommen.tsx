import { Body1, Subtitle2, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  rot: { display: "grid", gap: "8px" },
  stycke: { margin: 0 },
  steg: { margin: 0, paddingLeft: "1.5em", display: "grid", gap: "4px" },
});

/** The first run: what Målkoll does, in two lines, and the three steps. */
export function Valkommen() {
  const styles = useStyles();
  return (
    <section className={styles.rot} aria-labelledby="valkommen">
      <Subtitle2 as="h2" id="valkommen">
        Så fungerar Målkoll
      </Subtitle2>
      <Body1 as="p" className={styles.stycke}>
        Målkoll bedömer varje indikator i måltabellen: Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
        Nämndmålen vägs samman och färgmarkeras i arket, och allt stannar i arbetsboken.
      </Body1>
      <ol className={styles.steg}>
        <li>
          <Body1>Markera måltabellen, eller en cell i den, och välj Läs in.</Body1>
        </li>
        <li>
          <Body1>Granska bedömningen och kolumnerna här i fönstret.</Body1>
        </li>
        <li>
          <Body1>Välj Färgmarkera. Ta bort tar bort exakt det Målkoll lade till.</Body1>
        </li>
      </ol>
    </section>
  );
}
