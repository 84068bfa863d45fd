/**
 * Reading a målvärde (spec §6): a number, a whole text of the grammar, or a target inside a sentence. The phrases
 * themselves are in fraser.ts, their words in ordforrad.ts.
 */
import { JAMFORELSEORD, LEDORD, RIKTNING_I_MALVARDE, STOPPORD, TIDSENHETER } from "../ordforrad";
import type { Riktning } from "../bedomning/riktning";
import { arSaknasMarkor } from "../tal/tal";
import { rensaText } from "../tal/text";
import type { Cellvarde } from "../tal/cell";
import { arNegation, lasFras, negationFore, negera, type Fras } from "./fraser";
import { grans, jamforelse, olasbarMal, tolkat, type TolkatMalvarde } from "./malvarde";
import {
  delaIOrd,
  Fraslista,
  fraser,
  namnerJamforelsevarden,
  normaliseraMalvarde,
  SKILJETECKEN,
  type Ord,
  type TalOrd,
} from "./ord";
import { Cache } from "../cache";

const SAKNAS: TolkatMalvarde = Object.freeze(tolkat(Object.freeze(olasbarMal("Målvärde saknas"))));

/**
 * Parsed målvärden by their text. Parsing is pure, and a sheet repeats a few målvärden down many rows, so each
 * text is parsed once while it is in use.
 */
const CACHE = new Cache<TolkatMalvarde>(1000);

/**
 * Reads a målvärde, a number or a text (spec §6). Never throws: a text that cannot be judged gives `olasbar`
 * with the reason. The result is shared between calls with the same text and must not be changed.
 */
export function tolkaMalvarde(malvarde: string | number): TolkatMalvarde {
  if (typeof malvarde === "number") {
    return Number.isFinite(malvarde)
      ? tolkat(grans({ varde: malvarde, procent: false }))
      : olasbar("Målvärdet är inget giltigt tal");
  }
  return CACHE.hamta(malvarde, tolkaFryst);
}

/** Reads a målvärde cell as Excel passes it; blank is "Målvärde saknas", SANT/FALSKT cannot be read. */
export function tolkaMalvardeCell(cell: Cellvarde): TolkatMalvarde {
  if (typeof cell === "number" || typeof cell === "string") return tolkaMalvarde(cell);
  if (typeof cell === "boolean") return olasbar(`Kan inte läsa målvärdet "${cell ? "SANT" : "FALSKT"}"`);
  return SAKNAS;
}

const tolkaFryst = (text: string): TolkatMalvarde => Object.freeze(tolkaText(text));

/** The grammar on one text, without the cache. */
export function tolkaText(text: string): TolkatMalvarde {
  const normaliserad = normaliseraMalvarde(text);
  if (normaliserad === "" || arSaknasMarkor(normaliserad)) return SAKNAS;
  const riktad = riktningITexten(normaliserad);
  const s = riktad ? riktad.text : normaliserad;
  const skrivet = rensaText(text);
  if (riktad && s === "") return olasbar(`Målvärdet "${skrivet}" anger bara riktningen, inget mål`);
  const ord = delaIOrd(s);
  const tolkad = lasHelText(ord) ?? lasJamforelse(s, ord, skrivet) ?? lasMening(ord, s, skrivet);
  return riktad ? medRiktning(tolkad, riktad.riktning, skrivet) : tolkad;
}

/** The riktning signs and phrases of RIKTNING_I_MALVARDE, longest first. */
const RIKTNINGSMARKORER: readonly (readonly [string, Riktning])[] = (["hogre", "lagre"] as const)
  .flatMap((r) => RIKTNING_I_MALVARDE[r].map((o) => [o, r] as const))
  .sort((a, b) => b[0].length - a[0].length);

const arBokstavstecken = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/**
 * A riktning written in a målvärde (`↓ 5`, `5 (lägre är bättre)`): the text without it (and without the parentheses
 * or comma around it), and the riktning; undefined when the text names none. A phrase must stand as whole words.
 */
function riktningITexten(s: string): { text: string; riktning: Riktning } | undefined {
  for (const [markor, riktning] of RIKTNINGSMARKORER) {
    const i = s.indexOf(markor);
    if (i < 0) continue;
    const slut = i + markor.length;
    if (arBokstavstecken(markor[0]) && (arBokstavstecken(s[i - 1]) || arBokstavstecken(s[slut]))) continue;
    const fore = s.slice(0, i).replace(/[\s(,;:]+$/u, "");
    const efter = s.slice(slut).replace(/^[\s),;:.]+/u, "");
    return { text: [fore, efter].filter((del) => del !== "").join(" "), riktning };
  }
  return undefined;
}

/**
 * A target with the riktning its text names. A phrase with a riktning of its own (`Max 5`) keeps it; one that says
 * the opposite (`Minst 80 % (lägre är bättre)`) is unclear and cannot be judged.
 */
function medRiktning(t: TolkatMalvarde, riktning: Riktning, text: string): TolkatMalvarde {
  if (t.malvarde.typ === "olasbar") return t;
  if (t.riktning !== undefined && t.riktning !== riktning) {
    return olasbar(`Målvärdet "${text}" säger två olika riktningar`);
  }
  return tolkat(t.malvarde, riktning, t.kalla);
}

/** The words of a text without the full stops and commas it ends with (`Max 7 % .`). */
function utanSlutpunkt(ord: readonly Ord[]): readonly Ord[] {
  let n = ord.length;
  while (n > 0 && ord[n - 1].typ === "tecken" && SKILJETECKEN.has(ord[n - 1].text)) n--;
  return n === ord.length ? ord : ord.slice(0, n);
}

const LEDANDE = fraser(LEDORD);

/**
 * A whole text that is one target (spec §6): a number alone (`7,0 %`, `2020`), or one phrase
 * with at most lead words before it (`Ska minska`, `bör inte överstiga 8 %`), where an operator may have one or
 * two label words before its number (`Minst index 70`). Undefined when the text is more than that.
 */
function lasHelText(allaOrd: readonly Ord[]): TolkatMalvarde | undefined {
  const ord = utanSlutpunkt(allaOrd);
  if (ord.length === 1 && ord[0].typ === "tal") return tolkat(grans(ord[0].tal));
  let start = 0;
  while (start < ord.length && (LEDANDE.har(ord, start) || arNegation(ord, start))) start++;
  const fras = lasFras(ord, start, true);
  if (!fras || fras.slut !== ord.length) return undefined;
  return medNegation(ord, fras, undefined);
}

/** A phrase with the negation before it applied, or the reason it cannot be; `kalla` names it for the reason text. */
function medNegation(ord: readonly Ord[], fras: Fras, text: string | undefined): TolkatMalvarde {
  const negation = negationFore(ord, fras.start);
  const kalla = (fran: number) =>
    text === undefined ? undefined : text.slice(ord[fran].start, ord[fras.slut - 1].slut);
  if (negation < 0) return tolkat(fras.malvarde, fras.riktning, kalla(fras.start));
  const negerad = negera(fras);
  if (!negerad) {
    const lydelse = rensaText(ordText(ord, negation, fras.slut));
    return oklarNegation(lydelse, ord[negation]);
  }
  return tolkat(negerad.malvarde, negerad.riktning, kalla(negation));
}

/** A target with a negation the grammar cannot apply (§6): Kan ej bedömas, naming the target and the negation. */
const oklarNegation = (lydelse: string, negation: Ord): TolkatMalvarde =>
  olasbar(`Målvärdet "${lydelse}" kan inte bedömas: "${negation.text}" gör målet oklart`);

const ordText = (ord: readonly Ord[], fran: number, till: number): string =>
  ord
    .slice(fran, till)
    .map((o) => o.text)
    .join(" ");

/** Does the text hold one of `stammar` (anywhere in a word: `rikssnittet`, `jämförelsekommunerna`)? */
const harStam = (s: string, stammar: readonly string[]): boolean => stammar.some((stam) => s.includes(stam));

/**
 * `≥ bästa resultatet för jämförelsekommunerna`, `Bättre än riket`: a text without numbers, but for years (`bättre än
 * riket 2023`), that names the comparison values (spec §6). The best of them, or their mean for `riket`/`snittet`. A negation that reaches a
 * strictness or direction word (`negationFore`: up to three words before it) turns a directed strict word round
 * (`inte högre än riket`: v ≤ the mean, lower is better); any other reached word cannot be judged. A negation that
 * reaches none of them (`Andelen som inte är nöjda ska vara lägre än riket`) is ignored, as elsewhere in §6.
 * Reasons quote `text`, the målvärde as the user wrote it.
 */
function lasJamforelse(s: string, ord: readonly Ord[], text: string): TolkatMalvarde | undefined {
  if (ord.some((o) => o.typ === "tal" && !o.artal)) return undefined;
  if (!harJamforelsevarden(ord)) return undefined;
  // Another target beside the comparison (`Andelen ska öka och vara högre än riket`) makes two: never dropped.
  if (ord.some((_, i) => lasFras(ord, i) !== undefined)) return flera(text);
  return jamforelsemal(s, ord, text);
}

/**
 * The comparison target of a text that names the comparison values (see `lasJamforelse`), whatever numbers stand
 * beside it: in a sentence the comparison is the phrase, and a phrase wins over bare numbers (§6), which then only
 * describe the values (`Lägre än riket (5,2 %)`, `Högre än rikets värde 2023`, `per 1 000 invånare`).
 */
function jamforelsemal(s: string, ord: readonly Ord[], text: string): TolkatMalvarde {
  const { medel, bast } = JAMFORELSEORD;
  const satt = harStam(s, medel) && !harStam(s, bast) ? "medel" : "basta";
  const ickeStrikt = harFras(ord, ICKE_STRIKT);
  const negation = jamforelsensNegation(ord);
  if (negation >= 0) return negeradJamforelse(ord, negation, ickeStrikt, satt, text);
  const m = jamforelse(satt, harFras(ord, STRIKT) && !ickeStrikt);
  if (harFras(ord, HOGRE)) return tolkat(m, "hogre");
  if (harFras(ord, LAGRE)) return tolkat(m, "lagre");
  return tolkat(m);
}

/** Does a word of the text name comparison values (`riket`, `jämförelsekommunerna`: `namnerJamforelsevarden`)? */
const harJamforelsevarden = (ord: readonly Ord[]): boolean => ord.some((_, i) => namnerJamforelsevarden(ord, i));

const STRIKT = fraser(JAMFORELSEORD.strikt);
const ICKE_STRIKT = fraser(JAMFORELSEORD.ickeStrikt);
const HOGRE = fraser(JAMFORELSEORD.hogre);
const LAGRE = fraser(JAMFORELSEORD.lagre);
/** Every strictness and direction word of JAMFORELSEORD: the words a negation of a comparison target negates. */
const JAMFORANDE = fraser([
  ...JAMFORELSEORD.strikt,
  ...JAMFORELSEORD.ickeStrikt,
  ...JAMFORELSEORD.hogre,
  ...JAMFORELSEORD.lagre,
]);

/** Does a phrase of `lista` stand anywhere in `ord` (whole words)? */
const harFras = (ord: readonly Ord[], lista: Fraslista<true>): boolean => ord.some((_, i) => lista.har(ord, i));

/** The index of the first negation that reaches a word of JAMFORANDE (`negationFore`), or -1. */
function jamforelsensNegation(ord: readonly Ord[]): number {
  for (let i = 0; i < ord.length; i++) {
    if (!JAMFORANDE.har(ord, i)) continue;
    const negation = negationFore(ord, i);
    if (negation >= 0) return negation;
  }
  return -1;
}

/** The directed strict words of JAMFORELSEORD as whole words, with the riktning each states. */
const RIKTADE_STRIKTA = new Fraslista(
  (["hogre", "lagre"] as const).flatMap((r) => JAMFORELSEORD[r].map((o) => [o, r] as const)),
);

/**
 * A comparison target with the negation at word `negation`: not strictly higher than the comparison values is
 * v ≤ them (lower is better), not strictly lower is v ≥ them (higher is better), as the one-sided operators of
 * spec §6 are negated. Only a directed strict word the negation reaches (`negationFore`) in a text without a
 * non-strict word can be turned round; `inte bättre än riket` names no direction to turn and cannot be judged.
 */
function negeradJamforelse(
  ord: readonly Ord[],
  negation: number,
  ickeStrikt: boolean,
  satt: "basta" | "medel",
  text: string,
): TolkatMalvarde {
  const riktningar = ord.flatMap((_, i) => {
    const riktad = RIKTADE_STRIKTA.langsta(ord, i);
    return riktad ? [{ riktning: riktad.varde, negerad: negationFore(ord, i) === negation }] : [];
  });
  if (!ickeStrikt && riktningar.length === 1 && riktningar[0].negerad) {
    return tolkat(jamforelse(satt, false), riktningar[0].riktning === "hogre" ? "lagre" : "hogre");
  }
  return oklarNegation(text, ord[negation]);
}

/**
 * A target inside a sentence (spec §6): exactly one phrase of the grammar, else exactly one number with its unit
 * (`120 tillsyner`, `90 %`). Years are skipped. Reasons quote the text as the user wrote it (`text`).
 */
function lasMening(ord: readonly Ord[], s: string, text: string): TolkatMalvarde {
  const hittade: TolkatMalvarde[] = [];
  // The words outside the phrases found: where a comparison word would compare with the comparison values.
  const utanfor: number[] = [];
  for (let i = 0; i < ord.length;) {
    const fras = lasFras(ord, i);
    const lasta = fras && medNegation(ord, fras, s);
    // A phrase that repeats a target already found is that target (`ska bibehållas på samma nivå`).
    if (lasta && !hittade.some((h) => sammaMal(h, lasta))) hittade.push(lasta);
    if (!fras) utanfor.push(i);
    i = fras ? fras.slut : i + 1;
  }
  const mal = hittade.length > 1 ? utanTidsvillkor(hittade) : hittade;
  // A comparison (the comparison values named, and a word comparing with them outside the phrases found) is a phrase
  // too: beside another target it is a second one (`Minst 75 % och bättre än riket`), alone it wins over bare
  // numbers (`Lägre än riket (5,2 %)`). Comparison values only named (`Minst 75 % (riket 70 %)`) are no target.
  const jamforelse = harJamforelsevarden(ord) && utanfor.some((i) => JAMFORANDE.har(ord, i));
  if (jamforelse) return mal.length > 0 ? flera(text) : jamforelsemal(s, ord, text);
  if (mal.length > 1) return flera(text);
  if (mal.length === 1) return mal[0];

  const tal = ord.filter((o): o is TalOrd => o.typ === "tal" && !o.artal);
  if (tal.length === 0) return olasbar(`Kan inte läsa målvärdet "${text}"`);
  if (tal.length > 1) return olasbar(`Målvärdet "${text}" innehåller flera tal och kan inte bedömas`);
  const negation = ord.findIndex((_, i) => arNegation(ord, i));
  if (negation >= 0) {
    return olasbar(
      `Målvärdet "${text}" innehåller "${ord[negation].text}" men inget mål att vända på: riktningen kan inte avgöras`,
    );
  }
  const [x] = tal;
  // The word after a bare number names what is counted: "120 tillsyner".
  const namn = ord[ord.indexOf(x) + 1];
  const raknat = namn?.typ === "ord" && !STOPPORDEN.has(namn.text);
  const slut = !x.tal.enhet && !x.tal.procent && raknat ? namn.slut : x.slut;
  return tolkat(grans(x.tal), undefined, s.slice(x.start, slut));
}

const STOPPORDEN: ReadonlySet<string> = new Set(STOPPORD);

/** Is the target a duration limit (`inom 14 dagar`, `högst 30 dagar`)? */
const arTidsgrans = (t: TolkatMalvarde): boolean =>
  t.malvarde.typ === "grans" && t.malvarde.x.enhet !== undefined && TIDSENHETER.includes(t.malvarde.x.enhet);

/**
 * The targets of a sentence without its time conditions: beside another target, a duration limit defines the
 * indicator (`Minst 90 % av ärendena ska avgöras inom 14 dagar`: the share decided within 14 days) and is no target
 * of its own. Only durations: a sentence of other targets keeps them all.
 */
function utanTidsvillkor(hittade: readonly TolkatMalvarde[]): readonly TolkatMalvarde[] {
  const ovriga = hittade.filter((t) => !arTidsgrans(t));
  return ovriga.length > 0 ? ovriga : hittade;
}

const olasbar = (orsak: string): TolkatMalvarde => tolkat(olasbarMal(orsak));

/** A text with more than one target (§6): one utfall cannot judge them all. */
const flera = (text: string): TolkatMalvarde =>
  olasbar(`Målvärdet "${text}" innehåller flera mål och kan inte bedömas med ett utfall`);

/** Do two readings set the same target? */
const sammaMal = (a: TolkatMalvarde, b: TolkatMalvarde): boolean =>
  JSON.stringify(a.malvarde) === JSON.stringify(b.malvarde);
