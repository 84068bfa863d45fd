/**
 * The pane's look follows Office: light or dark from `Office.context.officeTheme`, with bar colours for the
 * summary chart chosen per theme so that every bar keeps 3:1 against its track (WCAG 2.1, 1.4.11).
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { STATUSAR, type Status, FARGER } from "../core";

/** What the pane reads of Office's theme; every field may be missing (older hosts, outside Office). */
export type Officetema = Partial<Pick<Office.OfficeTheme, "isDarkTheme" | "bodyBackgroundColor">>;

/** The Fluent theme, plus one CSS variable per status for the summary bars (FluentProvider writes every key). */
export type Malkolltema = Theme & Record<`malkollStapel${number}`, string>;

/** The CSS variable of a status's bar colour, e.g. `var(--malkollStapel0)` for Uppfyllt. */
export const stapelfarg = (status: Status): string => `var(--malkollStapel${STATUSAR.indexOf(status)})`;

/** `#rrggbb` (or `rrggbb`) as three 0–255 channels; undefined for anything else. */
export function lasFarg(hex: string | undefined): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? "");
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : undefined;
}

/** Relative luminance 0–1 of an sRGB colour, as WCAG 2.1 defines it (Understanding SC 1.4.3). */
export function luminans([r, g, b]: readonly [number, number, number]): number {
  const kanal = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * kanal(r) + 0.7152 * kanal(g) + 0.0722 * kanal(b);
}

/** Contrast ratio 1–21 of two `#rrggbb` colours (WCAG 2.1); NaN when either is not such a colour. */
export function kontrast(a: string, b: string): number {
  const x = lasFarg(a);
  const y = lasFarg(b);
  if (!x || !y) return NaN;
  const [ljus, mork] = [luminans(x), luminans(y)].sort((p, q) => q - p);
  return (ljus + 0.05) / (mork + 0.05);
}

/**
 * Dark or light: `isDarkTheme` where the host gives it (Office.OfficeTheme, Excel 2016+ and the web), else the
 * body background's luminance (dark below 0,18, where black text would fall under 4,5:1), else light.
 */
export function arMorkt(tema: Officetema | undefined): boolean {
  if (typeof tema?.isDarkTheme === "boolean") return tema.isDarkTheme;
  const bakgrund = lasFarg(tema?.bodyBackgroundColor);
  return bakgrund !== undefined && luminans(bakgrund) < 0.18;
}

/**
 * The Fluent theme for Office's theme. Office's own body background is used when the theme's text keeps its
 * contrast on it (secondary text and links 4,5:1, body text 7:1), so the pane blends into Excel without losing
 * legibility; otherwise Fluent's own background stays.
 * Bars: in light theme the status text colours of spec §10, in dark theme the status fill colours.
 */
export function valjTema(tema: Officetema | undefined = lasOfficetema()): Malkolltema {
  const mork = arMorkt(tema);
  const bas: Theme = mork ? webDarkTheme : webLightTheme;
  const kanaler = lasFarg(tema?.bodyBackgroundColor);
  const bakgrund = kanaler && `#${kanaler.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  const lasbar = (farg: string) =>
    [bas.colorNeutralForeground3, bas.colorBrandForeground1, bas.colorBrandForegroundLink].every(
      (text) => kontrast(text, farg) >= 4.5,
    ) && kontrast(bas.colorNeutralForeground1, farg) >= 7;
  const staplar = Object.fromEntries(
    STATUSAR.map((s, i) => [`malkollStapel${i}`, mork ? FARGER[s].fyllning : FARGER[s].text]),
  );
  return {
    ...bas,
    ...(bakgrund && lasbar(bakgrund) ? { colorNeutralBackground1: bakgrund } : {}),
    ...staplar,
  } as Malkolltema;
}

/** `Office.context.officeTheme` when the page runs in Office, else undefined. */
export function lasOfficetema(): Officetema | undefined {
  return typeof Office !== "undefined" ? (Office.context?.officeTheme ?? undefined) : undefined;
}
