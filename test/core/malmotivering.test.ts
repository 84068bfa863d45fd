/**
 * The reason behind a goal's status (spec §8), worded for what the goal holds: indicators by their status,
 * activities by their own status words (`3 av 3 aktiviteter genomförda`), never "indikatorer" for activities.
 */
import { malmotivering } from "../../src/core/bedomning/sammanvagd";
import { ark, las, rad } from "../fixtures/layouter";
import { lasTabellVid } from "../../src/core/tabell/tabell";

describe("malmotivering", () => {
  it("counts indicators by status, as before", () => {
    expect(
      malmotivering([
        { status: "Uppfyllt" },
        { status: "Delvis uppfyllt" },
        { status: "Kan ej bedömas" },
        { status: "Kan ej bedömas" },
      ]),
    ).toBe("1 av 4 indikatorer uppfyllt, 1 delvis uppfyllt, 2 kan ej bedömas");
    expect(malmotivering([{ status: "Ej uppfyllt" }])).toBe("1 av 1 indikator ej uppfyllt");
  });

  it("counts activities by their own words", () => {
    const genomford = { status: "Uppfyllt", aktivitet: "Genomförd" } as const;
    expect(malmotivering([genomford, genomford, genomford])).toBe("3 av 3 aktiviteter genomförda");
    expect(
      malmotivering([
        genomford,
        { status: "Delvis uppfyllt", aktivitet: "Pågår" },
        { status: "Ej uppfyllt", aktivitet: "Försenad" },
        { status: "Ej uppfyllt", aktivitet: "Försenad" },
      ]),
    ).toBe("1 av 4 aktiviteter genomförd, 1 pågår, 2 försenade");
    expect(malmotivering([{ status: "Kan ej bedömas", aktivitet: "Utgår" }])).toBe("1 av 1 aktivitet utgår");
  });

  it("words a goal of both", () => {
    expect(
      malmotivering([
        { status: "Uppfyllt" },
        { status: "Uppfyllt", aktivitet: "Genomförd" },
        { status: "Delvis uppfyllt", aktivitet: "Planerad" },
      ]),
    ).toBe("1 av 1 indikator uppfyllt; 1 av 2 aktiviteter genomförd, 1 planerad");
  });
});

describe("a goal's reason in an activity table", () => {
  it("names activities, not indicators", () => {
    const { utsnitt } = ark("Blad1", [
      las("Nämndmål", "Aktivitet", "Status"),
      rad(["Trygg vård", "Ny rutin för läkemedel", "Genomförd"], "Uppfyllt", ""),
      rad(["Trygg vård", "Utbildning i dokumentation", "Pågår"], "Delvis uppfyllt", ""),
      rad(["Trygg vård", "Ny journal", "Genomförd"], "Uppfyllt", ""),
    ]);
    const svar = lasTabellVid(utsnitt, { rad: 1, kolumn: 0, rader: 1, kolumner: 1 });
    const mal = svar.tabell?.utvardering?.mal;
    expect(mal?.map((m) => [m.namndmal, m.status, m.motivering])).toEqual([
      ["Trygg vård", "Delvis uppfyllt", "2 av 3 aktiviteter genomförda, 1 pågår"],
    ]);
  });
});
