/** Extern personalomsättning (spec §4). */
import { division, ogiltig, omojlig } from "../fel";

/**
 * Counts are never negative (§4): throws naming the first negative one, with `plats(i)` when the count came from
 * a range of several cells (`Antalet avgångar kan inte vara negativt (rad 2)`).
 */
export function kontrolleraAntal(
  antal: ArrayLike<number>,
  vad: "avgångar" | "anställda",
  plats?: (i: number) => string,
): void {
  for (let i = 0; i < antal.length; i++) {
    if (antal[i] < 0) {
      const dar = plats && antal.length > 1 ? ` (${plats(i)})` : "";
      throw omojlig(`Antalet ${vad} kan inte vara negativt${dar}`);
    }
  }
}

/**
 * Extern personalomsättning (§4): avgångar / medelantal, where medelantal is the mean of the given headcounts
 * (start and slut, or a series such as one per month). Turnover can exceed 100 %.
 */
export function personalomsattning(avgangar: number, antal: readonly number[]): number {
  kontrolleraAntal([avgangar], "avgångar");
  if (antal.length === 0) throw ogiltig("Antal anställda saknas");
  kontrolleraAntal(antal, "anställda");
  const medel = antal.reduce((a, b) => a + b, 0) / antal.length;
  if (medel === 0) throw division("Medelantalet anställda är noll");
  return avgangar / medel;
}
