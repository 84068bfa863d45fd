/**
 * Activity statuses (spec §9) and the percent scale (spec §2) at the edges a mutation run found untested: the
 * three-word windows of a negation, a `delvis` and a `löpande`, a completion to a share below 100 %, words broken
 * across lines in capitals, statuses that are not completions or starts, and each step of the one rule that picks the
 * percent-scale context.
 */
import { lasAktivitet, normaliseraAktivitet, raknasIMalet } from "../../src/core/bedomning/aktivitet";
import { lasIProcentskala, malvardeIProcentskala, procentsammanhang } from "../../src/core/bedomning/procentskala";
import type { Intervall } from "../../src/core/malvarde/malvarde";
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";
import { lasTal, tal, type Tal } from "../../src/core/tal/tal";
import { kalla } from "../helpers/excel";

const malvarde = (text: string) => tolkaMalvarde(text).malvarde;

/** A number as a cell's text holds it, read the Swedish way (§2). */
function talAv(text: string): Tal {
  const t = lasTal(text);
  if (t.typ !== "tal") throw new Error(`inget tal: ${text}`);
  return t;
}

describe("activity statuses as Swedish reports write them (§9)", () => {
  it.each([
    // A negation counts up to three words before the status word, and no further.
    ["Inte fullt ut genomförd", "Ej genomförd"],
    ["Inte helt enligt tidplan men genomförd", "Genomförd"],
    // `delvis` qualifies a completion within three words either side, and no further.
    ["Genomfört men endast delvis", "Delvis genomförd"],
    ["Delvis statligt finansierad, utbildningen genomförd", "Genomförd"],
    // A completion to a share below 100 %, the share read with a decimal comma.
    ["Genomförd till 12,5 %", "Delvis genomförd"],
    ["Klar till 87,50 %", "Delvis genomförd"],
    // A number after a completion that is not a share of it.
    ["Utbildningen genomförd till 30 deltagare", "Genomförd"],
    ["Genomförd med 85 % deltagande", "Genomförd"],
    // Words broken across lines, typed in capitals.
    ["GENOM-FÖRD", "Genomförd"],
    ["EJ PÅ- BÖRJAD", "Ej påbörjad"],
    // `löpande` makes only a completion in the present ongoing, and only within three words.
    ["Genomförs löpande under året i alla verksamheter", "Pågår"],
    ["Genomförs under hösten, uppföljning sker löpande", "Planerad"],
    ["Genomförd och följs löpande", "Genomförd"],
    ["Påbörjas successivt", "Planerad"],
    // Future words and partial qualifiers only turn completions and starts into Planerad / Delvis genomförd.
    ["Beräknas bli försenad", "Försenad"],
    ["Kommer att pausas under sommaren", "Pausad"],
    ["Delvis inställd", "Inställd"],
    ["Pågår, nästan klar", "Pågår"],
  ])("%p is %p", (text, status) => {
    expect(normaliseraAktivitet(text)).toBe(status);
    expect(kalla("AKTIVITETSSTATUS", text)).toBe(status);
  });

  it("reads the literal Okänd only on its own, not as the first word of a longer text", () => {
    expect(lasAktivitet("Okänd")).toBe("Okänd");
    expect(lasAktivitet("Okänd anledning")).toBeUndefined();
  });

  it("leaves Utgår and Okänd out of the goal and counts every other status", () => {
    expect(raknasIMalet("Utgår")).toBe(false);
    expect(raknasIMalet("Okänd")).toBe(false);
    expect(raknasIMalet("Genomförd")).toBe(true);
    expect(raknasIMalet("Ej påbörjad")).toBe(true);
  });
});

describe("the percent-scale context (§2)", () => {
  const tioProcent = talAv("10 %");

  it("is procentenheter in a check that knows its indicator is a percentage, and for a change in procentenheter", () => {
    expect(procentsammanhang(malvarde("Högst 7"), true)).toBe("procentenheter");
    expect(procentsammanhang(malvarde("Öka med 2 procentenheter"), false)).toBe("procentenheter");
  });

  it("is procentenheter beside an utfall written as a percentage, the utfall itself when it is in ‰ or procentenheter", () => {
    expect(procentsammanhang(malvarde("Högst 7"), false, { utfall: talAv("25 %") })).toBe("procentenheter");
    const promille = talAv("1,5 ‰");
    expect(procentsammanhang(malvarde("Högst 2"), false, { utfall: promille })).toBe(promille);
    const punkter = talAv("3 procentenheter");
    expect(procentsammanhang(malvarde("Högst 2"), false, { utfall: punkter })).toBe(punkter);
  });

  it.each(["Ökar", "Minska med 5 %", "Bibehålla"])(
    "takes the föregående written as a percentage as the level of %p",
    (text) => {
      expect(procentsammanhang(malvarde(text), false, { foregaende: tioProcent })).toEqual(tioProcent);
    },
  );

  it("takes no level from a föregående or comparison value when the target is not measured from them", () => {
    expect(procentsammanhang(malvarde("Högst 7"), false, { foregaende: tioProcent })).toBeUndefined();
    expect(procentsammanhang(malvarde("Högst 7"), false, { jamforelse: [talAv("75 %")] })).toBeUndefined();
  });

  it("reads a plain bound of an interval beside a bound written as a percentage", () => {
    // The parser carries the % of `5–10 %` to both bounds; a target built otherwise may mix them.
    const m: Intervall = { typ: "intervall", fran: tal(5), till: tioProcent };
    expect(malvardeIProcentskala(m, tioProcent)).toEqual({ typ: "intervall", fran: tal(0.05, true), till: tioProcent });
  });

  it("beside a level in procentenheter reads 7 as 7 procentenheter and 1 as a fraction", () => {
    const niva = talAv("2 procentenheter");
    expect(lasIProcentskala(tal(7), niva)).toEqual({ varde: 0.07, procent: true, procentenheter: true });
    expect(lasIProcentskala(tal(1), niva)).toEqual({ varde: 1, procent: true, procentenheter: true });
  });

  it("leaves a rate as it is: its rate unit is a unit (spec §2), never read as a percentage", () => {
    const v = talAv("12 per 1 000 invånare");
    expect(v.per).toBeDefined();
    expect(lasIProcentskala(v, "procentenheter")).toBe(v);
    expect(lasIProcentskala(v, talAv("42 %"))).toBe(v);
    expect(lasIProcentskala(v, talAv("2 ‰"))).toBe(v);
  });
});
