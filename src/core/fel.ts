/**
 * The ways a computation can fail; the function layer maps them to Excel errors (spec §2, §3, §13.6):
 * - "ogiltig": input that cannot be read (text that is no number, an unknown word) → #VALUE!;
 * - "omojlig": values that cannot be real (negative hours, more sick hours than ordinary hours in a row) →
 *   #VALUE!, also in the status functions, which otherwise give Kan ej bedömas for bad data: the user must fix
 *   the row the message names;
 * - "division": division by zero → #DIV/0!;
 * - "saknas": a missing value (I.U, blank) → #N/A.
 */
export type FelTyp = "ogiltig" | "omojlig" | "division" | "saknas";

/** A domain error with a Swedish message meant for the user. */
export class KpiFel extends Error {
  constructor(
    readonly typ: FelTyp,
    message: string,
  ) {
    // Bad data is expected, not a bug: a domain error carries no stack trace.
    const grans = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = grans;
    this.name = "KpiFel";
  }
}

export const ogiltig = (message: string): KpiFel => new KpiFel("ogiltig", message);
export const omojlig = (message: string): KpiFel => new KpiFel("omojlig", message);
export const division = (message: string): KpiFel => new KpiFel("division", message);
/** The message for a missing value, naming the marker (I.U, x...) when there is one. */
export const saknasText = (markor: string): string => (markor ? `Uppgift saknas (${markor})` : "Uppgift saknas");
export const saknas = (markor: string): KpiFel => new KpiFel("saknas", saknasText(markor));
