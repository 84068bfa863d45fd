/**
 * Property tests of the core on real input (issue 19): numbers as Swedish reports write them and målvärden built
 * from the grammar's own vocabulary (test/helpers/svenska.ts). Every property asserts a value; each counts how often
 * it reaches its real check and asserts that most runs do, so a generator that drifts into unreadable input fails
 * instead of passing on nothing.
 */
import fc from "fast-check";
import { lasTal, type Tal } from "../../src/core/tal/tal";
import { rensaText } from "../../src/core/tal/text";
import { arTom } from "../../src/core/tal/cell";
import { tolkaMalvarde, tolkaText } from "../../src/core/malvarde/tolka";
import type { Malvarde } from "../../src/core/malvarde/malvarde";
import { bedom } from "../../src/core/bedomning/bedomning";
import {
  DOLT,
  doldaGrupper,
  ETIKETTER,
  MINSTA_GRUPP,
  sjukfranvaroRedovisning,
  type Aldersgrupp,
  type Kon,
} from "../../src/core/nyckeltal/sjukfranvaro";
import { OPERATORORD, TYPORD, type Enhet, type Operator, type Radtyp } from "../../src/core/ordforrad";
import type { Status } from "../../src/core/bedomning/status";
import { kalla, kolumnref } from "../helpers/excel";
import { korningar } from "../helpers/korningar";
import { blank, FYLLORD, malvardetext, saknasMarkor, svensktTal, versaler, type Forvantat } from "../helpers/svenska";

const U: Status = "Uppfyllt";
const D: Status = "Delvis uppfyllt";
const E: Status = "Ej uppfyllt";

/** Counts how often each outcome of a property is reached, and how often the real check ran. */
class Raknare {
  private readonly antal = new Map<string, number>();
  korningar = 0;
  rakna(vad: string): void {
    this.antal.set(vad, (this.antal.get(vad) ?? 0) + 1);
  }
  andel(vad: string): number {
    return (this.antal.get(vad) ?? 0) / Math.max(1, this.korningar);
  }
  /** What was reached, for a failure message. */
  toString(): string {
    return `${this.korningar} körningar: ${[...this.antal].map(([k, v]) => `${k} ${v}`).join(", ")}`;
  }
}

/** A number's unit, as the expected reading carries it. */
const enhet = (t: Tal): { enhet?: Enhet } => (t.enhet === undefined ? {} : { enhet: t.enhet });

/** The fields of a parsed målvärde that the vocabulary-built text fixes. */
function somForvantat(m: Malvarde, riktning: string | undefined): Forvantat | Malvarde {
  switch (m.typ) {
    case "grans":
      return m.op === undefined
        ? { typ: "grans", x: m.x.varde, ...enhet(m.x) }
        : { typ: "grans", op: m.op, x: m.x.varde, riktning: riktning as "hogre" | "lagre", ...enhet(m.x) };
    case "band":
      return { typ: "band", x: m.x.varde, ...enhet(m.x) };
    case "intervall":
      // Both ends carry the interval's unit; ends in different units would show as two.
      return m.fran.enhet === m.till.enhet
        ? { typ: "intervall", fran: m.fran.varde, till: m.till.varde, ...enhet(m.fran) }
        : { ...m, typ: "intervall" };
    case "trend":
      return m.inklusive ? { typ: "trend", upp: m.upp, inklusive: true } : { typ: "trend", upp: m.upp };
    case "forandring":
      return { typ: "forandring", upp: m.upp, x: m.x.varde, satt: m.satt };
    default:
      return m;
  }
}

describe("§2 numbers as Swedish reports write them", () => {
  it("reads every number to its value: sign, thousands, decimal comma or point, share, unit, any case", () => {
    const r = new Raknare();
    fc.assert(
      fc.property(
        svensktTal(),
        fc.constantFrom("", " ", "\u00a0", "\u200b", "\ufeff "),
        fc.constantFrom("", " ", "\u202f", "\u00ad"),
        (t, fore, efter) => {
          r.korningar++;
          const last = lasTal(`${fore}${t.text}${efter}`);
          expect(last.typ).toBe("tal");
          if (last.typ !== "tal") return;
          r.rakna(t.procent ? "andel" : t.enhet ? "enhet" : "tal");
          if (t.text.includes("\u00a0") || t.text.includes("\u202f")) r.rakna("hårt mellanslag");
          if (/^[−–-]/.test(t.text)) r.rakna("minus");
          expect(Object.is(last.varde, t.varde)).toBe(true);
          expect(last.procent).toBe(t.procent);
          expect(last.promille ?? false).toBe(t.promille);
          expect(last.enhet).toBe(t.enhet);
        },
      ),
      { numRuns: korningar(2000) },
    );
    // Every kind of writing is reached in a real share of the runs.
    for (const vad of ["andel", "enhet", "tal", "hårt mellanslag", "minus"])
      expect([vad, r.andel(vad) > 0.1]).toEqual([vad, true]);
  });

  it("reads kronor:öre as a decimal (22:16 is 22,16)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.stringMatching(/^[0-9]{2}$/), (kronor, ore) => {
        expect(lasTal(`${kronor}:${ore}`)).toEqual({ typ: "tal", varde: Number(`${kronor}.${ore}`), procent: false });
      }),
      { numRuns: korningar(500) },
    );
  });

  it("a decimal written the Swedish way reads as the same double JavaScript reads from the dotted form", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{0,19}$/),
        fc.stringMatching(/^[0-9]{1,20}$/),
        fc.constantFrom("", "−", "-", "–"),
        (heltal, decimaler, minus) => {
          const r = lasTal(`${minus}${heltal},${decimaler}`);
          const vantat = Number(`${heltal}.${decimaler}`);
          expect(r).toEqual({ typ: "tal", varde: minus ? -vantat : vantat, procent: false });
        },
      ),
      { numRuns: korningar(2000) },
    );
  });

  it("reads the missing markers of §1 and blank cells as no value, never as zero", () => {
    fc.assert(
      fc.property(fc.oneof(saknasMarkor, blank), (text) => {
        const last = lasTal(text);
        expect(last.typ).toBe("saknas");
        if (last.typ === "saknas") expect(last.markor).toBe(rensaText(text));
        // As a utfall: Kan ej bedömas with the marker named, never a status from 0.
        const r = bedom({ utfall: text, malvarde: "≥ 0" });
        expect(r.status).toBe("Kan ej bedömas");
        expect(r.motivering).toBe(rensaText(text) ? `Uppgift saknas (${rensaText(text)})` : "Utfall saknas");
      }),
      { numRuns: korningar(1000) },
    );
  });

  it("refuses a number followed by a word that is no unit, quoting the text", () => {
    fc.assert(
      fc.property(svensktTal({ enhet: false }), fc.constantFrom("äpplen", "brukare", "ggr", "x2"), (t, ord) => {
        const text = `${t.text} ${ord}`;
        expect(lasTal(text)).toEqual({ typ: "fel", orsak: `Kan inte läsa "${rensaText(text)}" som ett tal` });
      }),
      { numRuns: korningar(500) },
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
    const text = fc
      .array(fc.oneof(fc.constantFrom(...tecken, "\u200c", "\u200d", "\u2060"), fc.string({ maxLength: 3 })), {
        maxLength: 8,
      })
      .map((d) => d.join(""));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (t) => {
        const vantat = t
          .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, "")
          .trim()
          .replace(/\s+/g, " ");
        expect(rensaText(t)).toBe(vantat);
        expect(arTom(t)).toBe(vantat === "");
      }),
      { numRuns: korningar(3000) },
    );
  });
});

describe("§6 målvärden built from the vocabulary", () => {
  it("reads each as the target it sets, in any case; the cache gives what the grammar gives", () => {
    const r = new Raknare();
    fc.assert(
      fc.property(malvardetext, fc.integer({ min: 0, max: 2 }), (m, versal) => {
        r.korningar++;
        r.rakna(m.slag.split(" ")[0]);
        const text = versaler(m.text, versal);
        const tolkat = tolkaMalvarde(text);
        expect([text, somForvantat(tolkat.malvarde, tolkat.riktning)]).toEqual([text, m.forvantat]);
        expect(tolkat).toEqual(tolkaText(text));
        r.rakna("läst");
        // What the numbers of the targets were written with, to show that the generator writes it.
        const f = m.forvantat;
        const tal = f.typ === "intervall" ? [f.fran, f.till] : "x" in f ? [f.x] : [];
        if (tal.some((x) => x < 0)) r.rakna("negativt");
        if (text.includes("−")) r.rakna("unicode-minus");
        if (/\d[ \u00a0\u202f]\d{3}/.test(text)) r.rakna("tusental");
        if (/\d,\d/.test(text)) r.rakna("decimalkomma");
        if (/(^|[^\d]),\d/.test(text)) r.rakna("naken decimal");
        if ("enhet" in f && ["kr", "tkr", "mnkr", "mdkr"].includes(f.enhet ?? "")) r.rakna("pengar");
        if (f.typ === "intervall" && /\d[,.]\d|\d[ \u00a0\u202f]\d{3}/.test(text)) r.rakna("intervallslut skrivna");
      }),
      { numRuns: korningar(2000) },
    );
    // Every run reaches its check (a text the grammar does not read as the generator wrote it fails it).
    expect(r.andel("läst")).toBe(1);
    for (const slag of ["operator", "negerad", "band", "intervall", "nivå", "förändring", "ordmål"])
      expect([slag, r.andel(slag) > 0.03]).toEqual([slag, true]);
    for (const vad of ["negativt", "unicode-minus", "tusental", "decimalkomma", "pengar", "intervallslut skrivna"])
      expect([vad, r.andel(vad) > 0.03]).toEqual([vad, true]);
    // A bare decimal comma (`−,5 %`) needs a 0 with decimals: a rarer form, about 4 % of the runs.
    expect(r.andel("naken decimal")).toBeGreaterThan(0.01);
  });

  it("gives the same target alone in a cell and inside a sentence (§6)", () => {
    const r = new Raknare();
    const ord = fc.array(fc.constantFrom(...FYLLORD), { maxLength: 4 });
    fc.assert(
      fc.property(malvardetext, ord, ord, fc.constantFrom(".", ",", ";"), (m, fore, efter, skiljetecken) => {
        r.korningar++;
        const ensam = tolkaMalvarde(m.text);
        const mening = versaler(
          [...fore, m.text].join(" ") + skiljetecken + (efter.length > 0 ? ` ${efter.join(" ")}.` : ""),
          1,
        );
        const iMening = tolkaMalvarde(mening);
        expect([mening, iMening.malvarde]).toEqual([mening, ensam.malvarde]);
        expect(iMening.riktning).toBe(ensam.riktning);
        if (fore.length > 0 || efter.length > 0) r.rakna("i en mening");
      }),
      { numRuns: korningar(2000) },
    );
    expect(r.andel("i en mening")).toBeGreaterThan(0.8);
  });
});

/**
 * Spec §7 for a one-sided target, written out: met → Uppfyllt; else within the delvis band (the gränsvärde, or the
 * band share of |målvärde| beyond the target) → Delvis uppfyllt; else moved toward the target since f → Delvis
 * uppfyllt; else Ej uppfyllt. Comparisons with the relative epsilon of §2.
 */
function enligtSpecen(
  v: number,
  op: Operator,
  x: number,
  riktning: "hogre" | "lagre",
  g: number | undefined,
  f: number | undefined,
  andel: number,
): Status {
  const lika = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  const uppfyller = (a: number, o: Operator, b: number) =>
    o === "<="
      ? a < b || lika(a, b)
      : o === "<"
        ? a < b && !lika(a, b)
        : o === ">="
          ? a > b || lika(a, b)
          : a > b && !lika(a, b);
  if (uppfyller(v, op, x)) return U;
  const tak = op === "<=" || op === "<";
  const grans = g ?? x + (tak ? 1 : -1) * andel * Math.abs(x);
  if (grans !== x && uppfyller(v, tak ? "<=" : ">=", grans)) return D;
  if (f !== undefined && !lika(v, f) && (riktning === "hogre" ? v > f : v < f)) return D;
  return E;
}

describe("§7 the status of an indicator", () => {
  const operatorer = Object.keys(OPERATORORD) as Operator[];

  it("is the one the spec's rules give, for every one-sided target, gränsvärde, föregående and band setting", () => {
    const r = new Raknare();
    fc.assert(
      fc.property(
        fc.record({
          op: fc.option(fc.constantFrom(...operatorer), { nil: undefined, freq: 4 }),
          i: fc.nat(),
          riktning: fc.constantFrom<"hogre" | "lagre">("hogre", "lagre"),
          // X as reports write it: sign (−, - or –), thousands, decimal comma or point, `,5`; never a bare year (a
          // year after `till` in `lägst uppgå till 2000` is skipped by design, docs/kvalitet.md).
          x: svensktTal({ enhet: false, max: 99_999 }).filter((t) => t.varde !== 0),
          procent: fc.boolean(),
          // The utfall, f and g in steps of 5 % of |X| around X: equality and the band's edge are reached.
          steg: fc.integer({ min: -8, max: 8 }),
          fSteg: fc.option(fc.integer({ min: -8, max: 8 }), { nil: undefined }),
          gSteg: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
          band: fc.constantFrom(undefined, 0, 0.05, 0.2),
        }),
        (a) => {
          r.korningar++;
          const skala = a.procent ? 100 : 1;
          const x = a.x.varde / skala;
          const xText = `${a.x.text}${a.procent ? " %" : ""}`;
          const ord = a.op === undefined ? "" : `${OPERATORORD[a.op][a.i % OPERATORORD[a.op].length]} `;
          const riktning = a.op === undefined ? a.riktning : a.op === "<=" || a.op === "<" ? "lagre" : "hogre";
          const op: Operator = a.op ?? (riktning === "hogre" ? ">=" : "<=");
          const steg = Math.abs(x) / 20;
          const v = x + a.steg * steg;
          const f = a.fSteg === undefined ? undefined : x + a.fSteg * steg;
          const tak = op === "<=" || op === "<";
          const g = a.gSteg === undefined ? undefined : x + (tak ? 1 : -1) * a.gSteg * steg;
          const argument = [
            v,
            ord + xText,
            a.riktning === "hogre" ? "högre är bättre" : "lägre är bättre",
            g,
            f,
          ] as const;
          const status = kalla("MALUPPFYLLELSE", ...argument, undefined, a.band);
          const vantad = enligtSpecen(v, op, x, riktning, g, f, a.band ?? 0.1);
          expect([argument, a.band, status]).toEqual([argument, a.band, vantad]);
          r.rakna(vantad);
          if (v === x) r.rakna("lika");
          if (x < 0) r.rakna("negativt");
          if (/\d[,.]\d|(^|\D),\d/.test(xText)) r.rakna("decimal");
        },
      ),
      { numRuns: korningar(3000) },
    );
    for (const s of [U, D, E]) expect([s, r.andel(s) > 0.15]).toEqual([s, true]);
    for (const vad of ["lika", "negativt", "decimal"]) expect([vad, r.andel(vad) > 0.03]).toEqual([vad, true]);
  });

  it("is monotone in the utfall for a one-sided or relative target: a better utfall never gets a worse status", () => {
    const ordning: Record<string, number> = { [E]: 0, [D]: 1, [U]: 2 };
    const r = new Raknare();
    /** A target, and the level it sets given f: the generator puts the two utfall around that level. */
    type Mal = { readonly text: string; readonly niva: (f: number) => number };
    // A plain number as reports write it: sign (− or -), thousands, decimal comma, a bare `,5`.
    const x = svensktTal({ enhet: false, max: 99_999 });
    const mal: fc.Arbitrary<Mal> = fc.oneof(
      fc.record({ op: fc.constantFrom(...operatorer), i: fc.nat(), x }).map(({ op, i, x }) => ({
        text: `${OPERATORORD[op][i % OPERATORORD[op].length]} ${x.text}`,
        niva: () => x.varde,
      })),
      fc
        .integer({ min: 1, max: 50 })
        .map((p) => ({ text: `Minska med ${p} %`, niva: (f: number) => f * (1 - p / 100) })),
      fc.integer({ min: 1, max: 50 }).map((p) => ({ text: `öka med ${p} %`, niva: (f: number) => f * (1 + p / 100) })),
      fc.integer({ min: 1, max: 20 }).map((n) => ({ text: `Öka med ${n}`, niva: (f: number) => f + n })),
      fc.constantFrom("Bibehålla", "oförändrad", "samma nivå").map((text) => ({ text, niva: (f: number) => f })),
      x.map((x) => ({ text: x.text, niva: () => x.varde })),
    );
    // The two utfall in steps of 5 % of the level (at least 1) around it: mostly one on each side of the level, so
    // that one meets the target and the other does not; otherwise anywhere within ±50 %, band edges included.
    const steg = fc.oneof(
      { arbitrary: fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: -10, max: -1 })), weight: 3 },
      { arbitrary: fc.tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: -10, max: 10 })), weight: 1 },
    );
    fc.assert(
      fc.property(
        mal,
        fc.constantFrom<"hogre" | "lagre">("hogre", "lagre"),
        fc.integer({ min: -600, max: 600 }),
        steg,
        (m, riktning, f, [sa, sb]) => {
          r.korningar++;
          const niva = m.niva(f);
          const bredd = Math.max(Math.abs(niva), 20) / 20;
          const [a, b] = [niva + sa * bredd, niva + sb * bredd];
          const [lag, hog] = a <= b ? [a, b] : [b, a];
          const s = (v: number) => bedom({ utfall: v, malvarde: m.text, riktning, foregaende: f }).status;
          const [sl, sh] = [s(lag), s(hog)];
          // Every target here is judged when f is given.
          expect([m.text, sl !== "Kan ej bedömas" && sh !== "Kan ej bedömas"]).toEqual([m.text, true]);
          const hogreBattre = (tolkaMalvarde(m.text).riktning ?? riktning) === "hogre";
          if (hogreBattre)
            expect([m.text, f, lag, hog, ordning[sl] <= ordning[sh]]).toEqual([m.text, f, lag, hog, true]);
          else expect([m.text, f, lag, hog, ordning[sl] >= ordning[sh]]).toEqual([m.text, f, lag, hog, true]);
          if (sl !== sh) r.rakna("olika");
        },
      ),
      { numRuns: korningar(2000) },
    );
    // The comparison runs every time; in most runs the two statuses differ, so that an order between them is checked.
    expect([r.toString(), r.andel("olika") > 0.5]).toEqual([r.toString(), true]);
  });
});

describe("§5 budgetavvikelse: a positive avvikelse is better than budget", () => {
  type Rad = { typ: Radtyp; ord?: string; utfall: number; budget: number; battre: boolean };
  const typord = (typ: Radtyp) =>
    fc.constantFrom(...TYPORD[typ]).chain((o) => fc.integer({ min: 0, max: 2 }).map((v) => versaler(o, v)));
  const belopp = fc.integer({ min: 1, max: 5_000_000 });
  const rad: fc.Arbitrary<Rad> = fc.oneof(
    // Costs shown positive; `kostnad` is the default typ.
    fc
      .record({
        ord: fc.option(typord("kostnad"), { nil: undefined }),
        budget: belopp,
        skillnad: belopp,
        battre: fc.boolean(),
      })
      .map(({ ord, budget, skillnad, battre }) => ({
        typ: "kostnad" as const,
        ord,
        budget,
        utfall: battre ? budget - (skillnad % budget) : budget + skillnad,
        battre,
      }))
      .filter((r) => r.utfall !== r.budget),
    // Net costs shown negative (both negative): spending less is a smaller minus.
    fc
      .record({ ord: typord("kostnad"), budget: belopp, skillnad: belopp, battre: fc.boolean() })
      .map(({ ord, budget, skillnad, battre }) => ({
        typ: "kostnad" as const,
        ord,
        budget: -budget - 1,
        utfall: battre ? -budget - 1 + (skillnad % budget) + 1 : -budget - 1 - skillnad,
        battre,
      })),
    // Revenues and results shown positive: more is better; a result may cross zero.
    fc
      .record({
        typ: fc.constantFrom<Radtyp>("intakt", "resultat"),
        budget: fc.integer({ min: -5_000_000, max: 5_000_000 }),
        skillnad: belopp,
        battre: fc.boolean(),
      })
      .chain((x) =>
        typord(x.typ).map((ord) => ({
          typ: x.typ,
          ord,
          budget: x.budget,
          utfall: x.budget + (x.battre ? x.skillnad : -x.skillnad),
          battre: x.battre,
        })),
      ),
    // Ledger sign: costs positive, revenues negative; always budget − utfall.
    fc
      .record({ budget: fc.integer({ min: -5_000_000, max: 5_000_000 }), skillnad: belopp, battre: fc.boolean() })
      .chain((x) =>
        typord("bokforing").map((ord) => ({
          typ: "bokforing" as const,
          ord,
          budget: x.budget,
          utfall: x.budget + (x.battre ? -x.skillnad : x.skillnad),
          battre: x.battre,
        })),
      ),
  );

  it("is positive for a row better than budget and negative for one worse, with the amount of the difference", () => {
    const r = new Raknare();
    fc.assert(
      fc.property(rad, fc.integer({ min: 1, max: 50_000_000 }), fc.boolean(), (x, bas, basNegativ) => {
        r.korningar++;
        r.rakna(x.typ);
        if (x.typ === "kostnad" && x.utfall < 0 && x.budget < 0) r.rakna("kostnad negativ");
        const avvikelse = kalla("BUDGETAVVIKELSE", x.utfall, x.budget, x.ord) as number;
        expect([x, Math.sign(avvikelse)]).toEqual([x, x.battre ? 1 : -1]);
        expect(Math.abs(avvikelse)).toBe(Math.abs(x.utfall - x.budget));
        // In percent of a bas written with either sign: the same sign, divided by |bas| (§5).
        const procent = kalla("BUDGETAVVIKELSE.PROCENT", x.utfall, x.budget, x.ord, basNegativ ? -bas : bas);
        expect(procent).toBe(avvikelse / bas);
      }),
      { numRuns: korningar(1500) },
    );
    for (const vad of ["kostnad", "kostnad negativ", "intakt", "resultat", "bokforing"])
      expect([vad, r.andel(vad) > 0.05]).toEqual([vad, true]);
  });
});

describe("§3 sjukfrånvaro: groups of at most 10 persons are not shown, also not by difference", () => {
  /** Which groups of one split the spec hides: ≤ 10 persons; when exactly one is, also the smallest other. */
  function ska(personer: readonly number[]): { dolda: boolean[]; andraKandidater: number[] } {
    const dolda = personer.map((p) => p <= MINSTA_GRUPP);
    const ovriga = personer.map((p, i) => [p, i] as const).filter(([, i]) => !dolda[i]);
    if (dolda.filter(Boolean).length !== 1 || ovriga.length === 0) return { dolda, andraKandidater: [] };
    const minst = Math.min(...ovriga.map(([p]) => p));
    return { dolda, andraKandidater: ovriga.filter(([p]) => p === minst).map(([, i]) => i) };
  }

  /**
   * Person counts of a split (2 groups for kön, 3 for ålder), each group at most 10 or more, as often. Mostly three
   * groups: with two, one small group hides the other as well, so only three can show some groups and hide others.
   */
  const grupper = (antal: number) =>
    fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 11, max: 40 })), {
      minLength: antal,
      maxLength: antal,
    });
  const split = fc.oneof({ arbitrary: grupper(2), weight: 1 }, { arbitrary: grupper(3), weight: 6 });

  it("hides exactly the small groups, plus the smallest other one when only one is small, and shows the rest", () => {
    const r = new Raknare();
    fc.assert(
      fc.property(split, (personer) => {
        r.korningar++;
        const { dolda, andraKandidater } = ska(personer);
        const faktiska = doldaGrupper(personer);
        if (andraKandidater.length === 0) {
          expect([personer, faktiska]).toEqual([personer, dolda]);
          r.rakna(dolda.some(Boolean) ? (dolda.every(Boolean) ? "alla dolda" : "flera dolda") : "alla visade");
        } else {
          // The one small group, and one smallest other group: nothing else.
          const andra = faktiska.map((d, i) => d && !dolda[i]);
          expect(faktiska.filter((d, i) => dolda[i] && !d)).toEqual([]);
          expect(andra.filter(Boolean).length).toBe(1);
          expect(andraKandidater).toContain(andra.indexOf(true));
          r.rakna("sekundär");
        }
        if (faktiska.some(Boolean) && !faktiska.every(Boolean)) r.rakna("både visade och dolda");
      }),
      { numRuns: korningar(2000) },
    );
    for (const vad of ["alla visade", "sekundär", "flera dolda"])
      expect([vad, r.andel(vad) > 0.1]).toEqual([vad, true]);
    // Most runs show some groups and hide others, so that which ones is checked.
    expect([r.toString(), r.andel("både visade och dolda") > 0.5]).toEqual([r.toString(), true]);
  });

  it("the disclosure table shows each shown group's exact ratio and `..` for exactly the groups §3 hides", () => {
    const r = new Raknare();
    const anstalld = (...aldrar: Aldersgrupp[]) =>
      fc.record({
        o: fc.oneof(
          { arbitrary: fc.constant(0), weight: 1 },
          { arbitrary: fc.integer({ min: 1, max: 2000 }), weight: 9 },
        ),
        andel: fc.integer({ min: 0, max: 100 }),
        kon: fc.constantFrom<Kon>(0, 1),
        alder: fc.constantFrom(...aldrar),
      });
    // Kön has two groups: when one is small, the other is hidden too, so only ålder can show some groups and hide
    // others. Mostly one age group of at most 10 rows beside two larger ones (the case the rule is about), otherwise
    // rows spread freely.
    const rader = fc.oneof(
      {
        arbitrary: fc
          .tuple(fc.constantFrom<Aldersgrupp>(0, 1, 2), fc.nat({ max: 10 }), fc.integer({ min: 22, max: 60 }))
          .chain(([liten, antalLiten, antalOvriga]) => {
            const ovriga = ([0, 1, 2] as Aldersgrupp[]).filter((a) => a !== liten);
            return fc
              .tuple(
                fc.array(anstalld(liten), { minLength: antalLiten, maxLength: antalLiten }),
                fc.array(anstalld(...ovriga), { minLength: antalOvriga, maxLength: antalOvriga }),
              )
              .map(([a, b]) => [...a, ...b]);
          }),
        weight: 2,
      },
      { arbitrary: fc.array(anstalld(0, 1, 2), { minLength: 1, maxLength: 70, size: "max" }), weight: 1 },
    );
    fc.assert(
      fc.property(rader, (rader) => {
        fc.pre(rader.some((x) => x.o > 0));
        r.korningar++;
        const sjuk = rader.map((x) => Math.floor((x.o * x.andel) / 100));
        const tabell = new Map(
          sjukfranvaroRedovisning({
            arbetstimmar: rader.map((x) => x.o),
            sjuktimmar: sjuk,
            kon: rader.map((x) => x.kon),
            aldersgrupp: rader.map((x) => x.alder),
          }),
        );
        const kvot = (med: (i: number) => boolean) => {
          let s = 0;
          let o = 0;
          rader.forEach((x, i) => {
            if (!med(i)) return;
            s += sjuk[i];
            o += x.o;
          });
          return s / o;
        };
        expect(tabell.get(ETIKETTER.total)).toBe(kvot(() => true));
        const delningar: [readonly string[], (i: number) => number][] = [
          [ETIKETTER.kon, (i) => rader[i].kon],
          [ETIKETTER.alder, (i) => rader[i].alder],
        ];
        for (const [etiketter, grupp] of delningar) {
          const personer = etiketter.map((_, g) => rader.filter((x, i) => x.o > 0 && grupp(i) === g).length);
          const { dolda, andraKandidater } = ska(personer);
          etiketter.forEach((etikett, g) => {
            const varde = tabell.get(etikett);
            if (dolda[g]) expect([etikett, varde]).toEqual([etikett, DOLT]);
            else if (!andraKandidater.includes(g))
              expect([etikett, varde]).toEqual([etikett, kvot((i) => grupp(i) === g)]);
          });
          const visade = etiketter.filter((e) => tabell.get(e) !== DOLT).length;
          expect(visade).toBe(etiketter.length - dolda.filter(Boolean).length - (andraKandidater.length > 0 ? 1 : 0));
          if (visade > 0 && visade < etiketter.length) r.rakna("både visade och dolda");
        }
      }),
      { numRuns: korningar(400) },
    );
    // Most runs show some groups and hide others: both kinds of cell are checked in one table.
    expect([r.toString(), r.andel("både visade och dolda") > 0.5]).toEqual([r.toString(), true]);
  });

  it("KPI.SJUKFRANVARO is Σ sick hours / Σ ordinary hours of hours written as reports write them", () => {
    const timmar = fc.integer({ min: 1, max: 99_999 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(timmar, fc.integer({ min: 0, max: 100 }), fc.boolean()), { minLength: 2, maxLength: 30 }),
        (rader) => {
          const sjuk = rader.map(([o, p]) => Math.floor((o * p) / 100));
          const skriv = (t: number, somText: boolean) =>
            somText ? `${String(t).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")} timmar` : t;
          const svar = kalla(
            "SJUKFRANVARO",
            kolumnref(...rader.map(([, , text], i) => skriv(sjuk[i], text))),
            kolumnref(...rader.map(([o, , text]) => skriv(o, text))),
          );
          expect(svar).toBe(sjuk.reduce((a, b) => a + b, 0) / rader.reduce((a, [o]) => a + o, 0));
        },
      ),
      { numRuns: korningar(500) },
    );
  });
});
