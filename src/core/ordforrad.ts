/**
 * Målkoll's vocabulary: every word the readers know, held once, as data (spec §1, §2, §3, §5, §6, §8, §9).
 *
 * The number reader, the målvärde grammar (whole texts and sentences alike), the status and activity readers,
 * the typ and kön readers all read their words from here; any lookup table they use is derived from these lists
 * in code. To teach Målkoll a word, add it to the right list below: e.g. a new way to write "at most" goes into
 * OPERATORORD["<="], and it then works alone in a cell ("Som mest 5 %"), inside a sentence ("Andelen ska som
 * mest vara…" does not: the number must follow the phrase) and under a negation, without other changes.
 *
 * All words are lower case, written as reports write them (å, ä, ö). A phrase of several words is one string with
 * single spaces; the readers split it into words the same way they split the text they read.
 */

// ── §1 Missing values ────────────────────────────────────────────────────────────────────────────────────────

/** Markers that mean "no value" (ingen uppgift), never zero: `I.U`, `X`, `..`, `–`. */
export const SAKNAS_MARKORER: readonly string[] = [
  "i.u",
  "i.u.",
  "iu",
  "x",
  "lk",
  "-",
  "–",
  "—",
  "−",
  "..",
  ".",
  "saknas",
  "uppgift saknas",
];

// ── §2 Units after a number ──────────────────────────────────────────────────────────────────────────────────

/** The units Målkoll keeps beside a number. Money units are converted exactly between each other (§2). */
export type Enhet = "st" | "timmar" | "dagar" | "kr" | "tkr" | "mnkr" | "mdkr";

/**
 * What a unit word does to the number before it: a share (%, ‰), a difference of two shares in percentage points
 * (procentenheter), or a unit that is kept.
 */
export type Enhetsbetydelse = { readonly andel: "procent" | "promille" | "procentenheter" } | { readonly enhet: Enhet };

/**
 * Unit words and signs after a number. `%`, `procent` and `pct` make a hundredth, `‰` and `promille` a
 * thousandth, `procentenheter` (`pe`, `%-enheter`) a hundredth in percentage points (§2: `Max 2 procentenheter`);
 * the others are kept as the number's unit (`st.` takes its full stop, see the number reader).
 */
export const ENHETSORD: Readonly<Record<string, Enhetsbetydelse>> = {
  "%": { andel: "procent" },
  procent: { andel: "procent" },
  pct: { andel: "procent" },
  "‰": { andel: "promille" },
  promille: { andel: "promille" },
  procentenheter: { andel: "procentenheter" },
  procentenhet: { andel: "procentenheter" },
  pe: { andel: "procentenheter" },
  "%-enheter": { andel: "procentenheter" },
  "%-enhet": { andel: "procentenheter" },
  "%enheter": { andel: "procentenheter" },
  "%enhet": { andel: "procentenheter" },
  st: { enhet: "st" },
  styck: { enhet: "st" },
  timmar: { enhet: "timmar" },
  timme: { enhet: "timmar" },
  tim: { enhet: "timmar" },
  h: { enhet: "timmar" },
  dagar: { enhet: "dagar" },
  dag: { enhet: "dagar" },
  kr: { enhet: "kr" },
  kronor: { enhet: "kr" },
  tkr: { enhet: "tkr" },
  "tusen kronor": { enhet: "tkr" },
  mnkr: { enhet: "mnkr" },
  mkr: { enhet: "mnkr" },
  msek: { enhet: "mnkr" },
  "mn kr": { enhet: "mnkr" },
  "miljoner kronor": { enhet: "mnkr" },
  "miljoner kr": { enhet: "mnkr" },
  mdkr: { enhet: "mdkr" },
  mdr: { enhet: "mdkr" },
  "miljarder kronor": { enhet: "mdkr" },
};

/** Money units in kronor: tkr = 1 000 kr, mnkr = 1 000 000 kr, mdkr = 10⁹ kr (§2). */
export const KRONOR_PER: Readonly<Partial<Record<Enhet, number>>> = { kr: 1, tkr: 1e3, mnkr: 1e6, mdkr: 1e9 };

/**
 * A rate after a number and its unit: `855 st./100 000 inv`, `12 per 1 000 invånare`, `240 kr per invånare`,
 * `240 kr/inv` (§2).
 */
export const PER_ORD: readonly string[] = ["/", "per"];

/**
 * Short forms of the word after a rate, by what they stand for: `240 kr/inv` is `240 kr per invånare` (§2). Two
 * rates are compared by these full words; the text still shows the word as written.
 */
export const PER_KORTFORMER: ReadonlyMap<string, string> = new Map([["inv", "invånare"]]);

/** The units of a duration, which the time operators (TIDSOPERATORORD) compare. */
export const TIDSENHETER: readonly Enhet[] = ["dagar", "timmar"];

// ── §6 Målvärden ─────────────────────────────────────────────────────────────────────────────────────────────

/** The comparisons a målvärde can ask for: v ≤ X, v < X, v ≥ X, v > X. */
export type Operator = "<=" | "<" | ">=" | ">";

/** Operators typed with plain keys, folded before any reading: `<= 7`, `=> 90`, `+/-1 %`. */
export const OPERATORSTAVNINGAR: Readonly<Record<string, string>> = {
  "<=": "≤",
  "=<": "≤",
  ">=": "≥",
  "=>": "≥",
  "+/-": "±",
  "+-": "±",
};

/**
 * Operator words, each followed by the target X: `max 7 %`, `uppgå till minst 2 %`. A negation before them
 * turns them round (`inte över 5` is v ≤ 5, `bör inte överstiga 8 %` is v ≤ 8 %), so the `inte` forms of the
 * spec's table need no entry of their own.
 */
export const OPERATORORD: Readonly<Record<Operator, readonly string[]>> = {
  "<=": ["≤", "max", "max.", "maximalt", "högst", "som mest", "uppgå till högst", "uppgå till max", "inom"],
  "<": ["<", "under", "lägre än", "mindre än", "färre än", "understiga", "kortare än"],
  ">=": ["≥", "minst", "lägst", "som minst", "minst uppgå till", "uppgå till minst", "lägst uppgå till"],
  ">": [">", "över", "mer än", "högre än", "fler än", "större än", "överstiga", "överskrida", "längre än"],
};

/**
 * Operator words that compare a duration only (a number in TIDSENHETER): `senast 14 dagar` is v ≤ 14 dagar and
 * `snabbare än 30 dagar` v < 30 dagar, while `senast 2025` is a year and `snabbare än 5` says nothing about time.
 */
export const TIDSOPERATORORD: Readonly<Partial<Record<Operator, readonly string[]>>> = {
  "<=": ["senast"],
  "<": ["snabbare än"],
};

/** Operator words after X: `95 % eller mer` is v ≥ 95 %, `5 dagar eller färre` is v ≤ 5 dagar. */
export const OPERATORORD_EFTER: Readonly<Record<"<=" | ">=", readonly string[]>> = {
  "<=": ["eller mindre", "eller lägre", "eller färre", "eller under", "och nedåt"],
  ">=": ["eller mer", "eller högre", "eller fler", "eller över", "och uppåt"],
};

/**
 * The operators that may also start a deviation band or a deficit limit: `max 1 % budgetavvikelse`,
 * `högst 3 mnkr underskott` (§6).
 */
export const MAX_ORD: readonly string[] = ["max", "max.", "maximalt", "högst"];

/**
 * Words that negate the phrase after them: within three words in a sentence (`Andelen får aldrig bli högre
 * än 10 %`), or directly in a whole text (`inte över 5`, `bör ej överstiga 8 %`). `ingen`, `inget`, `inga` negate
 * the noun after them the same way (`Ingen ökning av antalet anmälningar`, `Ingen ska vänta mer än 30 dagar`).
 */
export const NEGATIONER: readonly string[] = ["inte", "ej", "icke", "aldrig", "ingen", "inget", "inga"];

/**
 * The negations of NEGATIONER that reach the whole clause after them, not only three words: as a subject (`Ingen
 * brukare ska ha fler än 15 personal`, `Ingen ska behöva vänta längre än 3 månader`) they negate its predicate.
 */
export const SATSNEGATIONER: readonly string[] = ["ingen", "inget", "inga"];

/**
 * Words that may stand before a phrase without making the text a sentence: `Ska minska`, `bör inte överstiga
 * 8 %`, `ska vara positivt`. A text of these and one phrase is read as a whole text.
 */
export const LEDORD: readonly string[] = ["ska", "skall", "bör", "får", "måste", "vara", "bli"];

/** A level in words: `cirka 7 procent`, `uppnå 90 %` is the level X in the riktning; the reason keeps the word. */
export const NIVAORD: readonly string[] = ["cirka", "ca", "ca.", "c:a", "ungefär", "uppnå", "nå"];

/** Signs that end a clause: a negation does not reach across them. */
export const SKILJETECKEN: readonly string[] = [".", ",", ";", ":", "!", "?"];

/** Dashes between two numbers: `5–10`, `5 - 10`. */
export const STRECK: readonly string[] = ["-", "–", "−", "—"];

/** The symmetric band sign, after `+/-` is folded: `±1 %`, `±0` (§6). */
export const BANDTECKEN = "±";

/**
 * A noun that names a deviation, as the end of a word: `budgetavvikelse`, `avvikelsen`, `prognosavvikelse`,
 * `nettokostnadsavvikelse` (not the plural `avvikelser`). Before an upper limit it makes the limit the symmetric band
 * |v| ≤ X, as the words after X below do: `Budgetavvikelse max 1 %`, `Budgetavvikelsen får inte överstiga 1 %`;
 * after `negativ` it is the deficit limit v ≥ −X (`Negativ budgetavvikelse max 1 %`).
 */
export const AVVIKELSESLUT: readonly string[] = ["avvikelse", "avvikelsen"];

/** Words allowed between a deviation noun and its limit: `Avvikelse mot budget max 1 %`. */
export const AVVIKELSE_TILLAGG: readonly string[] = ["mot budget", "mot prognos", "från budget"];

/** The word before a deviation noun that makes it a deficit: `negativ budgetavvikelse`. */
export const NEGATIV = "negativ";

/** Words after X that make `max X …` a symmetric band |v| ≤ X: `max 1 % budgetavvikelse`. */
export const AVVIKELSEORD: readonly string[] = [
  "avvikelse",
  "budgetavvikelse",
  "avvikelse mot budget",
  "budgetavvikelse mot budget",
  "i avvikelse",
  "i budgetavvikelse",
];

/** Words after X that make `max X …` a deficit limit v ≥ −X: `högst 2 mnkr negativ budgetavvikelse`. */
export const NEGATIV_AVVIKELSEORD: readonly string[] = [
  "underskott",
  "negativ avvikelse",
  "negativ budgetavvikelse",
  "negativ avvikelse mot budget",
  "negativ budgetavvikelse mot budget",
];

/** `mellan X och Y`: an interval (§6). */
export const MELLAN = "mellan";
export const OCH = "och";

/** Verb forms that ask for a change: alone they are a trend, with `med X` a change, with `till X` a level. */
export const FORANDRINGSVERB: Readonly<Record<"upp" | "ned", readonly string[]>> = {
  upp: ["öka", "ökar", "ökas", "ökat", "höja", "höjer", "höjas", "höjs"],
  ned: ["minska", "minskar", "minskas", "minskat", "sänka", "sänker", "sänkas", "sänks"],
};

/** The same change as a noun, read as the verbs are: `Minskning med 20 %` is `Minska med 20 %`, `Ökning` a trend. */
export const FORANDRINGSSUBSTANTIV: Readonly<Record<"upp" | "ned", readonly string[]>> = {
  upp: ["ökning", "höjning"],
  ned: ["minskning", "sänkning"],
};

/** What binds a change verb to its number, within three words: `Minska sjukfrånvaron med 10 %`. */
export const FORANDRING_MED = "med";
export const FORANDRING_TILL = "till";

/** Words before `med` that make it a comparison, not the size of a change: `minska jämfört med 2023`. */
export const JAMFORT_MED: readonly string[] = ["jämfört", "jämförelse"];

/** Words allowed between `med`/`till` and X without changing the phrase: `öka med minst 5 %`, `till cirka 90 %`. */
export const FORANDRING_FYLLORD: readonly string[] = ["minst", "cirka", "ca", "ungefär"];

/** Target words with no number (§6). Each list is one kind of target. */
export const ORDMAL = {
  /** v ≥ 0 */
  balans: [
    "budget i balans",
    "ekonomi i balans",
    "ekonomisk balans",
    "i balans",
    "balans",
    "balanskravet",
    "balanskrav",
  ],
  /** v > 0, no default band */
  positivt: ["positivt resultat", "positivt", "överskott"],
  /**
   * v > f. The change verbs and nouns above are trends too (v > f, v < f), and so is an operator before the previous
   * period (FOREGAENDE_ORD: `lägre än föregående år`).
   */
  okar: ["förbättras", "förbättra", "förbättrat", "förbättrad", "förbättring"],
  /** v ≥ f (≤ f when lower is better) */
  bibehalla: [
    "bibehålla",
    "bibehållas",
    "bibehålls",
    "bibehållen",
    "oförändrad",
    "oförändrat",
    "samma nivå",
    "bibehålla nivån",
    "bibehålla nivå",
    "oförändrad nivå",
    "oförändrat nivå",
  ],
} as const;

/**
 * Word targets that describe something else are no target: `positivt` counts only where it ends its clause or
 * in `positivt resultat` (not `ett positivt bemötande`); these words may follow it in the same clause.
 */
export const EFTER_POSITIVT_SATSSLUT: readonly string[] = ["och", "samt", "men", "eller", "varje", "för", "under"];
/** `balans mellan arbete och fritid` is not budget i balans. */
export const INTE_BALANS_FORE: readonly string[] = ["mellan"];

/** `överskott på 2 mnkr`: a level v ≥ X, or the operator that follows (`överskott på minst 2 mnkr`). */
export const OVERSKOTT_PA: readonly string[] = ["överskott på"];

/** The same after X: `2 mnkr i överskott`, `minst 2 % överskott` is v ≥ X (the operator, when there is one). */
export const OVERSKOTT_EFTER: readonly string[] = ["överskott", "i överskott"];

/**
 * Words after which a four-digit year is skipped when a sentence is searched (`år 2020 uppnå 9 procent`,
 * `senast 2025`, `inom 2025`); a year directly before `:` is skipped too (`utgångsvärde 2015: 51,6 mnkr`), and one in
 * parentheses (`80 % (2025)`).
 */
export const ARTALSORD: readonly string[] = ["år", "till", "senast", "inför", "under", "från", "inom"];
/** Words directly after a year that make it one: `2023 års nivå`. */
export const ARTALSORD_EFTER: readonly string[] = ["års"];
/** Word endings that name a year, so a year after them is one too: `läsåret 2024/2025`, `verksamhetsåret 2025`. */
export const ARTALSORD_SLUT: readonly string[] = ["året"];

/**
 * The previous period, named after a comparison: `högre än föregående år`, `lägre än föregående års nivå`, `minst
 * fjolårets nivå`. The comparison is then the trend against föregående (v > f, v < f; v ≥ f, v ≤ f), never a number.
 * A year with one of ARS_NIVA after it names the previous period too: `högre än 2023 års nivå`.
 */
export const FOREGAENDE_ORD: readonly string[] = [
  "föregående år",
  "föregående års",
  "föregående års nivå",
  "föregående års resultat",
  "föregående års utfall",
  "föregående period",
  "föregående periods nivå",
  "föregående mätning",
  "förra året",
  "förra årets",
  "förra årets nivå",
  "förra årets resultat",
  "fjolåret",
  "fjolårets",
  "fjolårets nivå",
  "fjolårets resultat",
];
/** After a year in a comparison: `2023 års nivå`, `2022 års resultat`. */
export const ARS_NIVA: readonly string[] = ["års nivå", "års resultat", "års utfall", "års värde"];
/** The years that rule covers. */
export const ARTAL_FRAN = 1990;
export const ARTAL_TILL = 2100;

/**
 * Comparison targets (§6): `bättre än jämförelsekommunerna` is the best of the comparison values, `bättre än
 * riket` their mean. `basta`, `medel` and `bast` are word stems (`rikssnittet`, `jämförelsekommunerna`); the
 * strictness and direction words are whole words or word sequences (`under` is not in `undersköterskor`).
 */
export const JAMFORELSEORD = {
  basta: ["jämförelsekommun", "jämförbara kommuner"],
  medel: ["riket", "rikssnitt", "snittet", "genomsnitt", "medelvärdet", "länet", "länssnitt"],
  /** Asks for the best even where a mean word occurs: `bästa kommunen i riket`. */
  bast: ["bästa"],
  /** Strictly better: `bättre än`, `över`, `understiga`. Whole words, as the three lists below. */
  strikt: [
    "bättre än",
    "högre än",
    "lägre än",
    "över",
    "under",
    "överstiga",
    "överstiger",
    "understiga",
    "understiger",
    "överskrida",
    "överskrider",
    "underskrida",
    "underskrider",
    "överträffa",
    "överträffar",
    "mer än",
    "mindre än",
  ],
  /** Not strict, even where a strict word occurs: `minst lika bra som`. */
  ickeStrikt: ["≥", "≤", "minst", "lika", "i nivå med", "likvärdig", "likvärdigt"],
  hogre: [
    "högre än",
    "över",
    "överstiga",
    "överstiger",
    "överskrida",
    "överskrider",
    "överträffa",
    "överträffar",
    "mer än",
  ],
  lagre: ["lägre än", "under", "understiga", "understiger", "underskrida", "underskrider", "mindre än"],
} as const;

/**
 * A rank before its number (rank 1 is best, §6): `Topp 100`, `Plats 150 eller bättre`, `Placering 30` are v ≤ X
 * (`eller bättre` after X belongs to the phrase). A share (`Topp 10 %`) is no rank and cannot be judged.
 */
export const RANGORD: readonly string[] = ["topp", "bland topp", "plats", "placering", "placeringen", "rankning"];
/** A rank that needs its word after X: `bland de 50 bästa` is v ≤ 50, `bland de 25 % bästa` a share. */
export const RANGORD_BLAND: readonly string[] = ["bland de", "tillhöra de", "tillhör de"];
/** Words after a rank's number that belong to the phrase. */
export const RANGORD_EFTER: readonly string[] = ["eller bättre", "bästa", "främsta"];

/**
 * Words that never name what a bare number counts (`150 eller bättre`, `40 i snitt`): the reason then names the
 * number alone, not "150 eller".
 */
export const STOPPORD: readonly string[] = [
  "eller",
  "och",
  "i",
  "av",
  "på",
  "per",
  "för",
  "med",
  "som",
  "än",
  "att",
  "till",
  "från",
  "under",
  "över",
  "om",
  "vid",
  "inom",
  "senast",
  "år",
  "ska",
  "skall",
  "bör",
];

/**
 * Names of indicators where a lower utfall is better (§6); matched anywhere in a word, so that compounds count
 * (`Långtidssjukfrånvaro`, `Personalkostnader`, `Koldioxidutsläpp`). Everything else is higher-is-better, and so is
 * a name with a word of HOGRE_AR_BATTRE or HOGRE_AR_BATTRE_ORD.
 */
export const LAGRE_AR_BATTRE: readonly string[] = [
  "sjukfrånvaro",
  "sjuktal",
  "personalomsättning",
  "chefsomsättning",
  "övertid",
  "kostnad",
  "väntetid",
  "handläggningstid",
  "administrationstid",
  "vakans",
  "klagomål",
  "arbetslöshet",
  "ohälsotal",
  "brott",
  "otrygghet",
  "utsläpp",
  "koldioxid",
  "matsvinn",
  "skador",
  "fallskador",
  "avvikelser",
  "ranking",
  "placering",
];

/**
 * Words that make an indicator higher-is-better even where it names a lower-is-better thing, because they qualify
 * it (§6): `Kostnadstäckningsgrad`, `Andel uppklarade brott`, `Andel nöjda med väntetiden`, `Kostnadseffektivitet`,
 * `Brottsförebyggande`, `Minskning av koldioxidutsläpp`. Matched anywhere in a word, as LAGRE_AR_BATTRE.
 */
export const HOGRE_AR_BATTRE: readonly string[] = [
  "täckningsgrad",
  "uppklar",
  "nöjd",
  "effektivitet",
  "förebygg",
  "minskad",
  "minskning",
  "sänkt",
  "sänkning",
];
/** The same, matched as whole words only: `Andel ärenden utan avvikelser` (but not `utanförskap`). */
export const HOGRE_AR_BATTRE_ORD: readonly string[] = ["utan"];
/**
 * Words that hold a word of HOGRE_AR_BATTRE but mean its opposite, so that it does not count inside them:
 * `Andel missnöjda med väntetiden` stays lower-is-better (`nöjd` is only a substring there).
 */
export const HOGRE_AR_BATTRE_MOTSATS: readonly string[] = ["missnöjd", "ineffektiv", "ouppklar"];

/**
 * The riktning argument, and a riktning column as goal tables write it: `högre är bättre`, `Lägre`, `↓`, `Lägre
 * värde är bättre`, `Minska`, `Låg`, `Stigande`.
 */
export const RIKTNINGSORD: Readonly<Record<"hogre" | "lagre", readonly string[]>> = {
  hogre: [
    "högre är bättre",
    "högre",
    "hogre är bättre",
    "hogre",
    "↑",
    "⬆",
    "högre värde är bättre",
    "högre ska vara bättre",
    "högt värde är bättre",
    "högt värde är bra",
    "hög",
    "högt",
    "öka",
    "ökande",
    "ökning",
    "stigande",
  ],
  lagre: [
    "lägre är bättre",
    "lägre",
    "lagre är bättre",
    "lagre",
    "↓",
    "⬇",
    "lägre värde är bättre",
    "lägre ska vara bättre",
    "lågt värde är bättre",
    "lågt värde är bra",
    "låg",
    "lågt",
    "minska",
    "minskande",
    "minskning",
    "sjunkande",
  ],
};

/**
 * A riktning written inside a målvärde (§6: riktning comes from the målvärde text when it says so): `↓ 5`, `5
 * (lägre är bättre)`, `Högre är bättre, minst 80 %`. Only signs and whole `… är bättre` phrases: `öka` and `minska`
 * in a målvärde are trend targets, not a riktning.
 */
export const RIKTNING_I_MALVARDE: Readonly<Record<"hogre" | "lagre", readonly string[]>> = {
  hogre: ["↑", "⬆", "högre är bättre", "högre värde är bättre", "högt värde är bättre"],
  lagre: ["↓", "⬇", "lägre är bättre", "lägre värde är bättre", "lågt värde är bättre"],
};

// ── §5 Budget rows ───────────────────────────────────────────────────────────────────────────────────────────

/** How a budget row is signed (§5): costs, revenues, results, or the ledger's own sign. */
export type Radtyp = "kostnad" | "intakt" | "resultat" | "bokforing";

/** The `typ` words of §5, case-insensitive. */
export const TYPORD: Readonly<Record<Radtyp, readonly string[]>> = {
  kostnad: [
    "kostnad",
    "kostnader",
    "nettokostnad",
    "nettokostnader",
    "verksamhetens nettokostnad",
    "verksamhetens nettokostnader",
    "investering",
    "investeringar",
  ],
  intakt: ["intäkt", "intäkter"],
  resultat: [
    "resultat",
    "nettoresultat",
    "årets resultat",
    "överskott",
    "negativ kostnad",
    "kostnad negativ",
    "nettokostnad negativ",
  ],
  bokforing: ["bokföring", "bokföringstecken"],
};

// ── §3 Sjukfrånvaro ──────────────────────────────────────────────────────────────────────────────────────────

/** Kön as reports write it (§3): 0 = kvinna, 1 = man. */
export const KONSORD: Readonly<Record<"kvinna" | "man", readonly string[]>> = {
  kvinna: ["k", "kv", "kvinna", "kvinnor", "f"],
  man: ["m", "man", "män"],
};

// ── §8 Statuses as people type them ──────────────────────────────────────────────────────────────────────────

/** Words that say a goal was reached; `Delvis`, `Ej`, `Inte (helt)` before them make the other statuses. */
export const UPPFYLLT_ORD: readonly string[] = [
  "uppfyllt",
  "uppfylld",
  "uppfyllda",
  "uppfyllts",
  "uppnått",
  "uppnådd",
  "uppnådda",
  "uppnåtts",
  "nått",
  "nåtts",
];

/** Status phrases beyond the combinations of UPPFYLLT_ORD (§8). */
export const STATUSORD = {
  uppfyllt: ["ja"],
  delvis: ["delvis"],
  /** Put before an UPPFYLLT_ORD word: `Ej uppfyllt`, `Inte helt uppnått`. */
  ejForled: ["ej", "inte", "ej helt", "inte helt", "har inte", "har ej"],
  ej: ["nej"],
  kanEjBedomas: [
    "kan ej bedömas",
    "kan inte bedömas",
    "ej bedömt",
    "ej bedömd",
    "ej bedömbart",
    "inte bedömt",
    "ej tillämpligt",
    "ej tillämplig",
    "ej mätt",
    "inte mätt",
    "oklart",
    "saknas",
    "går ej att bedöma",
    "går inte att bedöma",
  ],
  /** Allowed before the status: `Målet är uppnått`, `Målet har inte uppnåtts`. */
  forled: ["målet är", "målet har", "målen är", "målen har", "målet", "målen"],
} as const;

// ── §9 Activities ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Word stems of activity statuses (§9): a word that starts with a stem has that status (`Pausats` → Pausad,
 * `Försening` → Försenad). `slutford` and `start` are the two kinds a negation turns into a status of its own.
 */
export const AKTIVITETSSTAMMAR = {
  /** Genomförd; negated: Ej genomförd; qualified as partial: Delvis genomförd. */
  slutford: ["genomför", "klar", "slutför", "avslutad", "avslutat", "färdig"],
  /** Pågår; negated: Ej påbörjad. */
  start: ["påbörja", "startad", "startat", "startats"],
  pagar: ["pågå"],
  planerad: ["planer"],
  pausad: ["paus"],
  forsenad: ["försen"],
  installd: ["inställ"],
  utgar: ["utgår", "utgått", "avförd", "avfört", "avförts"],
} as const;

/** Activity statuses of two words, which win over their parts. */
export const AKTIVITETSFRASER = {
  pagar: ["enligt plan"],
  installd: ["ställts in", "ställdes in"],
  utgar: ["ej relevant", "ej aktuell", "inte relevant", "inte aktuell"],
} as const;

/** A completion qualified as partial (`Delvis klart`, `Genomförd till hälften`, `Nästan klar`) is Delvis genomförd. */
export const DELVIS_ORD: readonly string[] = ["delvis", "till hälften", "nästan"];

/** A completion to a share below 100 % is Delvis genomförd: `Klar till 80 %`, `Genomförd till 60 procent`. */
export const ANDEL_KLAR_ORD = "till";

/**
 * Forms of a completion or start word that say it has not happened yet (present, future, infinitive): `Genomförs
 * under hösten`, `Slutförs i december`, `Påbörjas 2025`, `Startar i januari` are Planerad; negated, they are Ej
 * genomförd or Ej påbörjad as the stems above. (`genomför` and `påbörja` alone are the stems.)
 */
export const AKTIVITET_EJ_AN_FORMER: Readonly<Record<"slutford" | "start", readonly string[]>> = {
  slutford: [
    "genomförs",
    "genomföras",
    "genomföra",
    "slutförs",
    "slutföras",
    "slutföra",
    "avslutas",
    "avsluta",
    "färdigställs",
    "färdigställas",
    "färdigställa",
  ],
  start: ["påbörjas", "startar", "startas", "starta"],
};

/**
 * Words that put a completion or start up to three words after them in the future (`Ska genomföras 2025`,
 * `Kommer att vara klar`, `Förväntas bli klar`): Planerad. A negation wins (`förväntas inte bli klar` is Ej
 * genomförd).
 */
export const AKTIVITET_FRAMTIDSORD: readonly string[] = [
  "ska",
  "skall",
  "kommer",
  "planeras",
  "beräknas",
  "förväntas",
  "blir",
];

/**
 * Words that make a completion in the present ongoing: `Genomförs löpande` is Pågår (not Planerad, as `Genomförs
 * under hösten` is).
 */
export const AKTIVITET_LOPANDE: readonly string[] = ["löpande", "fortlöpande", "kontinuerligt", "successivt"];

/** A completion followed by these is ready to begin, not done: `Klar att starta` is Planerad. */
export const KLAR_ATT: readonly string[] = ["att"];

/** Negations of an activity status, up to three words before it (§9). */
export const AKTIVITET_NEGATIONER: readonly string[] = ["ej", "inte", "icke"];

/** The literal KPI.AKTIVITETSSTATUS returns for a text it cannot read; it counts as Kan ej bedömas (§8). */
export const OKAND_AKTIVITET = "okänd";
