/**
 * Tests of the målvärde reader (src/core/malvarde: tolka.ts, fraser.ts, ord.ts, malvarde.ts; spec §6) written to kill
 * mutants: each asserts the exact reading (the Malvarde object with its op, X and unit, the riktning the text states,
 * and `kalla`, the phrase a reason names) or the exact reason a user reads, at the edges of each rule: every operator
 * and its verb forms, strict against non-strict, negated operators, the band and deficit words after X and the
 * deviation noun before it, ±, intervals and their units, level words, changes (`med X`, `till X`) within three
 * words, surplus, word targets, ranks, years (1990 and 2100 against 1989 and 2101, four digits against `2 000`, the
 * places a year stands), negations exactly three words before against four, sentences with one or two phrases or a
 * phrase repeated, time conditions beside another target, riktning written in the målvärde, and the deviation form
 * of a target. Readings of the whole texts that test/core/malvarde.test.ts already lists are not repeated.
 */
import { bedom } from "../../src/core/bedomning/bedomning";
import { somAvvikelsemal, type Malvarde, type TolkatMalvarde } from "../../src/core/malvarde/malvarde";
import { delaIOrd, normaliseraMalvarde } from "../../src/core/malvarde/ord";
import { tolkaMalvarde, tolkaText } from "../../src/core/malvarde/tolka";
import type { Tal } from "../../src/core/tal/tal";

const las = (text: string): TolkatMalvarde => tolkaText(text);
const tal = (varde: number, enhet?: Tal["enhet"]): Tal =>
  enhet === undefined ? { varde, procent: false } : { varde, procent: false, enhet };
const pct = (varde: number): Tal => ({ varde, procent: true });
const grans = (x: Tal, op?: "<=" | "<" | ">=" | ">"): Malvarde => ({ typ: "grans", op, x });
/** The reading exactly: no field more or less (toStrictEqual tells a missing field from one set to undefined). */
const lases = (text: string, malvarde: Malvarde, riktning?: "hogre" | "lagre", kalla?: string) =>
  expect(las(text)).toStrictEqual({
    malvarde,
    ...(riktning ? { riktning } : {}),
    ...(kalla !== undefined ? { kalla } : {}),
  });
const olasbar = (text: string, orsak: string) => lases(text, { typ: "olasbar", orsak });
const fleraTal = (text: string) => olasbar(text, `Målvärdet "${text}" innehåller flera tal och kan inte bedömas`);
const fleraMal = (text: string) =>
  olasbar(text, `Målvärdet "${text}" innehåller flera mål och kan inte bedömas med ett utfall`);
/** The words of a text as the reader splits them, a year marked `#år`. */
const ordAv = (text: string) =>
  delaIOrd(normaliseraMalvarde(text)).map((o) => (o.typ === "tal" && o.artal ? `${o.text}#år` : o.text));

describe("operators and their verb forms (§6: ≤ < ≥ >)", () => {
  it.each([
    ["som mest 5", "<=", "lagre"],
    ["uppgå till högst 5", "<=", "lagre"],
    ["uppgå till max 5", "<=", "lagre"],
    ["max. 5", "<=", "lagre"],
    ["under 5", "<", "lagre"],
    ["mindre än 5", "<", "lagre"],
    ["färre än 5", "<", "lagre"],
    ["understiga 5", "<", "lagre"],
    ["kortare än 5", "<", "lagre"],
    ["lägst 5", ">=", "hogre"],
    ["som minst 5", ">=", "hogre"],
    ["minst uppgå till 5", ">=", "hogre"],
    ["lägst uppgå till 5", ">=", "hogre"],
    ["mer än 5", ">", "hogre"],
    ["större än 5", ">", "hogre"],
    ["överskrida 5", ">", "hogre"],
    ["längre än 5", ">", "hogre"],
    ["> 5", ">", "hogre"],
    ["< 5", "<", "lagre"],
  ] as const)("%p is v %s 5, riktning %s", (text, op, riktning) => {
    lases(text, grans(tal(5), op), riktning);
  });

  it("reads the longest operator at a place: `uppgå till minst` is ≥, never `till` a year or `uppgå` a word", () => {
    lases("Uppgå till minst 2 %", grans(pct(0.02), ">="), "hogre");
  });

  it("reads a sign with a space before the digits, and a number starting with its decimal comma", () => {
    lases("Max − 5", grans(tal(-5), "<="), "lagre");
    lases("max ,5", grans(tal(0.5), "<="), "lagre");
    lases("Max +5", grans(tal(5), "<="), "lagre");
    lases("Max –5", grans(tal(-5), "<="), "lagre");
    lases("max .5", grans(tal(0.5), "<="), "lagre");
    // A sign right after a letter is no minus: `max+5` is the word, the sign and a bare 5.
    lases("max+5", grans(tal(5)), undefined, "5");
  });

  it("counts a time operator only before a duration: `senast 14 dagar` is ≤, `snabbare än 5` no operator", () => {
    lases("Senast 14 dagar", grans(tal(14, "dagar"), "<="), "lagre");
    lases("Snabbare än 30 timmar", grans(tal(30, "timmar"), "<"), "lagre");
    lases("snabbare än 5", grans(tal(5)), undefined, "5");
    lases("senast 5 st", grans(tal(5, "st")), undefined, "5 st");
  });

  it("takes a surplus word after X into the phrase (`minst 2 % överskott`)", () => {
    lases("Minst 2 % överskott", grans(pct(0.02), ">="), "hogre");
    lases("Resultatet ska vara minst 2 % i överskott", grans(pct(0.02), ">="), "hogre", "minst 2 % i överskott");
  });
});

describe("a negated operator is the opposite comparison (§6: `inte över X` is v ≤ X)", () => {
  it.each([
    ["Inte över 5", "<=", "lagre"],
    ["Inte mer än 5", "<=", "lagre"],
    ["Inte under 5", ">=", "hogre"],
    ["Ej lägre än 5", ">=", "hogre"],
    ["Inte minst 5", "<", "lagre"],
    ["Inte högst 5", ">", "hogre"],
    ["Får inte överstiga 5", "<=", "lagre"],
    ["Bör ej understiga 5", ">=", "hogre"],
  ] as const)("%p is v %s 5", (text, op, riktning) => {
    lases(text, grans(tal(5), op), riktning);
  });

  it("turns a trend round and includes f (`ska inte minska` is v ≥ f, `inte förbättras` v ≤ f)", () => {
    lases("Ska inte minska", { typ: "trend", upp: true, inklusive: true }, "hogre");
    lases("Inte förbättras", { typ: "trend", upp: false, inklusive: true }, "lagre");
    lases("Ska inte öka", { typ: "trend", upp: false, inklusive: true }, "lagre");
  });

  it("turns round an operator before the previous period (`inte högre än föregående år` is v ≤ f)", () => {
    lases("Inte högre än föregående år", { typ: "trend", upp: false, inklusive: true }, "lagre");
    lases("Inte lägre än fjolårets nivå", { typ: "trend", upp: true, inklusive: true }, "hogre");
    lases("Minst fjolårets nivå", { typ: "trend", upp: true, inklusive: true }, "hogre");
    lases("Högre än 2023 års nivå", { typ: "trend", upp: true }, "hogre");
    lases("Högst föregående års nivå", { typ: "trend", upp: false, inklusive: true }, "lagre");
    // 1989 is no year, so `1989 års nivå` is no previous period: the number is the limit.
    lases("Högre än 1989 års nivå", grans(tal(1989), ">"), "hogre", "högre än 1989");
    // A time operator compares durations only, never the previous period.
    olasbar("Senast föregående år", 'Kan inte läsa målvärdet "Senast föregående år"');
  });

  it.each([
    ["inte cirka 5", "inte cirka 5", "inte"],
    ["Ej ±1 %", "ej ± 1 %", "ej"],
    ["Inte mellan 5 och 10", "inte mellan 5 och 10", "inte"],
    ["Inte budget i balans", "inte budget i balans", "inte"],
    ["inte 2 mnkr i överskott", "inte 2 mnkr i överskott", "inte"],
    ["Ska inte öka med 5 %", "inte öka med 5 %", "inte"],
    ["Inte bibehålla", "inte bibehålla", "inte"],
    ["Aldrig positivt", "aldrig positivt", "aldrig"],
    ["Inte topp 10", "inte topp 10", "inte"],
  ])("cannot judge a negated %p that is no one-sided comparison", (text, lydelse, negation) => {
    olasbar(text, `Målvärdet "${lydelse}" kan inte bedömas: "${negation}" gör målet oklart`);
  });
});

describe("a negation reaches three words before a phrase, within its clause (§6)", () => {
  it("turns a phrase round with the negation exactly three words before it, and names it from the negation on", () => {
    lases(
      "Andelen får aldrig någonsin bli högre än 10",
      grans(tal(10), "<="),
      "lagre",
      "aldrig någonsin bli högre än 10",
    );
  });

  it("leaves a phrase four words after the negation as it is", () => {
    lases("Andelen får aldrig någonsin plötsligt bli högre än 10", grans(tal(10), ">"), "hogre", "högre än 10");
  });

  it("stops at the end of a clause: a comma between negation and phrase", () => {
    lases("Aldrig, bli högre än 10", grans(tal(10), ">"), "hogre", "högre än 10");
  });

  it("lets `ingen` negate its whole clause, but not across a comma, and `inte` only three words", () => {
    lases(
      "Ingen brukare ska någonsin behöva ha fler än 15",
      grans(tal(15), "<="),
      "lagre",
      "ingen brukare ska någonsin behöva ha fler än 15",
    );
    lases("Ingen brukare, ska ha fler än 15", grans(tal(15), ">"), "hogre", "fler än 15");
    lases("Inte en brukare ska någonsin behöva ha fler än 15", grans(tal(15), ">"), "hogre", "fler än 15");
  });

  it("refuses a bare number in a sentence with a negation anywhere: the direction is not guessed", () => {
    olasbar(
      "Andelen ska inte vara 90 %",
      'Målvärdet "Andelen ska inte vara 90 %" innehåller "inte" men inget mål att vända på: riktningen kan inte avgöras',
    );
  });
});

describe("band and deficit words after X (§6: `max X budgetavvikelse`, `högst X underskott`)", () => {
  it("makes a symmetric band of |X| with riktning higher (a surplus is the favourable side)", () => {
    lases("max -1 % budgetavvikelse", { typ: "band", x: pct(0.01) }, "hogre");
    lases("Högst 2 % avvikelse mot budget", { typ: "band", x: pct(0.02) }, "hogre");
    lases("Max. 2 % i budgetavvikelse", { typ: "band", x: pct(0.02) }, "hogre");
  });

  it("reads the band inside a sentence whole, with the words after its number", () => {
    lases("Ekonomin ska vara god, högst 1 % avvikelse.", { typ: "band", x: pct(0.01) }, "hogre", "högst 1 % avvikelse");
  });

  it("makes a deficit limit v ≥ −|X|, and 0 is +0 (v ≥ 0), never −0", () => {
    lases("högst -3 mnkr underskott", grans(tal(-3, "mnkr"), ">="), "hogre");
    lases("Max 2 mnkr negativ avvikelse mot budget", grans(tal(-2, "mnkr"), ">="), "hogre");
    const noll = las("Max 0 % negativ budgetavvikelse").malvarde;
    expect(noll).toStrictEqual(grans(pct(0), ">="));
    expect(noll.typ === "grans" && Object.is(noll.x.varde, 0)).toBe(true);
  });

  it("makes no band of a lower limit (`minst 1 % budgetavvikelse` is v ≥ 1 %)", () => {
    lases("minst 1 % budgetavvikelse", grans(pct(0.01), ">="), "hogre", "minst 1 %");
    lases("Över 1 % underskott", grans(pct(0.01), ">"), "hogre", "över 1 %");
  });
});

describe("± and the deviation noun before an upper limit (§6: the symmetric band)", () => {
  it("reads ±X as |X|, ±0 and ± 0 % as balans, and ± without a number as nothing", () => {
    lases("±2", { typ: "band", x: tal(2) }, "hogre");
    lases("±-1 %", { typ: "band", x: pct(0.01) }, "hogre");
    lases("± 0 %", { typ: "balans" }, "hogre");
    lases("±0 budgetavvikelse", { typ: "balans" }, "hogre");
    olasbar("±", 'Kan inte läsa målvärdet "±"');
  });

  it("reads a deviation named before its limit as the band, with up to three lead words or a colon between", () => {
    lases("Budgetavvikelse: max 1 %", { typ: "band", x: pct(0.01) }, "hogre");
    lases("Budgetavvikelse ska får bli max 1 %", { typ: "band", x: pct(0.01) }, "hogre");
    lases("Avvikelse mot budget högst 2 %", { typ: "band", x: pct(0.02) }, "hogre");
    lases("Budgetavvikelsen får inte överstiga 1 %", { typ: "band", x: pct(0.01) }, "hogre");
    lases("Negativ budgetavvikelse max 1 %", grans(pct(-0.01), ">="), "hogre");
  });

  it("reads the limit alone with four lead words, after a plural, or with a lower limit", () => {
    lases("Budgetavvikelse ska får bli vara max 1 %", grans(pct(0.01), "<="), "lagre", "max 1 %");
    lases("Avvikelser max 1 %", grans(pct(0.01), "<="), "lagre", "max 1 %");
    lases("Avvikelsen ska vara minst 0 %", grans(pct(0), ">="), "hogre", "minst 0 %");
    lases("Avvikelse senast 5 dagar", grans(tal(5, "dagar"), "<="), "lagre", "senast 5 dagar");
  });
});

describe("intervals (§6: `X–Y`, `mellan X och Y`)", () => {
  it("orders the ends, whichever is written first", () => {
    lases("mellan 10 och 5", { typ: "intervall", fran: tal(5), till: tal(10) });
    lases("10–5 %", { typ: "intervall", fran: pct(0.05), till: pct(0.1) });
  });

  it("gives the % or unit of one end to the other, and ‰ as thousandths", () => {
    lases("5 % – 10", { typ: "intervall", fran: pct(0.05), till: pct(0.1) });
    lases("5–10 dagar", { typ: "intervall", fran: tal(5, "dagar"), till: tal(10, "dagar") });
    lases("5 dagar – 10", { typ: "intervall", fran: tal(5, "dagar"), till: tal(10, "dagar") });
    lases("2–3 ‰", {
      typ: "intervall",
      fran: { varde: 0.002, procent: true, promille: true },
      till: { varde: 0.003, procent: true, promille: true },
    });
    lases("1–2 procentenheter", {
      typ: "intervall",
      fran: { varde: 0.01, procent: true, procentenheter: true },
      till: { varde: 0.02, procent: true, procentenheter: true },
    });
  });

  it("converts ends in two money units to the second, and refuses ends in two other units", () => {
    lases("2 tkr – 3 mnkr", { typ: "intervall", fran: tal(0.002, "mnkr"), till: tal(3, "mnkr") });
    fleraTal("90 mkr – 15 %");
    fleraTal("5 dagar – 10 st");
    fleraTal("5 ‰ – 10 %");
  });

  it("needs `och` after `mellan`, and reads two years as a period, not a target", () => {
    fleraTal("mellan 5 eller 10");
    fleraTal("Mellan 2019 och 2020");
    lases("Mellan 1989 och 2020", { typ: "intervall", fran: tal(1989), till: tal(2020) });
  });
});

describe("level words (§6: `cirka X`, `uppnå X`: a level in the riktning, the word kept)", () => {
  it.each([
    ["c:a 7 %", "c:a"],
    ["ca. 7 %", "ca."],
    ["Ungefär 7 %", "ungefär"],
    ["Nå 7 %", "nå"],
  ])("%p keeps the word %p", (text, ord) => {
    lases(text, { typ: "grans", op: undefined, x: pct(0.07), ord });
  });

  it("names the level word and its number as the phrase found in a sentence", () => {
    lases(
      "År 2020 uppnå 9 procent",
      { typ: "grans", op: undefined, x: pct(0.09), ord: "uppnå" },
      undefined,
      "uppnå 9 procent",
    );
  });
});

describe("changes: a change verb or noun followed within three words by `med X` or `till X` (§6)", () => {
  it("reads `med X` three words after the verb as the change, named whole", () => {
    lases(
      "Vi ska minska andelen sjuka medarbetare med 10 %",
      { typ: "forandring", upp: false, x: pct(0.1), satt: "procent" },
      "lagre",
      "minska andelen sjuka medarbetare med 10 %",
    );
  });

  it("reads `med X` four words after the verb as no change: the verb alone is the trend", () => {
    lases("Minska andelen av sjuka medarbetare med 10 %", { typ: "trend", upp: false }, "lagre", "minska");
  });

  it("counts X without % as units, and takes a filler word (`öka med minst 5`)", () => {
    lases("Öka antalet med minst 5", { typ: "forandring", upp: true, x: tal(5), satt: "antal" }, "hogre");
    lases("Höjning med 5 st", { typ: "forandring", upp: true, x: tal(5, "st"), satt: "antal" }, "hogre");
  });

  it("reads `till X` as the level in the verb's direction, or with the operator after `till`", () => {
    lases("Höja andelen till 90 %", grans(pct(0.9), ">="), "hogre");
    lases("Sänka kostnaden till 5 mnkr", grans(tal(5, "mnkr"), "<="), "lagre");
    lases("Öka till högst 7 %", grans(pct(0.07), "<="), "lagre");
    lases("Öka till cirka 90 %", grans(pct(0.9), ">="), "hogre");
  });

  it("goes on past a `med` without a number to a `till X` within three words", () => {
    lases("Öka andel med godkänt till 90 %", grans(pct(0.9), ">="), "hogre");
  });

  it("reads `jämfört med` as no change size, and `till` a year as no level", () => {
    lases("Minska jämfört med 2023", { typ: "trend", upp: false }, "lagre", "minska");
    lases("Öka till 2025", { typ: "trend", upp: true }, "hogre", "öka");
    // A number between the verb and `med` ends the search: `med 10 %` then belongs to no verb.
    lases("Minska 3 enheter med 10 %", { typ: "trend", upp: false }, "lagre", "minska");
  });
});

describe("surplus (§6: `överskott på X` is v ≥ X)", () => {
  it("reads the level, or the operator after `på`", () => {
    lases("Överskott på 2 mnkr", grans(tal(2, "mnkr"), ">="), "hogre");
    lases("Överskott på högst 2 mnkr", grans(tal(2, "mnkr"), "<="), "lagre");
    lases("2 mnkr i överskott", grans(tal(2, "mnkr"), ">="), "hogre");
  });

  it("reads `överskott` without a number as positivt, v > 0", () => {
    lases("Överskott", { typ: "positivt" }, "hogre");
  });
});

describe("targets in words (§6: balans, positivt, förbättras, bibehålla)", () => {
  it("reads each kind with its riktning, and bibehålla with none", () => {
    lases("Ekonomisk balans", { typ: "balans" }, "hogre");
    lases("Balanskravet", { typ: "balans" }, "hogre");
    lases("Positivt resultat", { typ: "positivt" }, "hogre");
    lases("Ska vara positivt", { typ: "positivt" }, "hogre");
    lases("Förbättras", { typ: "trend", upp: true }, "hogre");
    lases("Oförändrad nivå", { typ: "bibehalla" });
    lases("Minskning", { typ: "trend", upp: false }, "lagre");
  });

  it("finds balans and positivt in a sentence, but not balans between two things or positivt of another noun", () => {
    lases("En ekonomi i balans är målet", { typ: "balans" }, "hogre", "ekonomi i balans");
    lases("Resultatet ska vara positivt och stabilt", { typ: "positivt" }, "hogre", "positivt");
    lases("Positivt resultat totalt", { typ: "positivt" }, "hogre", "positivt resultat");
    olasbar("Balans mellan arbete och fritid", 'Kan inte läsa målvärdet "Balans mellan arbete och fritid"');
    olasbar("Ett positivt bemötande", 'Kan inte läsa målvärdet "Ett positivt bemötande"');
  });
});

describe("ranks (§6: rank 1 is best, v ≤ X)", () => {
  it("reads a rank with and without its words after X", () => {
    lases("Topp 100", grans(tal(100), "<="), "lagre");
    lases("Plats 150 eller bättre", grans(tal(150), "<="), "lagre");
    lases("Bland de 50 bästa", grans(tal(50), "<="), "lagre");
    lases("Tillhöra de 20 främsta", grans(tal(20), "<="), "lagre");
  });

  it("needs the word after X when the rank starts with `bland de`, and no unit", () => {
    lases("Bland de 50", grans(tal(50)), undefined, "50");
    lases("Topp 5 mnkr", grans(tal(5, "mnkr")), undefined, "5 mnkr");
  });

  it("refuses a share of the best, saying why", () => {
    olasbar(
      "Topp 10 %",
      "Målvärdet anger en andel av de bästa (10,0 %), inte en placering: skriv målet som en placering " +
        "(plats 50 eller bättre) eller som ett värde",
    );
  });
});

describe("operators after X (§6: `95 % eller mer`)", () => {
  it("reads each side", () => {
    lases("95 % eller mer", grans(pct(0.95), ">="), "hogre");
    lases("5 dagar eller färre", grans(tal(5, "dagar"), "<="), "lagre");
    lases("Från 10 och uppåt", grans(tal(10), ">="), "hogre", "10 och uppåt");
    lases("Inte 5 eller mer", grans(tal(5), "<"), "lagre");
  });
});

describe("years are not targets (§6: 1990–2100, four digits, after `år`… or before `:`)", () => {
  it.each([
    ["År 1990 ska 5 besök"],
    ["År 2100 ska 5 besök"],
    ["Till 2025 ska 5 besök"],
    ["Inom 2025 ska 5 besök"],
    ["Utgångsvärde 2015: 5 besök"],
    ["Utgångsvärde 2015 : 5 besök"],
    ["Enligt 2023 års plan 5 besök"],
    ["5 besök (2025)"],
    ["År 2024–2025 ska 5 besök"],
    ["Senast 2024-12-31 ska 5 besök"],
  ])("skips the year in %p", (text) => {
    lases(text, grans(tal(5)), undefined, "5 besök");
  });

  it.each([
    ["År 1989 ska 5 besök"],
    ["År 2101 ska 5 besök"],
    ["År 2 000 ska 5 besök"],
    ["Enligt 2023 årsvis 5 besök"],
    ["5 besök (2025"],
    ["5 besök 2025)"],
    ["x 2024–2025 5 besök"],
    ["År 2024–3000 ska 5 besök"],
  ])("keeps the number in %p", (text) => {
    fleraTal(text);
  });

  it("marks the years as the reader sees them", () => {
    expect(ordAv("år 1990 och 2100: 1989")).toEqual(["år", "1990#år", "och", "2100#år", ":", "1989"]);
    expect(ordAv("högre än riket 2022–2023")).toEqual(["högre", "än", "riket", "2022#år", "–", "2023#år"]);
    expect(ordAv("lägre än 2023")).toEqual(["lägre", "än", "2023#år"]);
    expect(ordAv("fler än 2023 besök")).toEqual(["fler", "än", "2023", "besök"]);
    expect(ordAv("covid-19 e-tjänster nt1")).toEqual(["covid-19", "e-tjänster", "nt1"]);
    expect(ordAv("5 - 10")).toEqual(["5", "-", "10"]);
    expect(ordAv("max -5")).toEqual(["max", "-5"]);
    expect(ordAv("2024-12-31x")).toEqual(["2024-12-31", "x"]);
    expect(ordAv("år 2024 , 2025")).toEqual(["år", "2024#år", ",", "2025"]);
    expect(ordAv("jämförbara kommuner 2023")).toEqual(["jämförbara", "kommuner", "2023#år"]);
    expect(ordAv("kommuner 2023")).toEqual(["kommuner", "2023"]);
    expect(ordAv("rikssnittet 2023")).toEqual(["rikssnittet", "2023#år"]);
    expect(ordAv("högre än riket 2024/2025")).toEqual(["högre", "än", "riket", "2024#år", "/", "2025#år"]);
    expect(ordAv("5 ,5")).toEqual(["5", ",", "5"]);
    // A date is one word only when no digit follows it; a range of years only when its first year is one.
    expect(ordAv("2024-12-311")).toEqual(["2024", "-", "12", "-", "311"]);
    expect(ordAv("2024-12 31")).toEqual(["2024", "-", "12", "31"]);
    expect(ordAv("2024 12-31")).toEqual(["2024", "12", "-", "31"]);
    expect(ordAv("x 2024–2025")).toEqual(["x", "2024", "–", "2025"]);
  });

  it("reads two years joined by `/` as a period (a läsår, a budgetår), never as a rate `2024 per 2025 ska`", () => {
    // Read as a rate, `under 2024/2025 ska` was the target v < 2024 and the real target was lost.
    lases("Under 2024/2025 ska 120 tillsyner ske", grans(tal(120)), undefined, "120 tillsyner");
    expect(ordAv("år 2024/2025 ska")).toEqual(["år", "2024#år", "/", "2025#år", "ska"]);
    expect(ordAv("år 2024 / 2025 ska")).toEqual(["år", "2024#år", "/", "2025#år", "ska"]);
    // Only two years: a rate of other numbers stays one number with its rate (§2).
    expect(ordAv("1989/2025 ska")).toEqual(["1989/2025 ska"]);
    expect(ordAv("2024/2101 ska")).toEqual(["2024/2101 ska"]);
    expect(ordAv("2024/20250 ska")).toEqual(["2024/20250 ska"]);
    expect(ordAv("2024 / 20250 ska")).toEqual(["2024 / 20250 ska"]);
    expect(ordAv("855 st./100 000 inv")).toEqual(["855 st./100 000 inv"]);
  });

  it("names the year a comparison ends with, and keeps a year outside the range as the limit", () => {
    olasbar(
      "Lägre än 2023.",
      'Målvärdet jämför med året 2023, inte med ett värde: skriv till exempel "lägre än föregående år", ' +
        '"lägre än 2023 års nivå" eller målvärdet som tal',
    );
    lases("Lägre än 1989", grans(tal(1989), "<"), "lagre");
    lases("Fler än 2000 besök", grans(tal(2000), ">"), "hogre", "fler än 2000");
    // A year after an operator other than `än` is skipped, with no reason about comparing with a year.
    olasbar("Under 2023", 'Kan inte läsa målvärdet "Under 2023"');
  });
});

describe("a whole text: lead words, negations, and up to two label words (§6)", () => {
  it("reads one or two label words between an operator and X, but not three", () => {
    lases("Minst NKI index 75", grans(tal(75), ">="), "hogre");
    lases("Minst NKI index värde 75", grans(tal(75)), undefined, "75");
  });

  it("reads a label only in a whole text, not inside a sentence", () => {
    lases("Vi når minst index 41 i år", grans(tal(41)), undefined, "41");
  });

  it("reads a number alone, with the full stops after it dropped", () => {
    lases("7 % .", grans(pct(0.07)));
    lases("2020", grans(tal(2020)));
  });
});

describe("sentences: one phrase, two, a phrase repeated, time conditions (§6)", () => {
  it("reads a phrase repeated as one target", () => {
    lases("Minst 80 % och minst 80 %", grans(pct(0.8), ">="), "hogre", "minst 80 %");
  });

  it("refuses two different phrases", () => {
    fleraMal("Minst 80 % och högst 90 %");
    fleraMal("Minst 75 % och bättre än riket");
  });

  it("drops a duration beside another target, but keeps two durations as two targets", () => {
    lases("Minst 90 % av ärendena ska avgöras inom 14 dagar", grans(pct(0.9), ">="), "hogre", "minst 90 %");
    fleraMal("Högst 14 dagar och inom 30 dagar");
    lases("Ska öka, inom 14 dagar", { typ: "trend", upp: true }, "hogre", "öka");
    fleraMal("Minst 5 st och högst 10 st");
  });

  it("reads comparison values only named as no target", () => {
    lases("Minst 75 % (riket 70 %)", grans(pct(0.75), ">="), "hogre", "minst 75 %");
  });

  it("names a bare number with the word it counts, unless the number has a unit or the word is a stop word", () => {
    lases("40 i snitt", grans(tal(40)), undefined, "40");
    lases("5 mnkr i kassan", grans(tal(5, "mnkr")), undefined, "5 mnkr");
    lases("90 % nöjda brukare", grans(pct(0.9)), undefined, "90 %");
    lases("Vi gör 12 besök", grans(tal(12)), undefined, "12 besök");
    lases("Vi gör 12, fler", grans(tal(12)), undefined, "12");
  });

  it("refuses a sentence without any number or phrase, naming it", () => {
    olasbar("Gott bemötande", 'Kan inte läsa målvärdet "Gott bemötande"');
    olasbar(". ,", 'Kan inte läsa målvärdet ". ,"');
  });

  it("names the phrase read in the reason a user reads", () => {
    expect(bedom({ utfall: 0.12, malvarde: "Andelen får aldrig någonsin bli högre än 10 %" }).motivering).toMatch(
      /\(målvärdet läst som "aldrig någonsin bli högre än 10 %"\)$/,
    );
  });
});

describe("riktning written in the målvärde (§6: the text decides when it says so)", () => {
  it("reads a riktning phrase, with or without parentheses, around the target", () => {
    lases("5 lägre är bättre", grans(tal(5)), "lagre");
    lases("5, (högre värde är bättre).", grans(tal(5)), "hogre");
    lases("↓ Max 5", grans(tal(5), "<="), "lagre");
  });

  it("keeps the phrase found in a sentence", () => {
    lases("Vi gör 12 besök ↑", grans(tal(12)), "hogre", "12 besök");
  });

  it("reads a riktning phrase only as whole words", () => {
    lases("Xlägre är bättre 5", grans(tal(5)), undefined, "5");
    lases("5 högre är bättres", grans(tal(5)), undefined, "5 högre");
  });

  it("refuses two riktningar, and a riktning alone; keeps an unreadable text's own reason", () => {
    olasbar("Minska 5 ↑", 'Målvärdet "Minska 5 ↑" säger två olika riktningar');
    olasbar("↑", 'Målvärdet "↑" anger bara riktningen, inget mål');
    olasbar("↓ Bra arbetsmiljö", 'Kan inte läsa målvärdet "↓ Bra arbetsmiljö"');
  });
});

describe("comparison targets (§6: the best or the mean of the comparison values)", () => {
  const jamforelse = (satt: "basta" | "medel", strikt: boolean): Malvarde => ({ typ: "jamforelse", satt, strikt });

  it("reads the best where `bästa` stands beside a mean word, and the mean for the mean words", () => {
    lases("Bästa kommunen i riket", jamforelse("basta", false));
    lases("Under snittet", jamforelse("medel", true), "lagre");
    lases("Lägre än riket (5,2 %)", jamforelse("medel", true), "lagre");
    lases("Minst lika bra som riket", jamforelse("medel", false));
    // The comparison values are never a label before a number: the year is theirs, not a limit of 2023.
    lases("Högre än rikets värde 2023", jamforelse("medel", true), "hogre");
    // A non-strict word wins over a strict one.
    lases("Lika bra som eller bättre än riket", jamforelse("medel", false));
  });

  it("refuses a comparison beside another target in words", () => {
    fleraMal("Andelen ska öka och vara högre än riket");
  });

  it("turns a negated directed word round, non-strict, and refuses a negated `bättre`", () => {
    lases("Inte högre än riket", jamforelse("medel", false), "lagre");
    lases("Inte lägre än jämförelsekommunerna", jamforelse("basta", false), "hogre");
    olasbar("Inte bättre än riket", 'Målvärdet "Inte bättre än riket" kan inte bedömas: "inte" gör målet oklart');
    // The negation reaches `bättre än`, not the directed `högre än` of the next clause: nothing to turn round.
    olasbar(
      "Inte bättre än länet, men högre än riket",
      'Målvärdet "Inte bättre än länet, men högre än riket" kan inte bedömas: "inte" gör målet oklart',
    );
    // Not `higher than or as high as` leaves nothing to turn round.
    olasbar(
      "Inte högre än eller lika med riket",
      'Målvärdet "Inte högre än eller lika med riket" kan inte bedömas: "inte" gör målet oklart',
    );
  });
});

describe("a number as målvärde, and the cache (tolkaMalvarde)", () => {
  it("refuses a number that is not finite", () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(tolkaMalvarde(x)).toStrictEqual({ malvarde: { typ: "olasbar", orsak: "Målvärdet är inget giltigt tal" } });
    }
  });

  it("reads a number as a plain level without riktning", () => {
    expect(tolkaMalvarde(-0.5)).toStrictEqual({ malvarde: grans(tal(-0.5)) });
  });

  it("gives the same frozen reading for the same text", () => {
    const a = tolkaMalvarde("Max 9 %");
    expect(tolkaMalvarde("Max 9 %")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe("the deviation form of a target (somAvvikelsemal, §5, §6)", () => {
  const avvikelse = (text: string) => somAvvikelsemal(tolkaText(text));

  it("makes an upper limit the band, keeping the phrase, and 0 balans", () => {
    expect(avvikelse("Max 1 %")).toStrictEqual({ malvarde: { typ: "band", x: pct(0.01) }, riktning: "hogre" });
    expect(avvikelse("< 500 tkr")).toStrictEqual({ malvarde: { typ: "band", x: tal(500, "tkr") }, riktning: "hogre" });
    expect(avvikelse("Max 0 %")).toStrictEqual({ malvarde: { typ: "balans" }, riktning: "hogre" });
    expect(avvikelse("Avvikelsen ska vara högst 1 % i år")).toStrictEqual({
      malvarde: { typ: "band", x: pct(0.01) },
      riktning: "hogre",
      kalla: "avvikelsen ska vara högst 1 %",
    });
  });

  it("leaves a lower limit, a negative limit and a level alone", () => {
    for (const text of ["Minst 1 %", "Över 1 %", "Max -1 %", "1 %", "Ökar", "±2 %"]) {
      expect(avvikelse(text)).toStrictEqual(tolkaText(text));
    }
  });
});

describe("a year after a word that names a year (`läsåret`, `verksamhetsåret`) is no target", () => {
  it("reads the target of the sentence, not the year", () => {
    expect(tolkaText("Läsåret 2024/2025 ska 90 % vara behöriga").malvarde).toStrictEqual(tolkaText("90 %").malvarde);
    expect(tolkaText("Verksamhetsåret 2025 ska 120 tillsyner ske digitalt").kalla).toBe("120 tillsyner");
  });

  it("still reads a number after such a word as the target when it is no year", () => {
    expect(tolkaText("Under året 120 tillsyner").kalla).toBe("120 tillsyner");
  });
});
