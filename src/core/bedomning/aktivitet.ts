/** Activity statuses as people write them (spec §9): `Genom-förd`, `Pausat pga. Corona`, `Ej startad`. */
import {
  AKTIVITET_EJ_AN_FORMER,
  AKTIVITET_FRAMTIDSORD,
  AKTIVITET_LOPANDE,
  AKTIVITET_NEGATIONER,
  AKTIVITETSFRASER,
  AKTIVITETSSTAMMAR,
  ANDEL_KLAR_ORD,
  DELVIS_ORD,
  KLAR_ATT,
  OKAND_AKTIVITET,
  SKILJETECKEN,
} from "../ordforrad";
import { rensaText, utanOsynliga } from "../tal/text";
import { DELVIS, EJ_UPPFYLLT, KAN_EJ_BEDOMAS, UPPFYLLT, type Status } from "./status";

export type Aktivitetsstatus =
  | "Genomförd"
  | "Pågår"
  | "Planerad"
  | "Delvis genomförd"
  | "Ej påbörjad"
  | "Pausad"
  | "Försenad"
  | "Inställd"
  | "Ej genomförd"
  | "Utgår"
  | "Okänd";

/** The colour each activity status gives the goal (§9); Utgår and Okänd count as Kan ej bedömas. */
export const AKTIVITETSFARG: Readonly<Record<Aktivitetsstatus, Status>> = {
  Genomförd: UPPFYLLT,
  Pågår: DELVIS,
  Planerad: DELVIS,
  "Delvis genomförd": DELVIS,
  "Ej påbörjad": EJ_UPPFYLLT,
  Pausad: EJ_UPPFYLLT,
  Försenad: EJ_UPPFYLLT,
  Inställd: EJ_UPPFYLLT,
  "Ej genomförd": EJ_UPPFYLLT,
  Utgår: KAN_EJ_BEDOMAS,
  Okänd: KAN_EJ_BEDOMAS,
};

/** Every activity status, in the order a count of them is written. */
export const AKTIVITETSSTATUSAR: readonly Aktivitetsstatus[] = Object.keys(AKTIVITETSFARG) as Aktivitetsstatus[];

/**
 * Each activity status as a count writes it, for one and for several: `1 genomförd`, `3 genomförda`, `2 pågår`,
 * `1 med okänd status`.
 */
export const AKTIVITET_I_ANTAL: Readonly<Record<Aktivitetsstatus, readonly [string, string]>> = {
  Genomförd: ["genomförd", "genomförda"],
  Pågår: ["pågår", "pågår"],
  Planerad: ["planerad", "planerade"],
  "Delvis genomförd": ["delvis genomförd", "delvis genomförda"],
  "Ej påbörjad": ["ej påbörjad", "ej påbörjade"],
  Pausad: ["pausad", "pausade"],
  Försenad: ["försenad", "försenade"],
  Inställd: ["inställd", "inställda"],
  "Ej genomförd": ["ej genomförd", "ej genomförda"],
  Utgår: ["utgår", "utgår"],
  Okänd: ["med okänd status", "med okänd status"],
};

/** Activities that no longer apply (Utgår) are not counted in the goal (§9). */
export const raknasIMalet = (status: Aktivitetsstatus): boolean => status !== "Utgår" && status !== "Okänd";

type Stam = keyof typeof AKTIVITETSSTAMMAR;

/** What each kind of stem normalises to. */
const STATUS_AV: Readonly<Record<Stam, Aktivitetsstatus>> = {
  slutford: "Genomförd",
  start: "Pågår",
  pagar: "Pågår",
  planerad: "Planerad",
  pausad: "Pausad",
  forsenad: "Försenad",
  installd: "Inställd",
  utgar: "Utgår",
};

const BOKSTAV = "a-zåäöéü";

/**
 * Rejoins words broken across lines, folds white space, lower case (§9): `Ej på- börjad` → `ej påbörjad`,
 * `Genom` / `-förd` on two lines → `genomförd`. A hyphen right after a letter, or right before one after a line
 * break, is a break inside a word; a dash with space on both sides (`Pågår – enligt plan`) stays.
 * Invisible characters (soft hyphens…) are removed first.
 */
export function skarvaOrd(text: string): string {
  return rensaText(
    utanOsynliga(text)
      // "Genom-förd", "På- gående": a hyphen right after a letter
      .replace(new RegExp(`([${BOKSTAV}])[-‐‑]\\s*([${BOKSTAV}])`, "gi"), "$1$2")
      // "Genom" / "-förd": the break before the hyphen
      .replace(new RegExp(`([${BOKSTAV}])[ \\t]*\\r?\\n\\s*[-‐‑]([${BOKSTAV}])`, "gi"), "$1$2"),
  ).toLowerCase();
}

/**
 * The words of a folded status text; a number (`80`, `2025`), `%` and a clause sign (`,` `.` `;`) are words of their
 * own.
 */
const ordAv = (s: string): string[] => s.match(/[a-zåäöéü]+|\d+(?:,\d+)?|[%,.;:!?]/g) ?? [];

/** Does the phrase `fras` (words) stand at word `i` of `ord`? */
const harFras = (ord: readonly string[], i: number, fras: string): boolean =>
  fras.split(" ").every((del, k) => ord[i + k] === del);

/** A status word: its kind, how many words it takes, and whether its form says it has not happened yet. */
interface Statusord {
  readonly stam: Stam;
  readonly langd: number;
  readonly ejAn?: boolean;
}

/** The status word at word `i`; undefined for any other word. */
function statusordVid(ord: readonly string[], i: number): Statusord | undefined {
  for (const [stam, fraser] of Object.entries(AKTIVITETSFRASER) as [Stam, readonly string[]][]) {
    const fras = fraser.find((f) => harFras(ord, i, f));
    if (fras) return { stam, langd: fras.split(" ").length };
  }
  const ejAn = EJ_AN.get(ord[i]);
  if (ejAn) return { stam: ejAn, langd: 1, ejAn: true };
  for (const [stam, stammar] of Object.entries(AKTIVITETSSTAMMAR) as [Stam, readonly string[]][]) {
    if (stammar.some((s) => ord[i].startsWith(s))) return { stam, langd: 1 };
  }
  return undefined;
}

/** The not-yet forms of AKTIVITET_EJ_AN_FORMER, each with its kind. */
const EJ_AN: ReadonlyMap<string, "slutford" | "start"> = new Map(
  (["slutford", "start"] as const).flatMap((stam) => AKTIVITET_EJ_AN_FORMER[stam].map((o) => [o, stam] as const)),
);

/** Is one of `ord` among the three words before word `i`, within its clause (`Inte försenad, pågår`)? */
function fore(ord: readonly string[], i: number, sokta: readonly string[]): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (SKILJETECKEN.includes(ord[k])) return false;
    if (sokta.includes(ord[k])) return true;
  }
  return false;
}

/** Is one of `sokta` among the three words before or after word `i`? */
const narOrd = (ord: readonly string[], i: number, sokta: readonly string[]): boolean =>
  ord.slice(Math.max(0, i - 3), i + 4).some((o) => sokta.includes(o));

/** Is a completion at word `i` done to a share below 100 % (`Klar till 80 %`, `Genomförd till 60 procent`)? */
function tillAndel(ord: readonly string[], i: number): boolean {
  if (ord[i + 1] !== ANDEL_KLAR_ORD || !/^\d/.test(ord[i + 2] ?? "")) return false;
  const andel = Number(ord[i + 2].replace(",", "."));
  return (ord[i + 3] === "%" || ord[i + 3] === "procent") && andel < 100;
}

/** Is a completion at word `i` qualified as partial within three words either side (`Delvis klart`, `till hälften`)? */
function delvisVid(ord: readonly string[], i: number, langd: number): boolean {
  for (let k = Math.max(0, i - 3); k <= i + langd + 2; k++) {
    if (k >= i && k < i + langd) continue;
    if (DELVIS_ORD.some((d) => harFras(ord, k, d))) return true;
  }
  return false;
}

/**
 * Reads an activity status (§9); undefined when the text holds no status word. The first status word in the text
 * decides (`Pausat pga. Corona. Pågår.` → Pausad), matched by stem (`Pausats` → Pausad, `Försening` → Försenad);
 * two-word statuses win over their parts. A negation up to three words before a status word negates it: a
 * completion becomes Ej genomförd (`Inte klart`, `blir inte klar i år`), a start Ej påbörjad (`Ej startad`); any
 * other negated status word (`inte försenad`) is skipped. A completion or start not yet done is Planerad: in the
 * present, future or infinitive (`Genomförs under hösten`, `Påbörjas 2025`), after `ska`, `kommer att`,
 * `förväntas`… (`Ska vara klar i juni`), or ready to begin (`Klar att starta`). A completion qualified as partial
 * (`Delvis klart`, `Genomförd till hälften`, `Nästan klar`, `Klar till 80 %`) is Delvis genomförd. The literal
 * `Okänd`, as KPI.AKTIVITETSSTATUS returns it, is Okänd.
 */
export function lasAktivitet(text: string): Aktivitetsstatus | undefined {
  const ord = ordAv(skarvaOrd(text));
  for (let i = 0; i < ord.length; i++) {
    const hittat = statusordVid(ord, i);
    if (!hittat) continue;
    const { stam, langd, ejAn } = hittat;
    const egenNegation = AKTIVITET_NEGATIONER.includes(ord[i]); // "Ej relevant" is a status of its own
    if (!egenNegation && fore(ord, i, AKTIVITET_NEGATIONER)) {
      if (stam === "slutford") return "Ej genomförd";
      if (stam === "start") return "Ej påbörjad";
      continue;
    }
    // `Genomförs löpande`: done over and over, so going on.
    if (ejAn && stam === "slutford" && narOrd(ord, i, AKTIVITET_LOPANDE)) return "Pågår";
    const kanBliKlar = stam === "slutford" || stam === "start";
    const ejAnnu = ejAn || fore(ord, i, AKTIVITET_FRAMTIDSORD) || KLAR_ATT.includes(ord[i + 1]);
    if (kanBliKlar && ejAnnu) return "Planerad";
    if (stam === "slutford" && (delvisVid(ord, i, langd) || tillAndel(ord, i))) return "Delvis genomförd";
    return STATUS_AV[stam];
  }
  return ord.length === 1 && ord[0] === OKAND_AKTIVITET ? "Okänd" : undefined;
}

/** An activity status normalised (§9), Okänd when the text holds no status word. */
export const normaliseraAktivitet = (text: string): Aktivitetsstatus => lasAktivitet(text) ?? "Okänd";
