/** Is a higher or a lower utfall better (spec §6)? */
export type Riktning = "hogre" | "lagre";

const LAGRE_AR_BATTRE = [
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
];

/** Reads the `riktning` argument; undefined when the word is unknown. */
export function lasRiktning(text: string): Riktning | undefined {
  // The usual spellings first, compared (a keyed lookup would hash every new text).
  if (text === "lägre är bättre" || text === "lägre") return "lagre";
  if (text === "högre är bättre" || text === "högre") return "hogre";
  const s = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^(lägre|lagre)( är bättre)?$/.test(s)) return "lagre";
  if (/^(högre|hogre)( är bättre)?$/.test(s)) return "hogre";
  return undefined;
}

/** Riktning inferred from an indicator's name: lower is better for costs, sick leave etc. */
export function riktningFranNamn(namn: string): Riktning {
  const s = namn.toLowerCase();
  return LAGRE_AR_BATTRE.some((ord) => s.includes(ord)) ? "lagre" : "hogre";
}

export const RIKTNING_TEXT: Readonly<Record<Riktning, string>> = {
  hogre: "högre är bättre",
  lagre: "lägre är bättre",
};
