/** Money units converted exactly (spec §2): tkr = 1 000 kr, mnkr = 1 000 000 kr, mdkr = 10⁹ kr. */
import { KRONOR_PER, type Enhet } from "../ordforrad";
import { medVarde, type Tal } from "./tal";

/** Is this a money unit (kr, tkr, mnkr, mdkr)? */
export const arPengaenhet = (enhet: Enhet | undefined): enhet is Enhet =>
  enhet !== undefined && KRONOR_PER[enhet] !== undefined;

/**
 * An amount in `fran` expressed in `till`, both money units: 8,1 mnkr in tkr is 8 100. Amounts as reports write
 * them have at most 15 significant digits, so the product is rounded to 15: 1,1 mnkr is 1 100 tkr, not the
 * 1 100,0000000000002 that binary multiplication gives.
 */
export function omraknaBelopp(varde: number, fran: Enhet, till: Enhet): number {
  if (fran === till) return varde;
  const faktor = (KRONOR_PER[fran] ?? 1) / (KRONOR_PER[till] ?? 1);
  return Number((varde * faktor).toPrecision(15));
}

/** `t`, an amount in a money unit, in the money unit `enhet`. */
export const iEnhet = (t: Tal, enhet: Enhet): Tal =>
  t.enhet === enhet || !arPengaenhet(t.enhet) ? t : { ...medVarde(t, omraknaBelopp(t.varde, t.enhet, enhet)), enhet };
