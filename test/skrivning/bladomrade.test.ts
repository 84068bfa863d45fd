/** tolkaBladomrade: a defined name's range as Excel writes it, quoted sheet names included (finding 2). */
import { tolkaBladomrade } from "../../src/core/skrivning/adress";

describe("tolkaBladomrade", () => {
  it.each([
    ["'Nämnd, 2024'!$H$2:$H$30", "Nämnd, 2024", 1, 7, 29, 1],
    ["='Vård och omsorg''s mål'!$H$2", "Vård och omsorg's mål", 1, 7, 1, 1],
    ["'A!B'!A1:B2", "A!B", 0, 0, 2, 2],
    ["Blad1!$A$1:$G$27", "Blad1", 0, 0, 27, 7],
    // Columns past Z, to the sheet's last cell (XFD1048576: Excel specifications and limits).
    ["Blad1!$AA$2:$XFD$1048576", "Blad1", 1, 26, 1048575, 16358],
    ["Blad1!$A$1:$AB$3", "Blad1", 0, 0, 3, 28],
  ])("%s", (text, blad, rad, kolumn, rader, kolumner) => {
    expect(tolkaBladomrade(text)).toEqual({ blad, rad, kolumn, rader, kolumner });
  });

  it.each([
    "'Nämnd, 2024'!$H$2:$H$30,'Nämnd, 2024'!$J$2",
    "Blad1!A1,Blad1!B2",
    "$H$2:$H$30",
    "'Mål 2020'!H2:H30 ",
    "'A'B'!A1",
    "Nämnd 2024!A1",
    '"text"',
    "#REF!",
    // A reversed area, as an edited name could hold: Excel itself always writes top-left first.
    "Blad1!B2:A1",
    "Blad1!A2:B1",
    "Blad1!B1:A2",
  ])("not a single area on a named sheet: %s", (text) => {
    expect(tolkaBladomrade(text)).toBeUndefined();
  });
});
