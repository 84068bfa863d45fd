/**
 * The roll-up a central controller compiles from every unit's judged tables ("Nämndernas måluppfyllelse"): counts
 * per status of nämndmål, indikatorer and aktiviteter, per unit, for the kommun, per målområde and per
 * kommunövergripande mål. Pure: it only counts what the core judged (spec §7, §8); it judges nothing itself. A
 * nämndmål is counted once per unit, also when several of its tables name it (mal.ts).
 */
import { STATUSAR, type Status, rakna } from "../core";
import { enhetensMal, type Enhetsmal } from "./mal";
import type { LastTabell } from "./tabeller";

/** How many of each status, per kind of row. */
export interface Antal {
  readonly namndmal: Readonly<Record<Status, number>>;
  readonly indikatorer: Readonly<Record<Status, number>>;
  readonly aktiviteter: Readonly<Record<Status, number>>;
}

/** A unit: one nämnd or förvaltning, with the tables it sent in. */
export interface Enhet {
  readonly namn: string;
  readonly tabeller: readonly LastTabell[];
  /** Its nämndmål over all its tables; enhetensMal(tabeller) when not given. */
  readonly mal?: readonly Enhetsmal[];
}

export interface Grupprad {
  readonly namn: string;
  readonly antal: Antal;
}

export interface Oversikt {
  readonly enheter: readonly Grupprad[];
  readonly totalt: Antal;
  /** Per målområde, in the order first met; rows without one under UTAN_MALOMRADE, last. Empty when no table names one. */
  readonly malomraden: readonly Grupprad[];
  /** Per kommunövergripande mål, when the tables name one. */
  readonly kommunmal: readonly Grupprad[];
}

export const UTAN_MALOMRADE = "(inget målområde)";
export const UTAN_KOMMUNMAL = "(inget kommunövergripande mål)";

/** The statuses counted in one bucket, kept as lists until the end. */
interface Hink {
  namndmal: Status[];
  indikatorer: Status[];
  aktiviteter: Status[];
}

const nyHink = (): Hink => ({ namndmal: [], indikatorer: [], aktiviteter: [] });

const somAntal = (h: Hink): Antal => ({
  namndmal: rakna(h.namndmal),
  indikatorer: rakna(h.indikatorer),
  aktiviteter: rakna(h.aktiviteter),
});

/** Adds a table's rows that count to a bucket (no breakdown rows, spec §8). */
function fyllRader(hink: Hink, tabell: LastTabell): void {
  const rader = tabell.utv.typ === "aktiviteter" ? hink.aktiviteter : hink.indikatorer;
  for (const r of tabell.utv.rader) if (!r.brytrad) rader.push(r.status);
}

/** A unit's nämndmål: given, or found over its tables. */
const malFor = (enhet: Enhet): readonly Enhetsmal[] => enhet.mal ?? enhetensMal(enhet.tabeller);

/** Groups names case- and space-insensitively, shown as first written. */
class Grupper {
  private readonly hinkar = new Map<string, { namn: string; hink: Hink }>();
  /** The bucket of each name as written, so that each spelling is folded once. */
  private readonly somSkrivet = new Map<string, Hink>();
  hink(namn: string): Hink {
    const kand = this.somSkrivet.get(namn);
    if (kand) return kand;
    const visat = namn.trim().replace(/\s+/g, " ");
    const nyckel = visat.toLocaleLowerCase("sv");
    let g = this.hinkar.get(nyckel);
    if (!g) {
      g = { namn: visat, hink: nyHink() };
      this.hinkar.set(nyckel, g);
    }
    this.somSkrivet.set(namn, g.hink);
    return g.hink;
  }
  rader(): Grupprad[] {
    return [...this.hinkar.values()].map((g) => ({ namn: g.namn, antal: somAntal(g.hink) }));
  }
}

/** Rows and goals that carry a group name (målområde, kommunövergripande mål). */
type Gruppnyckel = "malomrade" | "kommunmal";

/**
 * Counts per group name: each goal under its own name, each counted row (no breakdowns) under its own; entries
 * without a name under `utan`, when at least one entry has a name. Empty when no table names any.
 */
function perGrupp(
  enheter: readonly (Enhet & { mal: readonly Enhetsmal[] })[],
  nyckel: Gruppnyckel,
  utan: string,
): Grupprad[] {
  const harNamn = enheter.some(
    (e) => e.mal.some((m) => m[nyckel]) || e.tabeller.some((t) => t.utv.rader.some((r) => r[nyckel])),
  );
  if (!harNamn) return [];
  const grupper = new Grupper();
  for (const enhet of enheter) {
    for (const m of enhet.mal) grupper.hink(m[nyckel] || utan).namndmal.push(m.status);
    for (const t of enhet.tabeller) {
      for (const r of t.utv.rader) {
        if (r.brytrad) continue;
        const hink = grupper.hink(r[nyckel] || utan);
        (t.utv.typ === "aktiviteter" ? hink.aktiviteter : hink.indikatorer).push(r.status);
      }
    }
  }
  // Named groups in the order first met; the entries without a name last.
  const rader = grupper.rader();
  return [...rader.filter((g) => g.namn !== utan), ...rader.filter((g) => g.namn === utan)];
}

/**
 * Counts every unit's judged tables: each of its nämndmål once (over all its tables), and each row that counts. The
 * kommun total is the sum over the units.
 */
export function sammanstall(enheter: readonly Enhet[]): Oversikt {
  const medMal = enheter.map((e) => ({ ...e, mal: malFor(e) }));
  const totalt = nyHink();
  const perEnhet = medMal.map((enhet) => {
    const hink = nyHink();
    for (const m of enhet.mal) {
      hink.namndmal.push(m.status);
      totalt.namndmal.push(m.status);
    }
    for (const t of enhet.tabeller) {
      fyllRader(hink, t);
      fyllRader(totalt, t);
    }
    return { namn: enhet.namn, antal: somAntal(hink) };
  });
  return {
    enheter: perEnhet,
    totalt: somAntal(totalt),
    malomraden: perGrupp(medMal, "malomrade", UTAN_MALOMRADE),
    kommunmal: perGrupp(medMal, "kommunmal", UTAN_KOMMUNMAL),
  };
}
/** The number of entries in a count. */
export const summa = (antal: Readonly<Record<Status, number>>): number =>
  STATUSAR.reduce((s, status) => s + antal[status], 0);

/** "11 nämndmål: 2 uppfyllt, 3 delvis uppfyllt, …" for one line of output; empty counts are left out. */
export function beskrivAntal(antal: Readonly<Record<Status, number>>, ental: string, plural = ental): string {
  const n = summa(antal);
  const delar = STATUSAR.filter((s) => antal[s] > 0).map((s) => `${antal[s]} ${s.toLowerCase()}`);
  return `${n} ${n === 1 ? ental : plural}${delar.length ? ` (${delar.join(", ")})` : ""}`;
}
