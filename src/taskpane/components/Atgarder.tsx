import { useEffect, useRef, type ReactNode } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

/** A result for the user: a title and a sentence saying what happened and what to do next. */
export interface Meddelande {
  typ: "success" | "warning" | "error" | "info";
  titel: string;
  text: string;
}

/** One button of the bar. `kort` is the visible label where the full one would not fit at 320 px. */
export interface Atgard {
  namn: string;
  kort?: string;
  primar?: boolean;
  tillganglig: boolean;
  onClick: () => void;
}

const useStyles = makeStyles({
  // Sticky at the top of the pane: the actions and their results stay in view whatever the length of the preview.
  rot: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "grid",
    gap: "6px",
    margin: "0 -12px",
    padding: "8px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  knappar: { display: "flex", flexWrap: "wrap", gap: "6px" },
  tabell: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  // A long technical error (an address, an Excel message) wraps instead of widening the pane.
  meddelande: { overflowWrap: "anywhere", minWidth: 0 },
  arbete: { display: "flex", gap: "8px", alignItems: "center" },
});

interface Props {
  atgarder: readonly Atgard[];
  /** What the actions work on, e.g. "Tabell: Blad1!A1:G27 (26 rader)". */
  tabell?: string;
  /** What is under way, shown with a spinner; while set, every button is unavailable. */
  arbete?: string;
  meddelande?: Meddelande;
  onStang: () => void;
  /** A follow-up of an action that needs the user's answer (e.g. what Ta bort should remove), shown by the buttons. */
  children?: ReactNode;
}

/**
 * The action bar: the buttons in the order of the work (Läs in, Färgmarkera, then the rest), the table they act on,
 * progress, and the result of the last action, in a polite live region right under the button that caused it (a
 * failure in an assertive one).
 * Unavailable buttons stay focusable (aria-disabled), so focus is never lost while an action runs and a
 * screen-reader user hears that the action exists.
 */
export function Atgarder({ atgarder, tabell, arbete, meddelande, onStang, children }: Props) {
  const styles = useStyles();
  const rot = useRef<HTMLDivElement>(null);
  const visa = (m: Meddelande | undefined) =>
    m && (
      <MessageBar intent={m.typ} layout="multiline" className={styles.meddelande}>
        <MessageBarBody>
          <MessageBarTitle>{m.titel}</MessageBarTitle>
          {m.text}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              icon={<span aria-hidden="true">✕</span>}
              aria-label="Stäng meddelandet"
              onClick={onStang}
            />
          }
        />
      </MessageBar>
    );
  // The sticky bar must not hide what gets keyboard focus under it (WCAG 2.2, 2.4.11 Focus Not Obscured): the page
  // counts the bar's current height as outside the view when it scrolls a focused element into view.
  useEffect(() => {
    const element = rot.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const satt = () => (document.documentElement.style.scrollPaddingTop = `${element.offsetHeight + 8}px`);
    const observator = new ResizeObserver(satt);
    observator.observe(element);
    satt();
    return () => observator.disconnect();
  }, []);
  return (
    <div ref={rot} className={styles.rot} role="region" aria-label="Åtgärder">
      <div className={styles.knappar}>
        {atgarder.map((a) => (
          <Button
            key={a.namn}
            appearance={a.primar ? "primary" : "secondary"}
            size={a.primar ? "medium" : "small"}
            aria-label={a.kort ? a.namn : undefined}
            disabledFocusable={!a.tillganglig || arbete !== undefined}
            onClick={a.onClick}
          >
            {a.kort ?? a.namn}
          </Button>
        ))}
      </div>
      {children}
      <div role="status" aria-live="polite">
        {tabell && <Caption1 className={styles.tabell}>{tabell}</Caption1>}
        {arbete ? (
          <div className={styles.arbete}>
            <Spinner size="tiny" aria-hidden="true" />
            <Caption1>{arbete}</Caption1>
          </div>
        ) : (
          meddelande?.typ !== "error" && visa(meddelande)
        )}
      </div>
      {/* A failure interrupts: an assertive region of its own, since a live region's politeness cannot change. */}
      <div role="alert">{!arbete && meddelande?.typ === "error" && visa(meddelande)}</div>
    </div>
  );
}
