/** Property-based tests of the core with fast-check. */
import fc from "fast-check";
import { lasTal } from "../../src/core/tal/tal";
import { rensaText } from "../../src/core/tal/text";
import { tolkaMalvarde, tolkaText } from "../../src/core/malvarde/tolka";
import { bedom } from "../../src/core/bedomning/bedomning";
import { budgetavvikelse } from "../../src/core/nyckeltal/budget";
import { arTom } from "../../src/core/tal/cell";
import {
  DOLT,
  doldaGrupper,
  MINSTA_GRUPP,
  sjukfranvaro,
  sjukfranvaroRedovisning,
  type Aldersgrupp,
  type Kon,
} from "../../src/core/nyckeltal/sjukfranvaro";
import type { Status } from "../../src/core/bedomning/status";

const ordning: Record<Status, number> = { "Ej uppfyllt": 0, "Delvis uppfyllt": 1, Uppfyllt: 2, "Kan ej bedömas": -1 };

/** Strings near the grammar as well as anything at all. */
const malvardetext = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc
    .tuple(
      fc.constantFrom(
        "",
        "max ",
        "≤ ",
        "<= ",
        "minst ",
        "≥ ",
        "under ",
        "över ",
        "+/-",
        "±",
        "öka med ",
        "minska med ",
        "mellan ",
      ),
      fc.double({ noNaN: true }),
      fc.constantFrom("", " %", " procent", " tkr", " mnkr", " st.", " timmar", " budgetavvikelse", " och 5", "–9"),
    )
    .map(([a, b, c]) => `${a}${String(b).replace(".", ",")}${c}`),
);

/** Texts of up to `antal` pieces, each one of `bitar` or a short random string. */
const blandadText = (
  bitar: readonly string[],
  antal: number,
  slump: fc.Arbitrary<string> = fc.string({ maxLength: 2, unit: "binary" }),
): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...bitar), slump), { maxLength: antal }).map((d) => d.join(""));

describe("properties of the core", () => {
  it("the number reader never throws, and returns a value, a missing marker or a reason", () => {
    fc.assert(
      fc.property(malvardetext, (text) => {
        const r = lasTal(text);
        expect(["tal", "saknas", "fel"]).toContain(r.typ);
        if (r.typ === "tal") expect(Number.isFinite(r.varde)).toBe(true);
        if (r.typ === "fel") expect(r.orsak.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("a decimal written the Swedish way reads as the same double JavaScript reads from the dotted form", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,20}$/),
        fc.stringMatching(/^[0-9]{1,20}$/),
        fc.boolean(),
        (heltal, decimaler, negativ) => {
          const r = lasTal(`${negativ ? "−" : ""}${heltal},${decimaler}`);
          const vantat = Number(`${heltal}.${decimaler}`);
          expect(r).toEqual({ typ: "tal", varde: negativ ? -vantat : vantat, procent: false });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("cleaning text equals its definition: invisible characters out, trim, every run of white space one space", () => {
    const tecken = [
      " ",
      "  ",
      "\u00a0",
      "\u202f",
      "\u2009",
      "\u2007",
      "\t",
      "\n",
      "\u3000",
      "\ufeff",
      "\u200b",
      "\u00ad",
    ];
    const text = blandadText([...tecken, "\u200c", "\u200d", "\u2060"], 8, fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (t) => {
        const vantat = t
          .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, "")
          .trim()
          .replace(/\s+/g, " ");
        expect(rensaText(t)).toBe(vantat);
        expect(arTom(t)).toBe(vantat === "");
      }),
      { numRuns: 5000 },
    );
  });

  it("the målvärde parser never throws; what it cannot read carries a reason; the cache changes nothing", () => {
    fc.assert(
      fc.property(malvardetext, (text) => {
        const { malvarde } = tolkaMalvarde(text);
        expect(tolkaMalvarde(text)).toEqual(tolkaText(text));
        if (malvarde.typ === "olasbar") expect(malvarde.orsak.length).toBeGreaterThan(0);
        const r = bedom({ utfall: 5, malvarde: text, foregaende: 4 });
        expect(r.motivering.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("a phrase gives the same target alone in a cell and inside a sentence (§6)", () => {
    const fras = fc
      .tuple(
        fc.constantFrom(
          "max ",
          "högst ",
          "minst ",
          "under ",
          "över ",
          "≤ ",
          "≥ ",
          "±",
          "cirka ",
          "mellan 2 och ",
          "öka med ",
          "minska med ",
        ),
        fc.integer({ min: 3, max: 9000 }),
        fc.constantFrom(
          "",
          " %",
          " procent",
          " mnkr",
          " tkr",
          " st",
          " timmar",
          " budgetavvikelse",
          " procentenheter",
          " negativ avvikelse",
          " underskott",
        ),
      )
      .map(([a, b, c]) => `${a}${b}${c}`);
    // Words a sentence wraps a target in, none of them in the grammar.
    const ord = fc.array(
      fc.constantFrom("nämnden", "ska", "vara", "andelen", "arbeta", "för", "att", "nå", "målet", "väl"),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(fras, ord, ord, (f, fore, efter) => {
        const ensam = tolkaMalvarde(f).malvarde;
        fc.pre(ensam.typ !== "olasbar" && !fore.includes("nå"));
        const mening = [...fore.filter((o) => o !== "nå"), f, ...efter.filter((o) => o !== "nå")].join(" ") + ".";
        expect(tolkaMalvarde(mening).malvarde).toEqual(ensam);
      }),
      { numRuns: 3000 },
    );
  });

  it("the status is monotone in utfall for a one-sided target and a fixed riktning", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("≤ ", "< ", "≥ ", "> ", "", "max ", "minst ", "minska med ", "öka med "),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom<"hogre" | "lagre">("hogre", "lagre"),
        fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
        fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (op, x, riktning, foregaende, gransvarde, a, b) => {
          const malvarde = `${op}${String(Math.abs(op.includes("med") ? x / 1e6 : x)).replace(".", ",")}${op.includes("med") ? " %" : ""}`;
          const [lag, hog] = a <= b ? [a, b] : [b, a];
          const s = (v: number) => bedom({ utfall: v, malvarde, riktning, foregaende, gransvarde }).status;
          const [sl, sh] = [s(lag), s(hog)];
          if (sl === "Kan ej bedömas" || sh === "Kan ej bedömas") return;
          const textRiktning = tolkaMalvarde(malvarde).riktning ?? riktning;
          if (textRiktning === "hogre") expect(ordning[sl]).toBeLessThanOrEqual(ordning[sh]);
          else expect(ordning[sl]).toBeGreaterThanOrEqual(ordning[sh]);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("budgetavvikelse: kostnad is the negation of resultat unless both amounts are negative net costs (§5)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        (u, b) => {
          // Numeric negation: 0 and −0 are the same amount.
          const nettokostnadNegativ = u < 0 && b < 0;
          const kostnad = budgetavvikelse(u, b, "kostnad");
          expect(kostnad === (nettokostnadNegativ ? 1 : -1) * budgetavvikelse(u, b, "resultat")).toBe(true);
          expect(budgetavvikelse(u, b, "intakt")).toBe(budgetavvikelse(u, b, "resultat"));
          // Ledger sign is always budget − utfall; spending less than budget is never negative.
          expect(budgetavvikelse(u, b, "bokforing") === -budgetavvikelse(u, b, "resultat")).toBe(true);
          if (Math.abs(u) < Math.abs(b) && Math.sign(u) === Math.sign(b) && u !== 0) expect(kostnad).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("sjukfrånvaro stays in [0, 1] for valid input", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (o, andel) => {
          fc.pre(o > 0);
          const r = sjukfranvaro(o * andel, o);
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("suppression never reveals a group of at most 10 persons, also not by difference", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 2, maxLength: 3 }), (personer) => {
        const dolda = doldaGrupper(personer);
        personer.forEach((p, i) => {
          if (p <= MINSTA_GRUPP) expect(dolda[i]).toBe(true);
        });
        const antalDolda = dolda.filter(Boolean).length;
        expect(antalDolda === 0 || antalDolda >= 2).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("the disclosure table hides every small group of real data, and a lone hidden group never stands alone", () => {
    const rad = fc.record({
      o: fc.integer({ min: 0, max: 2000 }),
      andel: fc.double({ min: 0, max: 1, noNaN: true }),
      kon: fc.constantFrom<Kon>(0, 1),
      alder: fc.constantFrom<Aldersgrupp>(0, 1, 2),
    });
    fc.assert(
      fc.property(fc.array(rad, { minLength: 1, maxLength: 80 }), (rader) => {
        fc.pre(rader.some((r) => r.o > 0));
        const tabell = Object.fromEntries(
          sjukfranvaroRedovisning({
            arbetstimmar: rader.map((r) => r.o),
            sjuktimmar: rader.map((r) => Math.floor(r.o * r.andel)),
            kon: rader.map((r) => r.kon),
            aldersgrupp: rader.map((r) => r.alder),
          }),
        );
        const personer = (f: (r: (typeof rader)[number]) => boolean) => rader.filter((r) => r.o > 0 && f(r)).length;
        const split = [
          [
            ["Kvinnor", (r: (typeof rader)[number]) => r.kon === 0],
            ["Män", (r: (typeof rader)[number]) => r.kon === 1],
          ],
          [0, 1, 2].map((g) => [
            ["29 år eller yngre", "30–49 år", "50 år eller äldre"][g],
            (r: (typeof rader)[number]) => r.alder === g,
          ]),
        ] as [string, (r: (typeof rader)[number]) => boolean][][];
        for (const grupper of split) {
          for (const [etikett, f] of grupper) if (personer(f) <= MINSTA_GRUPP) expect(tabell[etikett]).toBe(DOLT);
          expect(grupper.filter(([etikett]) => tabell[etikett] === DOLT).length).not.toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
