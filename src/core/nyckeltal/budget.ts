/** Budgetavvikelse with the sign rule of Swedish municipal accounts (spec §5): a positive avvikelse is better. */
import { division, ogiltig } from "../fel";
import { TYPORD, type Enhet, type Radtyp } from "../ordforrad";
import { arPengaenhet, omraknaBelopp } from "../tal/pengar";
import { formateraTal } from "../tal/format";
import { normaliseraText } from "../tal/text";

export type { Radtyp } from "../ordforrad";

const RADTYPER: ReadonlyMap<string, Radtyp> = new Map(
  (Object.entries(TYPORD) as [Radtyp, readonly string[]][]).flatMap(([typ, ord]) => ord.map((o) => [o, typ] as const)),
);

/** Reads `typ` (§5), case-insensitive; undefined or blank is kostnad. Throws "ogiltig" listing the accepted words. */
export function lasRadtyp(text: string | undefined): Radtyp {
  const s = normaliseraText(text ?? "");
  if (s === "") return "kostnad";
  const typ = RADTYPER.get(s);
  if (!typ) {
    throw ogiltig(`Okänd typ "${text}". Använd kostnad, intäkt, resultat, bokföring eller negativ kostnad`);
  }
  return typ;
}

/**
 * Avvikelse = budget − utfall for costs, utfall − budget for revenues and results (§5), so that positive is better
 * than budget. A `kostnad` row whose utfall and budget are both negative shows net costs as negative numbers, as
 * driftredovisningar that follow the resultaträkning do (budget −415,1, utfall −410,7 → +4,4): then spending less
 * is utfall − budget. `bokforing` (ledger sign: costs positive, revenues negative) is always budget − utfall.
 */
export function budgetavvikelse(utfall: number, budget: number, typ: Radtyp = "kostnad"): number {
  switch (typ) {
    case "kostnad":
      return utfall < 0 && budget < 0 ? utfall - budget : budget - utfall;
    case "bokforing":
      return budget - utfall;
    case "intakt":
    case "resultat":
      return utfall - budget;
  }
}

/** Avvikelse as a fraction of |bas| (default |budget|); bas 0 is a division by zero (§5). */
export function budgetavvikelseProcent(utfall: number, budget: number, typ: Radtyp = "kostnad", bas = budget): number {
  if (bas === 0) throw division("Basen för procentberäkningen är noll");
  return budgetavvikelse(utfall, budget, typ) / Math.abs(bas);
}

/** An amount and its money unit, if it has one: a sum of a range of cells. */
export interface Belopp {
  readonly varde: number;
  readonly enhet?: Enhet;
}

/**
 * Utfall and budget (and bas) in one money unit (§2): the budget's, the reference (else the utfall's, else the
 * bas's); converted exactly. An amount with a money unit against a plain non-zero amount is not guessed, wherever
 * the unit stands (`−7 972` and `15 000` against the bas `1,7 mdkr` too): throws "ogiltig" asking for the unit.
 */
export function iSammaEnhet(
  utfall: Belopp,
  budget: Belopp,
  bas?: Belopp,
): { utfall: number; budget: number; bas?: number; enhet?: Enhet } {
  const referens = [budget.enhet, utfall.enhet, bas?.enhet].find(arPengaenhet);
  const omrakna = (b: Belopp, namn: string): number => {
    if (referens === undefined || b.enhet === referens) return b.varde;
    if (arPengaenhet(b.enhet)) return omraknaBelopp(b.varde, b.enhet, referens);
    if (b.varde === 0) return 0;
    throw ogiltig(
      `${namn} ${formateraTal(b.varde)} saknar enhet men beloppen är i ${referens}: skriv enheten (kr, tkr, mnkr eller mdkr)`,
    );
  };
  return {
    utfall: omrakna(utfall, "Utfall"),
    budget: omrakna(budget, "Budget"),
    bas: bas && omrakna(bas, "Bas"),
    enhet: referens,
  };
}
