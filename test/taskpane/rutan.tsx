/**
 * The pane rendered in jsdom for its component tests: the App inside Fluent's provider, with an Excel service the
 * test gives (ExcelTjanst is the pane's only way to Excel, src/taskpane/excel/tjanst.ts), so each test says exactly
 * what Excel answered. The adapter itself is tested against the fake (the other tests here) and in Chromium (e2e).
 */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { App } from "../../src/taskpane/App";
import type { Borttagning, ExcelTjanst, Markeringsoversikt } from "../../src/taskpane/excel/tjanst";

/** Nothing of Målkoll's in the workbook. */
export const INGEN_MARKERING: Markeringsoversikt = {
  markeringar: [],
  sammanstallningar: [],
  aldreDelar: 0,
  varningar: [],
};

/** What Ta bort answers for one table it removed. */
export const BORTTAGEN: Borttagning = {
  markeringar: 1,
  celler: 44,
  villkor: 4,
  namn: 14,
  delar: 0,
  bladBorttagna: [],
  bladKvar: [],
  lamnade: [],
  meddelanden: [
    "Borttaget för tabellen A1:G27 på bladet Mål 2020: 44 celler, 4 villkorsstyrda formateringar och 14 dolda namn.",
  ],
};

const ejAnvand = (namn: string) => () => {
  throw new Error(`${namn} anropades inte av testet`);
};

/** An Excel service answering as `svar` says; anything else fails the test when called. */
export function tjanst(svar: Partial<ExcelTjanst> = {}): ExcelTjanst {
  return {
    saknadeFunktioner: () => [],
    lasInstallningar: (standard) => ({ installningar: standard }),
    sparaInstallningar: async () => undefined,
    lasTabell: ejAnvand("lasTabell"),
    farglagg: ejAnvand("farglagg"),
    statusarSomVarden: ejAnvand("statusarSomVarden"),
    markeringar: async () => INGEN_MARKERING,
    taBort: ejAnvand("taBort"),
    skapaSammanstallning: ejAnvand("skapaSammanstallning"),
    ...svar,
  };
}

/** Renders `element` in Fluent's light theme, with a user who clicks and types. */
export function visa(element: ReactElement) {
  const anvandare = userEvent.setup();
  return { anvandare, ...render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>) };
}

/** The App over `excel`. */
export const visaRutan = (excel: ExcelTjanst) => visa(<App excel={excel} />);
