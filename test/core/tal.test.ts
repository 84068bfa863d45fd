import { kanBorjaTal, lasTal, TalLasare } from "../../src/core/tal/tal";
import { formateraTal, formateraVarde } from "../../src/core/tal/format";

describe("lasTal", () => {
  it.each([
    ["10,5 %", 0.105, true, undefined],
    ["10.5", 10.5, false, undefined],
    ["−7 972", -7972, false, undefined],
    ["1\u00a0700\u202f000", 1700000, false, undefined],
    ["+1,3 %", 0.013, true, undefined],
    ["8,0 mnkr", 8, false, "mnkr"],
    ["90 st.", 90, false, "st"],
    ["10 000 timmar", 10000, false, "timmar"],
    ["7 procent", 0.07, true, undefined],
    ["-0,9 %", -0.009, true, undefined],
    ["8,0 MNKR", 8, false, "mnkr"],
    ["90 St.", 90, false, "st"],
    ["7 Procent", 0.07, true, undefined],
    [" 12\u2009345,5\u00a0tkr ", 12345.5, false, "tkr"],
  ])("reads %s", (text, varde, procent, enhet) => {
    const r = lasTal(text);
    expect(r.typ).toBe("tal");
    if (r.typ !== "tal") return;
    expect(r.varde).toBeCloseTo(varde, 12);
    expect(r.procent).toBe(procent);
    expect(r.enhet).toBe(enhet);
  });

  it.each(["I.U", "IU", "x", "LK", "-", "–", "..", ".", "saknas", ""])("reads %p as no value, never zero", (text) => {
    expect(lasTal(text).typ).toBe("saknas");
  });

  it.each(["abc", "10,5,3", "1 0", "Stor ökning", "12 äpplen"])("rejects %p with a reason", (text) => {
    const r = lasTal(text);
    expect(r).toEqual({ typ: "fel", orsak: expect.stringContaining(text.trim()) });
  });
});

describe("TalLasare", () => {
  it("reads a number inside a text and says where it ends", () => {
    const l = new TalLasare();
    expect(l.las("max 8,0 mnkr netto", 4)).toBe(true);
    expect([l.varde, l.procent, l.enhet, l.slut]).toEqual([8, false, "mnkr", 12]);
    expect(l.tal()).toEqual({ varde: 8, procent: false, enhet: "mnkr" });
  });

  it("takes a unit word only when the word ends there, in any case", () => {
    const l = new TalLasare();
    expect(l.las("120 tillsyner", 0)).toBe(true);
    expect([l.enhet, l.slut]).toEqual([undefined, 3]);
    expect(l.las("12 TIM.", 0)).toBe(true);
    expect([l.enhet, l.slut]).toEqual(["timmar", 6]);
    expect(l.las("5 st.", 0)).toBe(true);
    expect(l.slut).toBe(5);
  });

  it("finds nothing where no number can start, nor after a sign without digits", () => {
    const l = new TalLasare();
    for (const s of ["max 5", "±1", "%", " 5"]) {
      expect(kanBorjaTal(s.charCodeAt(0))).toBe(false);
      expect(l.las(s, 0)).toBe(false);
    }
    for (const s of ["+/-1", "-", ","]) {
      expect(kanBorjaTal(s.charCodeAt(0))).toBe(true);
      expect(l.las(s, 0)).toBe(false);
    }
    expect(l.las("−,5", 0)).toBe(true);
    expect(l.varde).toBe(-0.5);
  });
});

describe("formatering", () => {
  it("writes numbers the Swedish way", () => {
    expect(formateraTal(1700000)).toBe("1 700 000");
    expect(formateraTal(-7972.456)).toBe("−7 972,46");
    expect(formateraVarde({ varde: 0.105, procent: true })).toBe("10,5 %");
    expect(formateraVarde({ varde: 0.07, procent: true })).toBe("7,0 %");
    expect(formateraVarde({ varde: 8, procent: false, enhet: "mnkr" })).toBe("8 mnkr");
  });
});
