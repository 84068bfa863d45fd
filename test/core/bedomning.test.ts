import { bedom } from "../../src/core/bedomning/bedomning";
import { sammanvag } from "../../src/core/bedomning/sammanvagd";
import { normaliseraAktivitet } from "../../src/core/bedomning/aktivitet";

const status = (u: Parameters<typeof bedom>[0]) => bedom(u).status;

describe("bedom (spec §7)", () => {
  it("uses a gränsvärde as the delvis band", () => {
    const mal = { malvarde: "≤ 7 %", gransvarde: "8 %" };
    expect(status({ ...mal, utfall: "6,9 %" })).toBe("Uppfyllt");
    expect(status({ ...mal, utfall: "7,9 %" })).toBe("Delvis uppfyllt");
    expect(status({ ...mal, utfall: "8,1 %" })).toBe("Ej uppfyllt");
  });

  it("uses 10 % of the målvärde when there is no gränsvärde", () => {
    expect(status({ malvarde: "≤ 7 %", utfall: "7,7 %" })).toBe("Delvis uppfyllt");
    expect(status({ malvarde: "≤ 7 %", utfall: "7,71 %" })).toBe("Ej uppfyllt");
    expect(bedom({ malvarde: "≤ 7 %", utfall: "10,5 %" }).motivering).toBe(
      "Utfallet 10,5 % är högre än målvärdet 7,0 % (gränsvärde 7,7 %)",
    );
  });

  it("shows a plain utfall and föregående as percentages beside a percentage target", () => {
    // Excel passes a cell formatted as 10,5 % as the number 0,105.
    expect(bedom({ malvarde: "≤ 7 %", utfall: 0.105, foregaende: 0.12 }).motivering).toBe(
      "Utfallet 10,5 % är högre än målvärdet 7,0 % (gränsvärde 7,7 %) men har förbättrats från 12,0 %",
    );
    expect(bedom({ malvarde: "≤ 7 %", utfall: "0,105", foregaende: "0,09" }).motivering).toBe(
      "Utfallet 10,5 % är högre än målvärdet 7,0 % (gränsvärde 7,7 %) och har inte förbättrats från 9,0 %",
    );
  });

  it("refuses a gränsvärde on the wrong side of the target", () => {
    expect(bedom({ malvarde: "≤ 7 %", gransvarde: "6 %", utfall: "5 %" })).toMatchObject({
      status: "Kan ej bedömas",
      motivering: "Gränsvärdet 6,0 % ligger på fel sida om målvärdet 7,0 %",
    });
  });

  it("judges a symmetric band: favourable side delvis, unfavourable side by the band", () => {
    const mal = { malvarde: "Max 1 % budgetavvikelse" };
    expect(status({ ...mal, utfall: "+1,3 %" })).toBe("Delvis uppfyllt");
    expect(status({ ...mal, utfall: "-0,5 %" })).toBe("Uppfyllt");
    expect(status({ ...mal, utfall: "-1,05 %" })).toBe("Delvis uppfyllt");
    expect(status({ ...mal, utfall: "-1,3 %" })).toBe("Ej uppfyllt");
  });

  it("judges trends without a band", () => {
    expect(status({ malvarde: "Ökar", utfall: 74, foregaende: 73 })).toBe("Uppfyllt");
    expect(status({ malvarde: "Ökar", utfall: 73, foregaende: 73 })).toBe("Delvis uppfyllt");
    expect(status({ malvarde: "Ökar", utfall: 72, foregaende: 73 })).toBe("Ej uppfyllt");
    expect(bedom({ malvarde: "Ökar", utfall: 73 })).toMatchObject({
      status: "Kan ej bedömas",
      motivering: expect.stringMatching(/Föregående värde saknas/),
    });
  });

  it("derives relative targets from föregående", () => {
    expect(status({ malvarde: "Minska med 10 %", utfall: 90, foregaende: 100 })).toBe("Uppfyllt");
    expect(status({ malvarde: "Minska med 10 %", utfall: 98, foregaende: 100 })).toBe("Delvis uppfyllt");
    expect(status({ malvarde: "öka med 2 procentenheter", utfall: "52 %", foregaende: "50 %" })).toBe("Uppfyllt");
    expect(status({ malvarde: "Bibehålla", utfall: 5, foregaende: 5, riktning: "lagre" })).toBe("Uppfyllt");
  });

  it("compares with comparison values", () => {
    expect(status({ malvarde: "≥ bästa resultatet för jämförelsekommunerna", utfall: 80, jamforelse: [70, 80] })).toBe(
      "Uppfyllt",
    );
    expect(status({ malvarde: "Bättre än riket", utfall: 75, jamforelse: [70, 80] })).toBe("Delvis uppfyllt");
    expect(status({ malvarde: "Bättre än riket", utfall: 67, jamforelse: [70, 80] })).toBe("Ej uppfyllt");
    expect(status({ malvarde: "Bättre än riket", utfall: 76, jamforelse: [70, 80] })).toBe("Uppfyllt");
    expect(status({ malvarde: "Bättre än riket", utfall: 76 })).toBe("Kan ej bedömas");
  });

  it("infers riktning from the indicator name, the text winning over the argument", () => {
    expect(status({ malvarde: 7, utfall: 6, namn: "Total sjukfrånvaro" })).toBe("Uppfyllt");
    expect(status({ malvarde: 7, utfall: 6, namn: "Andel heltider" })).toBe("Ej uppfyllt");
    expect(status({ malvarde: "Max 7", utfall: 6, riktning: "hogre" })).toBe("Uppfyllt");
  });

  it("reads plain målvärden as percentage points for a percentage indicator", () => {
    expect(status({ malvarde: 7, utfall: 0.065, procentindikator: true, riktning: "lagre" })).toBe("Uppfyllt");
    expect(bedom({ malvarde: 7, utfall: 0.105, procentindikator: true, riktning: "lagre" }).motivering).toBe(
      "Utfallet 10,5 % är högre än målvärdet 7,0 % (gränsvärde 7,7 %)",
    );
  });

  it("converts money units exactly before comparing, and names both in the reason (§2, revised)", () => {
    expect(bedom({ malvarde: "minst 5 mnkr", utfall: "6 000 tkr" })).toMatchObject({
      status: "Uppfyllt",
      motivering: "Utfallet 6 000 tkr (6 mnkr) är högre än målvärdet 5 mnkr",
    });
  });

  it("says why it cannot judge", () => {
    expect(bedom({ malvarde: "90 %", utfall: "I.U" }).motivering).toBe("Uppgift saknas (I.U)");
    expect(bedom({ malvarde: "90 %", utfall: null }).motivering).toBe("Utfall saknas");
    expect(bedom({ malvarde: null, utfall: 3 }).motivering).toBe("Målvärde saknas");
  });
});

describe("sammanvag (spec §8)", () => {
  it.each([
    [["Uppfyllt", "Uppfyllt", ""], "Uppfyllt"],
    [["Ej uppfyllt", "Kan ej bedömas"], "Ej uppfyllt"],
    [["Uppfyllt", "Ej uppfyllt"], "Delvis uppfyllt"],
    [["Kan ej bedömas", ""], "Kan ej bedömas"],
    [[], "Kan ej bedömas"],
    [["Genomförd", "Pågår"], "Delvis uppfyllt"],
  ])("%p → %s", (statusar, forvantad) => {
    expect(sammanvag(statusar)).toBe(forvantad);
  });
});

describe("normaliseraAktivitet (spec §9)", () => {
  it.each([
    ["Genom-förd", "Genomförd"],
    ["På- gående", "Pågår"],
    ["Ej på- börjad", "Ej påbörjad"],
    ["Delvis klart", "Delvis genomförd"],
    ["Klart", "Genomförd"],
    ["Inställd", "Inställd"],
    // Spec §9, revised: a negated completion is Ej genomförd (it was Okänd, and a later word decided).
    ["Ej genomförd", "Ej genomförd"],
    ["Ej klart, pågår", "Ej genomförd"],
    ["Genom\u00adförd", "Genomförd"],
  ])("%p → %s", (text, forvantad) => {
    expect(normaliseraAktivitet(text)).toBe(forvantad);
  });
});
