/**
 * Years in targets (spec §6): a year followed by `års` (`2023 års nivå`) is skipped like one after `år` or before
 * `:`, and a comparison with the previous period, by name or by year (`högre än föregående års nivå`, `högre än 2023
 * års nivå`, `minst fjolårets nivå`), is the trend against föregående: never the number 2023.
 */
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";
import { kalla } from "../helpers/excel";

describe("comparisons with the previous period", () => {
  it("reads `högre än 2023 års nivå` as v > f", () => {
    expect(kalla("MALUPPFYLLELSE", 0.6, "Andelen ska vara högre än 2023 års nivå", undefined, undefined, 0.58)).toBe(
      "Uppfyllt",
    );
    expect(kalla("MALUPPFYLLELSE", 0.56, "Andelen ska vara högre än 2023 års nivå", undefined, undefined, 0.58)).toBe(
      "Ej uppfyllt",
    );
    expect(kalla("MOTIVERING", 0.6, "Andelen ska vara högre än 2023 års nivå")).toBe(
      "Föregående värde saknas: en trend kan inte bedömas",
    );
  });

  it.each([
    ["Högre än föregående års nivå", { typ: "trend", upp: true }],
    ["Ska understiga föregående års nivå", { typ: "trend", upp: false }],
    ["Lägre än 2022 års resultat", { typ: "trend", upp: false }],
    ["Minst fjolårets nivå", { typ: "trend", upp: true, inklusive: true }],
    ["Högst föregående års nivå", { typ: "trend", upp: false, inklusive: true }],
    ["Högre än föregående år", { typ: "trend", upp: true }],
    ["Lägre än föregående års", { typ: "trend", upp: false }],
    ["Minst förra årets", { typ: "trend", upp: true, inklusive: true }],
    ["Lägre än föregående år", { typ: "trend", upp: false }],
    ["Sjukfrånvaron ska inte vara högre än förra årets nivå", { typ: "trend", upp: false, inklusive: true }],
  ])("%p", (text, malvarde) => {
    expect(tolkaMalvarde(text).malvarde).toEqual(malvarde);
  });

  it("judges `Minst föregående års nivå` as met when unchanged", () => {
    expect(kalla("MALUPPFYLLELSE", 10, "Minst föregående års nivå", undefined, undefined, 10)).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 9, "Ska understiga föregående års nivå", undefined, undefined, 10)).toBe("Uppfyllt");
  });

  it("skips a year before `års` and in parentheses when a sentence is searched", () => {
    expect(tolkaMalvarde("85 % i 2025 års mätning").malvarde).toMatchObject({ typ: "grans", x: { varde: 0.85 } });
    expect(tolkaMalvarde("Bibehålla 2023 års nivå").malvarde).toEqual({ typ: "bibehalla" });
    expect(tolkaMalvarde("80 % (2025)").malvarde).toMatchObject({ typ: "grans", x: { varde: 0.8, procent: true } });
  });
});
