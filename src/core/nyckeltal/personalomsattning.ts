/** Extern personalomsättning (spec §4). */
import { division, ogiltig } from "../fel";

/** Avgångar / medelantal, where medelantal is the mean of the given headcounts. */
export function personalomsattning(avgangar: number, antal: readonly number[]): number {
  if (avgangar < 0) throw ogiltig("Antalet avgångar kan inte vara negativt");
  if (antal.length === 0) throw ogiltig("Antal anställda saknas");
  if (antal.some((a) => a < 0)) throw ogiltig("Antalet anställda kan inte vara negativt");
  const medel = antal.reduce((a, b) => a + b, 0) / antal.length;
  if (medel === 0) throw division("Medelantalet anställda är noll");
  return avgangar / medel;
}
