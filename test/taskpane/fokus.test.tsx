/**
 * @jest-environment jsdom
 *
 * Focus and announcements around the action bar (issue 17, accessibility): focus never falls to the page when a
 * message or Ta bort's choices go away, and Ta bort's outcome is in the live region (WAI-ARIA APG, dialog pattern:
 * focus returns to the control that opened it; WCAG 2.4.3 Focus Order, 4.1.3 Status Messages).
 */
import "./dom";
import { screen, waitFor, within } from "@testing-library/react";
import { BORTTAGEN, INGEN_MARKERING, tjanst, visaRutan } from "./rutan";
import type { Markeringsoversikt } from "../../src/taskpane/excel/tjanst";

/** Two marked tables and a summary sheet: Ta bort asks what to remove. */
const TVA_TABELLER: Markeringsoversikt = {
  markeringar: [
    { id: 1, blad: "Mål 2020", tabell: "A1:G27" },
    { id: 2, blad: "Mål 2020", tabell: "A34:G60" },
  ],
  sammanstallningar: [{ id: 3, blad: "Måluppfyllelse" }],
  aldreDelar: 0,
  varningar: [],
};

const taBortKnapp = () => screen.getByRole("button", { name: "Ta bort färgmarkering" });
const status = () => screen.getByRole("status");

describe("focus stays on a control", () => {
  it("after Stäng on a message: on the button of the action whose result it was", async () => {
    const { anvandare } = visaRutan(tjanst());
    await anvandare.click(taBortKnapp());
    await within(status()).findByText("Inget att ta bort");
    await anvandare.click(screen.getByRole("button", { name: "Stäng meddelandet" }));
    expect(screen.queryByText("Inget att ta bort")).toBeNull();
    expect(document.activeElement).toBe(taBortKnapp());
  });

  it("after Stäng on a message no action caused (missing Excel features): on the first button", async () => {
    const { anvandare } = visaRutan(tjanst({ saknadeFunktioner: () => ["Den här Excel-versionen saknar något."] }));
    await anvandare.click(await screen.findByRole("button", { name: "Stäng meddelandet" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Läs in" }));
  });

  it("Ta bort's choices take focus when they appear, and give it back to Ta bort on Avbryt", async () => {
    const taBort = jest.fn();
    const { anvandare } = visaRutan(tjanst({ markeringar: async () => TVA_TABELLER, taBort }));
    await anvandare.click(taBortKnapp());
    const val = await screen.findByRole("group", { name: "Ta bort färgmarkering" });
    expect(val.contains(document.activeElement)).toBe(true);
    await anvandare.click(within(val).getByRole("button", { name: "Avbryt" }));
    expect(screen.queryByRole("group", { name: "Ta bort färgmarkering" })).toBeNull();
    expect(document.activeElement).toBe(taBortKnapp());
    expect(taBort).not.toHaveBeenCalled();
  });

  it("Esc in Ta bort's choices is Avbryt, focus back on Ta bort", async () => {
    const { anvandare } = visaRutan(tjanst({ markeringar: async () => TVA_TABELLER }));
    await anvandare.click(taBortKnapp());
    await screen.findByRole("group", { name: "Ta bort färgmarkering" });
    await anvandare.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Ta bort färgmarkering" })).toBeNull();
    expect(document.activeElement).toBe(taBortKnapp());
  });

  it("after Ta bort in the choices: on Ta bort, and the outcome is announced in the status region", async () => {
    const taBort = jest.fn(async () => ({ ...BORTTAGEN, markeringar: 2 }));
    const { anvandare } = visaRutan(tjanst({ markeringar: async () => TVA_TABELLER, taBort }));
    await anvandare.click(taBortKnapp());
    const val = await screen.findByRole("group", { name: "Ta bort färgmarkering" });
    await anvandare.click(within(val).getByRole("button", { name: "Ta bort" }));
    await within(status()).findByText("Färgmarkeringen är borttagen");
    expect(taBort).toHaveBeenCalledWith({ markeringar: "alla", sammanstallningar: false });
    expect(status().textContent).toContain("Borttaget för tabellen A1:G27 på bladet Mål 2020: 44 celler");
    expect(document.activeElement).toBe(taBortKnapp());
  });
});

describe("Ta bort says what it did", () => {
  it("that nothing was removed, when the record held nothing left to remove", async () => {
    const taBort = jest.fn(async () => ({
      ...BORTTAGEN,
      markeringar: 0,
      celler: 0,
      villkor: 0,
      namn: 0,
      meddelanden: ["Arbetsboken har ingen färgmarkering från Målkoll att ta bort."],
    }));
    const { anvandare } = visaRutan(
      tjanst({ markeringar: async () => ({ ...INGEN_MARKERING, markeringar: [TVA_TABELLER.markeringar[0]] }), taBort }),
    );
    await anvandare.click(taBortKnapp());
    await within(status()).findByText("Inget togs bort");
    expect(status().textContent).toContain("Arbetsboken har ingen färgmarkering från Målkoll att ta bort.");
    expect(screen.queryByText(/Färgmarkeringen är borttagen/)).toBeNull();
  });

  it("what it removed, and what it left, titled by the outcome", async () => {
    const taBort = jest.fn(async () => ({
      ...BORTTAGEN,
      lamnade: [{ adress: "H5", blad: "Mål 2020", kolumn: "H", typ: "andrad" as const }],
      meddelanden: [...BORTTAGEN.meddelanden, "1 cell i H har ändrats av dig och lämnades kvar."],
    }));
    const { anvandare } = visaRutan(
      tjanst({ markeringar: async () => ({ ...INGEN_MARKERING, markeringar: [TVA_TABELLER.markeringar[0]] }), taBort }),
    );
    await anvandare.click(taBortKnapp());
    await within(status()).findByText("Färgmarkeringen är borttagen, utom det du har ändrat");
    expect(status().textContent).toContain("1 cell i H har ändrats av dig och lämnades kvar.");
    await waitFor(() => expect(document.activeElement).toBe(taBortKnapp()));
  });
});
