import { tolkaMalvarde, tolkaMalvardeCell } from "../../src/core/malvarde/tolka";

const m = (text: string) => tolkaMalvarde(text);

describe("tolkaMalvarde (spec §6)", () => {
  it.each([
    ["7,0 %", { typ: "grans", x: { varde: 0.07, procent: true } }],
    ["≤ 7 %", { typ: "grans", op: "<=", x: { varde: 0.07, procent: true } }],
    ["<= 7", { typ: "grans", op: "<=", x: { varde: 7, procent: false } }],
    ["Max 7 %", { typ: "grans", op: "<=", x: { varde: 0.07, procent: true } }],
    ["högst 5", { typ: "grans", op: "<=", x: { varde: 5, procent: false } }],
    ["Maximalt 5 %", { typ: "grans", op: "<=", x: { varde: 0.05, procent: true } }],
    ["maximalt 1 % budgetavvikelse", { typ: "band", x: { varde: 0.01, procent: true } }],
    ["högst 2 % avvikelse", { typ: "band", x: { varde: 0.02, procent: true } }],
    ["högst 3 mnkr underskott", { typ: "grans", op: ">=", x: { varde: -3, procent: false, enhet: "mnkr" } }],
    ["Max 7 % .", { typ: "grans", op: "<=", x: { varde: 0.07, procent: true } }],
    ["inte över 5", { typ: "grans", op: "<=", x: { varde: 5, procent: false } }],
    ["under 5", { typ: "grans", op: "<", x: { varde: 5, procent: false } }],
    ["Minst 90 %", { typ: "grans", op: ">=", x: { varde: 0.9, procent: true } }],
    ["=> 90", { typ: "grans", op: ">=", x: { varde: 90, procent: false } }],
    ["över 3", { typ: "grans", op: ">", x: { varde: 3, procent: false } }],
    ["5–10", { typ: "intervall", fran: { varde: 5, procent: false }, till: { varde: 10, procent: false } }],
    [
      "mellan 5 och 10 %",
      { typ: "intervall", fran: { varde: 0.05, procent: true }, till: { varde: 0.1, procent: true } },
    ],
    ["+/-1 %", { typ: "band", x: { varde: 0.01, procent: true } }],
    ["+- 2 % budgetavvikelse", { typ: "band", x: { varde: 0.02, procent: true } }],
    ["=<5", { typ: "grans", op: "<=", x: { varde: 5, procent: false } }],
    [">=90  %", { typ: "grans", op: ">=", x: { varde: 0.9, procent: true } }],
    ["Högst  2 mnkr", { typ: "grans", op: "<=", x: { varde: 2, procent: false, enhet: "mnkr" } }],
    ["Max 1 % budgetavvikelse", { typ: "band", x: { varde: 0.01, procent: true } }],
    [
      "högst 2 mnkr negativ budgetavvikelse",
      { typ: "grans", op: ">=", x: { varde: -2, procent: false, enhet: "mnkr" } },
    ],
    ["±0", { typ: "balans" }],
    ["Budget i balans", { typ: "balans" }],
    ["Ökar", { typ: "trend", upp: true }],
    ["ÖKAR", { typ: "trend", upp: true }],
    ["Ska minska", { typ: "trend", upp: false }],
    ["BUDGET I BALANS", { typ: "balans" }],
    [
      "Mellan 5 och 10 %",
      { typ: "intervall", fran: { varde: 0.05, procent: true }, till: { varde: 0.1, procent: true } },
    ],
    ["MAX 1 % Budgetavvikelse", { typ: "band", x: { varde: 0.01, procent: true } }],
    [
      "Ökas med 2 procentenheter",
      { typ: "forandring", upp: true, x: { varde: 0.02, procent: true, procentenheter: true }, satt: "procentenheter" },
    ],
    ["ska minska", { typ: "trend", upp: false }],
    ["Lägre än föregående år", { typ: "trend", upp: false }],
    ["Minska med 10%", { typ: "forandring", upp: false, x: { varde: 0.1, procent: true }, satt: "procent" }],
    [
      "öka med 2 procentenheter",
      { typ: "forandring", upp: true, x: { varde: 0.02, procent: true, procentenheter: true }, satt: "procentenheter" },
    ],
    ["Bibehålla", { typ: "bibehalla" }],
    ["≥ bästa resultatet för jämförelsekommunerna", { typ: "jamforelse", satt: "basta", strikt: false }],
    ["Bättre än riket", { typ: "jamforelse", satt: "medel", strikt: true }],
  ])("reads %p", (text, malvarde) => {
    expect(m(text).malvarde).toEqual(malvarde);
  });

  it("takes riktning from the text where it says so", () => {
    expect(m("Max 7 %").riktning).toBe("lagre");
    expect(m("minst 90 %").riktning).toBe("hogre");
    expect(m("7 %").riktning).toBeUndefined();
  });

  it.each([
    [
      "Frigöra personalresurser med minst 10 000 timmar",
      "minst 10 000 timmar",
      { typ: "grans", op: ">=", x: { varde: 10000, procent: false, enhet: "timmar" } },
    ],
    ["120 tillsyner ska ske digitalt", "120 tillsyner", { typ: "grans", x: { varde: 120, procent: false } }],
    ["90 % av alla chefer har gått UL", "90 %", { typ: "grans", x: { varde: 0.9, procent: true } }],
    // A word that only starts like an operator is no operator: "maxbelopp" is not "max". The rate unit belongs to
    // the number (spec §2).
    [
      "Maxbelopp 5 000 kr per elev",
      "5 000 kr per elev",
      { typ: "grans", op: undefined, x: { varde: 5000, procent: false, enhet: "kr" } },
    ],
    ["Minsta 5", "5", { typ: "grans", op: undefined, x: { varde: 5, procent: false } }],
  ])("finds the one target inside %p", (text, kalla, malvarde) => {
    expect(m(text)).toMatchObject({ kalla, malvarde });
  });

  it.each([
    ["Öka mertid och minska övertid", /flera mål/],
    ["Mellan 2019 och 2020 ska 5 projekt klaras", /flera tal/],
    ["Bra arbetsmiljö", /Kan inte läsa/],
    ["", /Målvärde saknas/],
    ["LK", /Målvärde saknas/],
  ])("cannot judge %p", (text, orsak) => {
    const r = m(text).malvarde;
    expect(r.typ).toBe("olasbar");
    if (r.typ === "olasbar") expect(r.orsak).toMatch(orsak);
  });

  it.each([
    [7, { typ: "grans", x: { varde: 7, procent: false } }],
    [" ≤ 7 % ", { typ: "grans", op: "<=", x: { varde: 0.07, procent: true } }],
    [null, { typ: "olasbar", orsak: "Målvärde saknas" }],
    [undefined, { typ: "olasbar", orsak: "Målvärde saknas" }],
    [true, { typ: "olasbar", orsak: 'Kan inte läsa målvärdet "SANT"' }],
    [false, { typ: "olasbar", orsak: 'Kan inte läsa målvärdet "FALSKT"' }],
  ])("reads the cell %p the same way for functions and the task pane", (cell, malvarde) => {
    expect(tolkaMalvardeCell(cell).malvarde).toEqual(malvarde);
  });
});
