/** Is a higher or a lower utfall better (spec §6)? */
import { LAGRE_AR_BATTRE, RIKTNINGSORD } from "../ordforrad";
import { normaliseraText } from "../tal/text";

export type Riktning = "hogre" | "lagre";

const RIKTNINGAR: ReadonlyMap<string, Riktning> = new Map(
  (Object.entries(RIKTNINGSORD) as [Riktning, readonly string[]][]).flatMap(([r, ord]) =>
    ord.map((o) => [o, r] as const),
  ),
);

/** Reads the `riktning` argument (`högre är bättre`, `Lägre`); undefined when the word is unknown. */
export function lasRiktning(text: string): Riktning | undefined {
  return RIKTNINGAR.get(text) ?? RIKTNINGAR.get(normaliseraText(text));
}

/**
 * Riktning inferred from an indicator's name (§6): lower is better when the name contains one of the words of
 * LAGRE_AR_BATTRE (sjukfrånvaro, kostnad, väntetid, placering…), otherwise higher is better.
 */
export function riktningFranNamn(namn: string): Riktning {
  const s = normaliseraText(namn);
  return LAGRE_AR_BATTRE.some((ord) => s.includes(ord)) ? "lagre" : "hogre";
}

/** Each riktning as the task pane and the reasons write it. */
export const RIKTNING_TEXT: Readonly<Record<Riktning, string>> = {
  hogre: "högre är bättre",
  lagre: "lägre är bättre",
};
