import { lasTal, lasTalVid } from "../../src/core/tal/tal";
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
    // Spec §2, revised: thousandths, pct, money unit spellings, kronor:öre, a dash before a digit as PDFs print it.
    ["7 ‰", 0.007, true, undefined],
    ["7 promille", 0.007, true, undefined],
    ["12 pct", 0.12, true, undefined],
    ["3 msek", 3, false, "mnkr"],
    ["2 mdr", 2, false, "mdkr"],
    ["22:16", 22.16, false, undefined],
    ["–1,2 mkr", -1.2, false, "mnkr"],
    ["-1,2 mkr", -1.2, false, "mnkr"],
    // Invisible characters from PDFs and web pages (§2): zero-width space, word joiner, soft hyphen, BOM.
    ["1\u200b700", 1700, false, undefined],
    ["\ufeff10,5\u00ad %", 0.105, true, undefined],
    ["7\u2060\u2007%", 0.07, true, undefined],
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

  it("keeps a rate unit instead of reading a second number (§2)", () => {
    expect(lasTal("855 st./100 000 inv")).toEqual({
      typ: "tal",
      varde: 855,
      procent: false,
      enhet: "st",
      per: { antal: 100000, ord: "inv" },
    });
    expect(lasTal("12 per 1 000 invånare")).toMatchObject({
      typ: "tal",
      varde: 12,
      per: { antal: 1000, ord: "invånare" },
    });
  });

  it("rejects a number too large for a double instead of reading it as infinity", () => {
    expect(lasTal("9".repeat(400)).typ).toBe("fel");
    expect(lasTal(`${"9".repeat(400)} %`).typ).toBe("fel");
  });

  it.each(["abc", "10,5,3", "1 0", "Stor ökning", "12 äpplen", "22:1", "22:163", "1985-01-31"])(
    "rejects %p with a reason",
    (text) => {
      const r = lasTal(text);
      expect(r).toEqual({ typ: "fel", orsak: expect.stringContaining(text.trim()) });
    },
  );
});

describe("lasTalVid", () => {
  it("reads a number inside a text and says where it ends", () => {
    expect(lasTalVid("max 8,0 mnkr netto", 4)).toEqual({ tal: { varde: 8, procent: false, enhet: "mnkr" }, slut: 12 });
  });

  it("takes a unit word only when the word ends there", () => {
    expect(lasTalVid("120 tillsyner", 0)).toEqual({ tal: { varde: 120, procent: false }, slut: 3 });
    expect(lasTalVid("12 tim.", 0)).toEqual({ tal: { varde: 12, procent: false, enhet: "timmar" }, slut: 6 });
    expect(lasTalVid("5 st.", 0)?.slut).toBe(5);
    // procentenheter is a unit word (spec §2, procentenheter targets): a share in percentage points.
    expect(lasTalVid("2 procentenheter", 0)).toEqual({
      tal: { varde: 0.02, procent: true, procentenheter: true },
      slut: 16,
    });
    expect(lasTalVid("2 personer", 0)).toEqual({ tal: { varde: 2, procent: false }, slut: 1 });
  });

  it("finds nothing where no number starts, nor after a sign without digits", () => {
    for (const s of ["max 5", "±1", "%", " 5", "+/-1", "-", ",", "–"]) expect(lasTalVid(s, 0)).toBeUndefined();
    expect(lasTalVid("−,5", 0)?.tal.varde).toBe(-0.5);
  });

  it("is stateless: reading one number never changes what another read returned", () => {
    const a = lasTalVid("7 %", 0);
    const b = lasTalVid("8 mnkr", 0);
    expect(a).toEqual({ tal: { varde: 0.07, procent: true }, slut: 3 });
    expect(b).toEqual({ tal: { varde: 8, procent: false, enhet: "mnkr" }, slut: 6 });
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
