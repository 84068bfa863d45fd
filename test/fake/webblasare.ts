/**
 * The fake as office.js in a browser page (the Chromium tests route the CDN's office.js here). When the test has
 * put `window.__malkollArbetsbok` on the page before it loads, this installs Excel, Office, OfficeExtension and
 * CustomFunctions over that workbook; the add-in's functions bundle then registers its functions through
 * CustomFunctions.associate, and =KPI.… cells are calculated with them as functions.json describes them.
 * `window.__malkoll` lets the test act as the user and inspect the workbook.
 */
import * as fake from "./index";
import { skapaKalkylator } from "./kalkylator";
import type { Funktionsbeskrivning } from "./anropskonvention";

export * from "./index";
export { skapaKalkylator } from "./kalkylator";

interface Start {
  /** Each sheet as rows of values, or with number formats, merged areas and Excel tables (index.ts, Bladspec). */
  blad: Record<string, unknown[][] | fake.Bladspec>;
  markerat?: { blad: string; adress: string };
  krav?: fake.Krav;
  /** Document settings as the file holds them (a crafted file may hold anything). */
  installningar?: Record<string, unknown>;
  /** functions.json as the build wrote it. */
  funktioner?: Funktionsbeskrivning[];
}

class CfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const w = (typeof window !== "undefined" ? window : undefined) as (Window & Record<string, unknown>) | undefined;
const start = w?.__malkollArbetsbok as Start | undefined;
if (w && start) {
  const wb = fake.skapaArbetsbok(start.blad, start.markerat);
  for (const [k, v] of Object.entries(start.installningar ?? {})) wb.installningar.set(k, JSON.stringify(v));
  const registrerade: Record<string, (...a: unknown[]) => unknown> = {};
  const kalkylator = skapaKalkylator(start.funktioner ?? [], (id) => registrerade[id]);
  const { raknare } = fake.installera(wb, { krav: start.krav, kalkylator, rot: w });
  w.CustomFunctions = {
    associate: (id: string, fn: (...a: unknown[]) => unknown) => void (registrerade[id] = fn),
    Error: CfError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
  const bunden = Object.fromEntries(
    Object.entries(fake.anvandare).map(([namn, f]) => [
      namn,
      (...a: unknown[]) => (f as (wb: fake.Arbetsbok, ...r: unknown[]) => unknown)(wb, ...a),
    ]),
  );
  w.__malkoll = {
    wb,
    raknare,
    ogonblick: () => fake.ogonblick(wb),
    cell: (blad: string, adress: string) => fake.cell(wb, blad, adress),
    tillaggsrester: () => fake.tillaggsrester(wb),
    anvandarceller: () => Object.fromEntries(fake.anvandarceller(wb)),
    tabeller: (blad: string) =>
      (wb.hittaBlad(blad)?.tabeller ?? []).map((t) => ({ namn: t.namn, omrade: fake.adress(t.rekt) })),
    villkor: (blad: string) =>
      (wb.hittaBlad(blad)?.villkor ?? []).map((v) => ({ ...v, omraden: v.omraden.map((o) => fake.adress(o)) })),
    anvandare: bunden,
  };
}
