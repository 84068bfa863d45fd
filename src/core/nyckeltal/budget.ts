/** Budgetavvikelse with the sign rule of Swedish municipal accounts (spec §5): positive is better. */
import { division, ogiltig } from "../fel";

export type Radtyp = "kostnad" | "intakt" | "resultat";

const TYPORD: Readonly<Record<string, Radtyp>> = {
  kostnad: "kostnad",
  kostnader: "kostnad",
  nettokostnad: "kostnad",
  nettokostnader: "kostnad",
  investering: "kostnad",
  investeringar: "kostnad",
  intäkt: "intakt",
  intäkter: "intakt",
  resultat: "resultat",
  nettoresultat: "resultat",
  överskott: "resultat",
};

/** Reads `typ`; undefined or blank is kostnad. Throws #VALUE! listing the accepted words. */
export function lasRadtyp(text: string | undefined): Radtyp {
  const s = (text ?? "").trim().toLowerCase();
  if (s === "") return "kostnad";
  const typ = TYPORD[s];
  if (!typ) throw ogiltig(`Okänd typ "${text}". Använd kostnad, intäkt eller resultat`);
  return typ;
}

export function budgetavvikelse(utfall: number, budget: number, typ: Radtyp = "kostnad"): number {
  return typ === "kostnad" ? budget - utfall : utfall - budget;
}

/** Avvikelse as a fraction of |bas| (default |budget|). */
export function budgetavvikelseProcent(utfall: number, budget: number, typ: Radtyp = "kostnad", bas = budget): number {
  if (bas === 0) throw division("Basen för procentberäkningen är noll");
  return budgetavvikelse(utfall, budget, typ) / Math.abs(bas);
}
