import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
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
  /** A technical detail for whoever gives support (an Excel error code), shown small under the text. */
  detalj?: string;
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
  detalj: { display: "block", color: tokens.colorNeutralForeground3, marginTop: "2px" },
});

interface Props {
  atgarder: readonly Atgard[];
  /** What the actions work on, e.g. "Tabell: Blad1!A1:G27, 26 rader". */
  tabell?: string;
  /** What is under way, shown with a spinner; while set, every button is unavailable. */
  arbete?: string;
  meddelande?: Meddelande;
  onStang: () => void;
  /**
   * A follow-up of an action that needs the user's answer (e.g. what Ta bort should remove), shown by the buttons.
   * Focus moves into it when it appears, and back to the button that opened it when it goes (answered or cancelled).
   */
  children?: ReactNode;
}

/**
 * The action bar: the buttons in the order of the work (Läs in, Färgmarkera, then the rest), the table they act on,
 * progress, and the result of the last action right under the button that caused it.
 * Screen readers hear progress and results from a polite live region (role status), a failure from an assertive one
 * (role alert); both stay in the page.
 * Unavailable buttons stay focusable (aria-disabled), so focus is never lost while an action runs and a
 * screen-reader user hears that the action exists. Focus never falls to the page: closing the message, or a
 * follow-up going away, puts it back on the button of the last action (WAI-ARIA APG, dialog pattern: focus returns
 * to the element that invoked it).
 */
export function Atgarder({ atgarder, tabell, arbete, meddelande, onStang, children }: Props) {
  const styles = useStyles();
  const rot = useRef<HTMLDivElement>(null);
  const knappar = useRef(new Map<string, HTMLElement>());
  const senast = useRef<string>();
  const foljd = useRef<HTMLDivElement>(null);
  /** Focus to the button of the last action (the one whose result or follow-up is shown), else the first. */
  const fokusTillbaka = () =>
    (knappar.current.get(senast.current ?? "") ?? knappar.current.values().next().value)?.focus();
  const harFoljd = Boolean(children);
  const hadeFoljd = useRef(harFoljd);
  // Before paint, so a keyboard user never sees focus on nothing.
  useLayoutEffect(() => {
    if (harFoljd && !hadeFoljd.current)
      foljd.current?.querySelector<HTMLElement>("input:not([disabled]), button:not([disabled])")?.focus();
    // The follow-up took the focused control with it: the browser has put focus on the page itself.
    const forlorat = document.activeElement === null || document.activeElement === document.body;
    if (!harFoljd && hadeFoljd.current && forlorat) fokusTillbaka();
    hadeFoljd.current = harFoljd;
  });
  const stang = () => {
    fokusTillbaka();
    onStang();
  };
  const visa = (m: Meddelande | undefined) =>
    m && (
      <MessageBar intent={m.typ} layout="multiline" className={styles.meddelande}>
        <MessageBarBody>
          <MessageBarTitle>{m.titel}</MessageBarTitle>
          {m.text}
          {m.detalj && <Caption1 className={styles.detalj}>{m.detalj}</Caption1>}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              icon={<span aria-hidden="true">✕</span>}
              aria-label="Stäng meddelandet"
              onClick={stang}
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
            ref={(b) => {
              if (b) knappar.current.set(a.namn, b);
              else knappar.current.delete(a.namn);
            }}
            onClick={() => {
              senast.current = a.namn;
              a.onClick();
            }}
          >
            {a.kort ?? a.namn}
          </Button>
        ))}
      </div>
      {children && <div ref={foljd}>{children}</div>}
      {/* Progress and results are said politely, a failure at once (an assertive region of its own, since a live
          region's politeness cannot change). Both regions stay in the page, so every change in them is announced. */}
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
      <div role="alert">{!arbete && meddelande?.typ === "error" && visa(meddelande)}</div>
    </div>
  );
}
