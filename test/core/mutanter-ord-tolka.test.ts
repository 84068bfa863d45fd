/**
 * Tests written against the mutants that survived in the målvärde reader's word splitter (src/core/malvarde/ord.ts)
 * and its whole-text and sentence reader (tolka.ts), with målvärden as Swedish reports write them (spec §2, §6):
 * a minus printed with a space after it, dates, words joined by a hyphen (`vård- och omsorg`), a dash before a year,
 * läsår at the edges of the year rule, a year after `än` before a full stop, a short number after `än`,
 * `de jämförbara kommunerna`, a riktning arrow glued to the value or standing inside a sentence, a negation of one of
 * two comparison words, and a negation opening a sentence without a phrase. The mutants left alive are explained in
 * docs/kvalitet-ord-tolka.md.
 */
import { delaIOrd, normaliseraMalvarde } from "../../src/core/malvarde/ord";
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";
import { kalla, kolumnref, type Formelargument } from "../helpers/excel";

const KEB = "Kan ej bedömas";

const status = (utfall: Formelargument, mal: string, jamforelse?: Formelargument) =>
  kalla("MALUPPFYLLELSE", utfall, mal, undefined, undefined, undefined, jamforelse);
const motivering = (utfall: Formelargument, mal: string, jamforelse?: Formelargument) =>
  kalla("MOTIVERING", utfall, mal, undefined, undefined, undefined, jamforelse);
/** The words of a målvärde as the reader splits them. */
const ordAv = (text: string) => delaIOrd(normaliseraMalvarde(text));

describe("numbers and words as the splitter reads them (§2, §6)", () => {
  it.each([
    ["– 1,5 mnkr", { varde: -1.5, procent: false, enhet: "mnkr" }],
    ["− 5 %", { varde: -0.05, procent: true }],
  ])("reads %p, a minus printed with a space after it at the start of the cell, as a negative level", (mal, x) => {
    expect(tolkaMalvarde(mal)).toStrictEqual({ malvarde: { typ: "grans", op: undefined, x } });
  });

  it("keeps a date as one word from its first digit to its last, never a number", () => {
    expect(ordAv("Klart senast 2026-12-31")).toStrictEqual([
      { typ: "ord", text: "klart", start: 0, slut: 5 },
      { typ: "ord", text: "senast", start: 6, slut: 12 },
      { typ: "ord", text: "2026-12-31", start: 13, slut: 23 },
    ]);
  });

  it("ends a word at a hyphen that a space follows: `vård- och omsorg` is four words, `e-tjänster` one", () => {
    expect(ordAv("Andelen inom vård- och omsorg via e-tjänster").map((o) => o.text)).toEqual([
      "andelen",
      "inom",
      "vård",
      "-",
      "och",
      "omsorg",
      "via",
      "e-tjänster",
    ]);
  });

  it("reads a sentence that starts with a dash and a year (a list item in a nämndplan)", () => {
    expect(status(0.8, "— 2026 ska andelen nå 75 procent")).toBe("Uppfyllt");
    expect(status(0.6, "— 2026 ska andelen nå 75 procent")).toBe("Ej uppfyllt");
  });
});

describe("years that are no target (§6)", () => {
  it.each(["Under läsåret 1990/1991 ska 120 tillsyner ske", "Under läsåret 2099/2100 ska 120 tillsyner ske"])(
    "%p: two years of the rule's first and last years joined by `/` are a läsår, and 120 tillsyner the target",
    (mal) => {
      expect(tolkaMalvarde(mal)).toStrictEqual({
        malvarde: { typ: "grans", op: undefined, x: { varde: 120, procent: false } },
        kalla: "120 tillsyner",
      });
    },
  );

  it.each([
    [0.87, "Minst 85 procent av eleverna ska ha godkända betyg i alla ämnen läsåret 2024/2025", "Uppfyllt"],
    [0.8, "Minst 85 procent av eleverna ska ha godkända betyg i alla ämnen läsåret 2024/2025", "Delvis uppfyllt"],
    [1200, "Minst 1 500 besök under läsåret 2024/2025", "Ej uppfyllt"],
    [1600, "Minst 1 500 besök under läsåret 2024/2025", "Uppfyllt"],
  ])("utfall %p against %p: a läsår later in the text leaves the target's number whole: %s", (utfall, mal, s) => {
    expect(status(utfall, mal)).toBe(s);
  });

  it("a year after `än` closing the sentence compares with that year, also with a space before the full stop", () => {
    const mal = "Sjukfrånvaron ska vara lägre än 2023 .";
    expect(status(0.05, mal)).toBe(KEB);
    expect(motivering(0.05, mal)).toContain("jämför med året 2023, inte med ett värde");
  });

  it("a number of four characters after `än` is no year: `högre än 10 %.`", () => {
    const mal = "Kostnaden får aldrig bli högre än 10 %.";
    expect(status(0.08, mal)).toBe("Uppfyllt");
    expect(status(0.12, mal)).toBe("Ej uppfyllt");
  });
});

describe("comparison values named in the målvärde (§6)", () => {
  it("`de jämförbara kommunerna` names the comparison values: the best of them", () => {
    const mal = "Bättre än de jämförbara kommunerna";
    expect(status(6.5, mal, kolumnref(4, 6))).toBe("Uppfyllt");
    expect(motivering(6.5, mal, kolumnref(4, 6))).toBe("Utfallet 6,5 är högre än målvärdet 6 (bästa jämförelsevärdet)");
  });

  it("a negation of the second comparison word turns that word: `Bättre än riket, aldrig under` is v ≥ the mean", () => {
    const mal = "Bättre än riket, aldrig under";
    // The comparison values 4 and 6: their mean is 5.
    expect(status(5, mal, kolumnref(4, 6))).toBe("Uppfyllt");
    expect(status(4, mal, kolumnref(4, 6))).not.toBe("Uppfyllt");
  });
});

describe("a riktning written in the målvärde (§6)", () => {
  it.each([
    ["Max 7 %↓", 0.08, "Ej uppfyllt"],
    ["Max 7 %↓", 0.065, "Uppfyllt"],
    ["Minst 80 %↑", 0.85, "Uppfyllt"],
    ["5↓", 4, "Uppfyllt"],
    ["↓Max 7 %", 0.065, "Uppfyllt"],
    ["↓5 dagar", 4, "Uppfyllt"],
    ["Minst (↑) 80 %", 0.85, "Uppfyllt"],
  ])("%p with an arrow glued to the value or the phrase, utfall %p: %s", (mal, utfall, s) => {
    expect(status(utfall, mal)).toBe(s);
  });

  it.each([
    ["Sjukfrånvaro ↓ max 7 %", 0.065, "max 7 %"],
    ["Andelen ska vara minst (↑) 80 % av brukarna", 0.85, "minst 80 %"],
  ])("%p: an arrow inside a sentence leaves the phrase around it whole", (mal, utfall, lasnes) => {
    expect(status(utfall, mal)).toBe("Uppfyllt");
    expect(motivering(utfall, mal)).toMatch(new RegExp(`\\(målvärdet läst som "${lasnes}"\\)$`));
  });

  it("`(Högre är bättre), minst 80 %` is a whole text: the reason quotes no part of it", () => {
    expect(motivering(0.85, "(Högre är bättre), minst 80 %")).not.toContain("läst som");
    expect(status(0.85, "(Högre är bättre), minst 80 %")).toBe("Uppfyllt");
  });
});

describe("a negation without a phrase to turn (§6)", () => {
  it("`Ingen ska behöva vänta 90 dagar på beslut` opens with the negation: the direction is not guessed", () => {
    const mal = "Ingen ska behöva vänta 90 dagar på beslut";
    expect(status(30, mal)).toBe(KEB);
    expect(motivering(30, mal)).toContain('innehåller "ingen" men inget mål att vända på');
  });
});
