/**
 * Riktning from an indicator's name (spec §6): the lower-is-better words are found inside compounds
 * (`Långtidssjukfrånvaro`, `Personalkostnader`), but a higher-is-better word that qualifies them wins:
 * `Kostnadstäckningsgrad`, `Andel uppklarade brott`, `Andel ärenden utan avvikelser`, `Andel nöjda med väntetiden`.
 */
import { riktningFranNamn } from "../../src/core/bedomning/riktning";
import { HOGRE_AR_BATTRE, HOGRE_AR_BATTRE_MOTSATS, HOGRE_AR_BATTRE_ORD } from "../../src/core/ordforrad";

describe("riktning from the name", () => {
  it.each([
    "Kostnadstäckningsgrad VA",
    "Andel uppklarade brott",
    "Andel ärenden utan avvikelser",
    "Andel medarbetare utan sjukfrånvaro",
    "Andel nöjda med väntetiden",
    "Nöjdhet med handläggningstiden",
    "Kostnadseffektivitet, index",
    "Brottsförebyggande insatser",
    "Minskning av koldioxidutsläpp (%)",
    "Kundnöjdhet med handläggningstiden",
  ])("%p is higher-is-better", (namn) => {
    expect(riktningFranNamn(namn)).toBe("hogre");
  });

  it.each([
    "Långtidssjukfrånvaro",
    "Sjukfrånvaro, kvinnor",
    "Personalkostnader per årsarbetare",
    "Nettokostnad per invånare",
    "Antal anmälda brott",
    "Väntetid till särskilt boende",
    "Placering i Företagsklimatrankingen",
    "Koldioxidutsläpp",
    "Andel avvikelser som utanförskap ger", // `utanförskap` is no `utan`
    "Andel missnöjda med väntetiden", // `missnöjda` holds `nöjd` but means its opposite
  ])("%p stays lower-is-better", (namn) => {
    expect(riktningFranNamn(namn)).toBe("lagre");
  });

  it("holds the qualifiers in the vocabulary, each winning over a lower word", () => {
    for (const ord of HOGRE_AR_BATTRE) expect(riktningFranNamn(`Sjukfrånvaro ${ord}`)).toBe("hogre");
    for (const ord of HOGRE_AR_BATTRE_ORD) expect(riktningFranNamn(`Andel ${ord} klagomål`)).toBe("hogre");
    for (const ord of HOGRE_AR_BATTRE_MOTSATS) expect(riktningFranNamn(`Andel ${ord}a, väntetid`)).toBe("lagre");
  });
});
