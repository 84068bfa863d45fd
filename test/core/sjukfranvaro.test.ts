/** The LKBR disclosure table on a generated 1 000-person data set, against a hand computation. */
import {
  DOLT,
  doldaGrupper,
  sjukfranvaro,
  sjukfranvaroLang,
  sjukfranvaroRedovisning,
  type Aldersgrupp,
  type Kon,
} from "../../src/core/nyckeltal/sjukfranvaro";
import { KpiFel } from "../../src/core/fel";

/** A deterministic pseudo-random generator, so the data set is the same every run. */
function slump(fro: number) {
  let s = fro;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function dataset(antal: number, alderFor: (i: number) => Aldersgrupp, konFor: (i: number) => Kon) {
  const r = slump(42);
  const arbetstimmar: number[] = [];
  const sjuktimmar: number[] = [];
  const langtidstimmar: number[] = [];
  for (let i = 0; i < antal; i++) {
    const o = Math.round(800 + r() * 1000);
    const s = Math.round(r() * 0.2 * o);
    arbetstimmar.push(o);
    sjuktimmar.push(s);
    langtidstimmar.push(Math.round(r() * s));
  }
  const kon = Array.from({ length: antal }, (_, i) => konFor(i));
  const aldersgrupp = Array.from({ length: antal }, (_, i) => alderFor(i));
  return { arbetstimmar, sjuktimmar, langtidstimmar, kon, aldersgrupp };
}

/** Hand computation: plain sums per group, no shared code with the implementation. */
function forHand(d: ReturnType<typeof dataset>, valj: (i: number) => boolean) {
  let s = 0;
  let o = 0;
  d.arbetstimmar.forEach((_, i) => {
    if (valj(i)) {
      s += d.sjuktimmar[i];
      o += d.arbetstimmar[i];
    }
  });
  return s / o;
}

describe("sjukfranvaroRedovisning", () => {
  it("matches a hand computation on 1 000 persons, hiding a group of exactly 10 but not 11", () => {
    // 10 persons 29 år eller yngre (hidden), 11 persons 50 år eller äldre (shown?), the rest 30–49.
    const alder = (i: number): Aldersgrupp => (i < 10 ? 0 : i < 21 ? 2 : 1);
    const d = dataset(1000, alder, (i) => (i % 3 === 0 ? 1 : 0));
    const rader = sjukfranvaroRedovisning(d);
    const varde = Object.fromEntries(rader);
    expect(varde["Total sjukfrånvaro"]).toBeCloseTo(
      forHand(d, () => true),
      12,
    );
    expect(varde["Kvinnor"]).toBeCloseTo(
      forHand(d, (i) => i % 3 !== 0),
      12,
    );
    expect(varde["Män"]).toBeCloseTo(
      forHand(d, (i) => i % 3 === 0),
      12,
    );
    expect(varde["29 år eller yngre"]).toBe(DOLT);
    // Exactly one age group hidden: the smallest other group (11 persons) is hidden too (secondary suppression).
    expect(varde["50 år eller äldre"]).toBe(DOLT);
    expect(varde["30–49 år"]).toBeCloseTo(
      forHand(d, (i) => i >= 21),
      12,
    );
    const lang = d.langtidstimmar.reduce((a, b) => a + b, 0) / d.sjuktimmar.reduce((a, b) => a + b, 0);
    expect(varde["Andel långtidssjukfrånvaro (60 dagar eller mer)"]).toBeCloseTo(lang, 12);
    expect(rader.map(([etikett]) => etikett)).toEqual([
      "Total sjukfrånvaro",
      "Kvinnor",
      "Män",
      "29 år eller yngre",
      "30–49 år",
      "50 år eller äldre",
      "Andel långtidssjukfrånvaro (60 dagar eller mer)",
    ]);
  });

  it("shows a group of 11 when no other group of its split is hidden", () => {
    const alder = (i: number): Aldersgrupp => (i < 11 ? 0 : i < 22 ? 2 : 1);
    const d = dataset(1000, alder, (i) => (i % 2 === 0 ? 1 : 0));
    const varde = Object.fromEntries(sjukfranvaroRedovisning(d));
    expect(varde["29 år eller yngre"]).toBeCloseTo(
      forHand(d, (i) => i < 11),
      12,
    );
    expect(varde["50 år eller äldre"]).toBeCloseTo(
      forHand(d, (i) => i >= 11 && i < 22),
      12,
    );
  });

  it("hides both kön when one has at most 10 persons", () => {
    const d = dataset(
      200,
      () => 1,
      (i) => (i < 10 ? 1 : 0),
    );
    const varde = Object.fromEntries(sjukfranvaroRedovisning(d));
    expect([varde["Kvinnor"], varde["Män"]]).toEqual([DOLT, DOLT]);
    expect(typeof varde["Total sjukfrånvaro"]).toBe("number");
  });

  it("counts persons as rows with ordinary hours above zero", () => {
    expect(doldaGrupper([10, 11, 500])).toEqual([true, true, false]);
    expect(doldaGrupper([11, 12, 500])).toEqual([false, false, false]);
    expect(doldaGrupper([3, 4, 500])).toEqual([true, true, false]);
    const d = dataset(
      30,
      (i) => (i < 15 ? 0 : 1),
      () => 0,
    );
    d.arbetstimmar[0] = 0;
    d.sjuktimmar[0] = 0;
    d.langtidstimmar[0] = 0;
    // 14 persons remain under 30, 15 aged 30–49, none over 50: hidden (0 ≤ 10) plus secondary suppression.
    const varde = Object.fromEntries(sjukfranvaroRedovisning(d));
    expect([varde["29 år eller yngre"], varde["30–49 år"], varde["50 år eller äldre"]]).toEqual([
      DOLT,
      expect.any(Number),
      DOLT,
    ]);
  });

  it("rejects impossible hours", () => {
    const d = dataset(
      20,
      () => 1,
      () => 0,
    );
    d.sjuktimmar[3] = d.arbetstimmar[3] + 1;
    expect(() => sjukfranvaroRedovisning(d)).toThrow("Sjuktimmarna överstiger arbetstimmarna på rad 4");
    d.sjuktimmar[3] = -1;
    expect(() => sjukfranvaroRedovisning(d)).toThrow(KpiFel);
  });
});

describe("sjukfranvaro and sjukfranvaroLang", () => {
  it("are ratios of summed hours", () => {
    expect(sjukfranvaro(105, 1000)).toBeCloseTo(0.105, 12);
    expect(sjukfranvaroLang(42, 100)).toBeCloseTo(0.42, 12);
  });
  it.each([
    [() => sjukfranvaro(0, 0), "division"],
    // Impossible values are their own kind: the status functions report them instead of judging (§3).
    [() => sjukfranvaro(5, 0), "omojlig"],
    [() => sjukfranvaro(-1, 10), "omojlig"],
    [() => sjukfranvaro(11, 10), "omojlig"],
    [() => sjukfranvaroLang(5, 0), "omojlig"],
    [() => sjukfranvaroLang(0, 0), "division"],
  ])("fails with the right kind (%#)", (f, typ) => {
    expect(f).toThrow(expect.objectContaining({ typ }));
  });
});
