/** Is a higher or a lower utfall better (spec §6)? */
import {
  HOGRE_AR_BATTRE,
  HOGRE_AR_BATTRE_MOTSATS,
  HOGRE_AR_BATTRE_ORD,
  LAGRE_AR_BATTRE,
  RIKTNINGSORD,
} from "../ordforrad";
import { arTom, type Cellvarde } from "../tal/cell";
import { normaliseraText, rensaText } from "../tal/text";

export type Riktning = "hogre" | "lagre";

const RIKTNINGAR: ReadonlyMap<string, Riktning> = new Map(
  (Object.entries(RIKTNINGSORD) as [Riktning, readonly string[]][]).flatMap(([r, ord]) =>
    ord.map((o) => [o, r] as const),
  ),
);

/**
 * Reads the `riktning` argument or a riktning cell (`högre är bättre`, `Lägre`, `↓`, `Minska`, `Låg`…, the words of
 * RIKTNINGSORD, in any case); undefined when the word is unknown.
 */
export function lasRiktning(text: string): Riktning | undefined {
  return RIKTNINGAR.get(text) ?? RIKTNINGAR.get(normaliseraText(text));
}

/** What a riktning cell holds: nothing, a riktning, or a word that is none (which a reader must report). */
export type Riktningscell =
  | { readonly typ: "tom" }
  | { readonly typ: "riktning"; readonly riktning: Riktning }
  | { readonly typ: "okand"; readonly text: string };

const TOM: Riktningscell = Object.freeze({ typ: "tom" });
/** One shared answer per riktning: a column of riktning words is read row by row. */
const RIKTNINGSCELLER: Readonly<Record<Riktning, Riktningscell>> = {
  hogre: Object.freeze({ typ: "riktning", riktning: "hogre" }),
  lagre: Object.freeze({ typ: "riktning", riktning: "lagre" }),
};

/**
 * Reads a riktning cell as Excel passes it (spec §6): blank (null, empty or white-space text) is "tom", a word of
 * RIKTNINGSORD a riktning, anything else "okand" with the text as written (a number as its digits, SANT/FALSKT),
 * so that KPI.MALUPPFYLLELSE can give #VALUE! and the table reader can list the row instead of ignoring the word.
 */
export function lasRiktningCell(cell: Cellvarde): Riktningscell {
  if (cell === null || cell === undefined) return TOM;
  const text = typeof cell === "boolean" ? (cell ? "SANT" : "FALSKT") : String(cell);
  const riktning = lasRiktning(text);
  if (riktning) return RIKTNINGSCELLER[riktning];
  return arTom(text) ? TOM : { typ: "okand", text: rensaText(text) };
}

/** The words of a name in lower case: letters and digits, split at everything else. */
const ordI = (namn: string): string[] => normaliseraText(namn).split(/[^\p{L}\p{N}]+/u);

/**
 * Riktning inferred from an indicator's name (§6): lower is better when a word of the name contains one of
 * LAGRE_AR_BATTRE (sjukfrånvaro, kostnad, väntetid, placering…, inside compounds too: `Långtidssjukfrånvaro`),
 * unless a word qualifies it as something to have more of: one containing a word of HOGRE_AR_BATTRE
 * (`Kostnadstäckningsgrad`, `Andel uppklarade brott`, `Andel nöjda med väntetiden`), unless the word means its
 * opposite (HOGRE_AR_BATTRE_MOTSATS: `missnöjda`), or being one of HOGRE_AR_BATTRE_ORD (`Andel ärenden utan
 * avvikelser`). Otherwise higher is better.
 */
export function riktningFranNamn(namn: string): Riktning {
  const ord = ordI(namn);
  const innehaller = (lista: readonly string[]) => ord.some((o) => lista.some((l) => o.includes(l)));
  if (!innehaller(LAGRE_AR_BATTRE)) return "hogre";
  const kvalificerar = (o: string) =>
    (HOGRE_AR_BATTRE.some((l) => o.includes(l)) && !HOGRE_AR_BATTRE_MOTSATS.some((m) => o.includes(m))) ||
    HOGRE_AR_BATTRE_ORD.includes(o);
  return ord.some(kvalificerar) ? "hogre" : "lagre";
}

/** Each riktning as the task pane and the reasons write it. */
export const RIKTNING_TEXT: Readonly<Record<Riktning, string>> = {
  hogre: "högre är bättre",
  lagre: "lägre är bättre",
};
