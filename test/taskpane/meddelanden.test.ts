/**
 * What the pane says in words and numbers (src/taskpane/visning.ts): failures as Swedish messages titled by their
 * cause (never a raw Office.js code or "Tekniskt fel" as the message), counts in the right number, and percentages
 * written as the core's reasons write numbers.
 */
import * as adapter from "../../src/taskpane/excel/adapter";
import { Anvandarfel } from "../../src/taskpane/excel/tjanst";
import { antal, felmeddelande, lasProcent, procenttext } from "../../src/taskpane/visning";
import { anvandare, farglagg, indikatortabell, installera, lasIn, markera } from "./hjalp";

/** An Office.js error as Excel rejects with it (OfficeExtension.Error: a code and an English message). */
const officefel = (code: string) => Object.assign(new Error(`The operation failed (${code}).`), { code });

/** What the pane shows for the adapter's rejection of `atgard`. */
async function meddelandeFor(atgard: () => Promise<unknown>, namn: Parameters<typeof felmeddelande>[1]) {
  const fel = await atgard().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(fel).toBeInstanceOf(Anvandarfel);
  return felmeddelande(fel, namn);
}

const BLAD = "Mål 2020";

describe("a failure the adapter explains is a warning titled by its cause", () => {
  it.each([
    ["an empty cell", "Tom", "A1", "Ingen tabell vid markeringen"],
    ["whole columns", BLAD, "A:G", "Hela kolumner eller rader är markerade"],
  ])("Läs in on %s", async (_, blad, adress, titel) => {
    installera({ [BLAD]: indikatortabell(), Tom: [] }, { blad, adress });
    const m = await meddelandeFor(() => adapter.lasTabell(), "lasIn");
    expect(m).toMatchObject({ typ: "warning", titel });
    expect(m.text).not.toMatch(/Kontrollera markeringen/);
  });

  it("Färgmarkera on a protected sheet, and with another sheet active", async () => {
    const { wb } = installera({ [BLAD]: indikatortabell(), Blad2: [["Annat"]] }, { blad: BLAD, adress: "A1" });
    anvandare.skydda(wb, BLAD);
    expect(await meddelandeFor(() => farglagg(), "farglagg")).toMatchObject({ titel: "Bladet är skyddat" });
    anvandare.skydda(wb, BLAD, false);
    const inlast = await lasIn();
    markera(wb, "Blad2", "A1");
    expect(
      await meddelandeFor(
        () => adapter.farglagg(inlast.tabell, inlast.last, { helRad: false, symboler: true, delvisAndel: 0.1 }),
        "farglagg",
      ),
    ).toMatchObject({ titel: "Ett annat blad är aktivt" });
  });

  it("a sentence without a known cause is titled by what did not happen", () => {
    const m = felmeddelande(new Anvandarfel("Något helt nytt som adaptern säger."), "las");
    expect(m).toEqual({ typ: "warning", titel: "Statusarna låstes inte", text: "Något helt nytt som adaptern säger." });
  });

  it("the titles differ between causes: no single 'Kontrollera markeringen' for all", () => {
    const titlar = [
      "Du har markerat hela kolumner (A:G). Markera tabellen, eller en cell i den, och välj Läs in igen.",
      "Bladet Mål 2020 är skyddat, så Målkoll kan inte skriva där. Ta bort skyddet (Granska > Ta bort bladets skydd) och försök igen.",
      "Tabellen har ändrats sedan du läste in den (rader, kolumner, namn eller talformat har ändrats). Välj Läs in igen och sedan Färgmarkera.",
      "Tabellen slutar vid arkets högra kant (kolumn XFD), så det finns ingen plats för Målkolls statuskolumn. Flytta tabellen åt vänster och försök igen.",
      "Excel kunde inte färgmarkera tabellen (felkod GeneralException). Försök igen; kvarstår felet, stäng och öppna arbetsboken.",
    ].map((text) => felmeddelande(new Anvandarfel(text), "farglagg").titel);
    expect(titlar).toEqual([
      "Hela kolumner eller rader är markerade",
      "Bladet är skyddat",
      "Tabellen har ändrats sedan Läs in",
      "Ingen plats för Målkolls kolumner",
      "Excel kunde inte slutföra åtgärden",
    ]);
  });
});

describe("an Office.js error is said in Swedish, never as its code or English message", () => {
  it.each([
    ["InvalidArgument", "Excel godtog inte ändringen", /Läs in/],
    ["ItemNotFound", "Tabellen eller bladet finns inte längre", /Välj Läs in igen/],
    ["GeneralException", "Excel kunde inte slutföra åtgärden", /Försök igen/],
    ["AccessDenied", "Bladet eller arbetsboken är skyddad", /Ta bort skyddet/],
    ["InvalidOperationInCellEditMode", "En cell redigeras", /Enter eller Esc/],
  ])("%s", (kod, titel, gora) => {
    const m = felmeddelande(officefel(kod), "farglagg");
    expect(m.typ).toBe("error");
    expect(m.titel).toBe(titel);
    expect(m.text).toMatch(gora);
    expect(`${m.titel} ${m.text} ${m.detalj ?? ""}`).not.toMatch(new RegExp(`${kod}|Tekniskt fel|operation failed`));
  });

  it("an unknown code: a general Swedish message, the code only as a detail", () => {
    const m = felmeddelande(officefel("PowerQueryRefreshResourceChallenge"), "sammanstallning");
    expect(m.titel).toBe("Sammanställningen skapades inte");
    expect(`${m.titel} ${m.text}`).not.toMatch(/PowerQuery|Tekniskt fel|operation failed/);
    expect(m.detalj).toBe("Felkod från Excel: PowerQueryRefreshResourceChallenge");
  });

  it("Office's async errors (a number as code, saving settings): the number only as a detail", () => {
    const m = felmeddelande(
      { name: "Internal Error", message: "An internal error has occurred.", code: 5001 },
      "installningar",
    );
    expect(m).toMatchObject({
      typ: "error",
      titel: "Inställningarna sparades inte",
      detalj: "Felkod från Excel: 5001",
    });
    expect(m.text).not.toMatch(/internal/i);
  });

  it("a failure that is no Excel error (a bug): a general message, its own text only as a detail", () => {
    const m = felmeddelande(new TypeError("x is undefined"), "lasIn");
    expect(m.titel).toBe("Tabellen lästes inte in");
    expect(m.text).not.toMatch(/undefined|Tekniskt fel/);
    expect(m.detalj).toBe("Detalj för support: x is undefined");
  });
});

describe("counts", () => {
  it.each([
    [0, "0 rader"],
    [1, "1 rad"],
    [2, "2 rader"],
    [5000, "5 000 rader"],
  ])("%i rows", (n, text) => expect(antal(n, "rad", "rader")).toBe(text));
  it("other nouns", () => {
    expect(antal(1, "markerad tabell", "markerade tabeller")).toBe("1 markerad tabell");
    expect(antal(3, "mål", "mål")).toBe("3 mål");
  });
});

describe("percentages with the decimals they were judged with", () => {
  it.each([
    [0.1, "10,0 %"],
    [0.125, "12,5 %"],
    [0.123456, "12,3456 %"],
    [0.07, "7,0 %"],
    [0.0001, "0,01 %"],
    [0, "0,0 %"],
  ])("%f", (andel, text) => expect(procenttext(andel)).toBe(text));

  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    [" 12,5 % ", 12.5],
    ["7", 7],
    ["150", 150],
    ["abc", undefined],
    ["1,2,3", undefined],
    ["", undefined],
    // Thousands separated by a space, as spec §2 reads numbers: a value, out of range for the band.
    ["1 020", 1020],
    ["12,5 procent", undefined],
  ])("typed %p", (text, varde) => expect(lasProcent(text)).toBe(varde));
});
