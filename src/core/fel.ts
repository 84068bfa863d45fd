/** The three ways a computation can fail; the function layer maps them to Excel errors. */
export type FelTyp = "ogiltig" | "division" | "saknas";

/** A domain error with a Swedish message meant for the user. */
export class KpiFel extends Error {
  constructor(
    readonly typ: FelTyp,
    message: string,
  ) {
    // Bad data is expected, not a bug: skip the costly stack trace (it dominated KPI.TAL on missing values).
    const grans = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = grans;
    this.name = "KpiFel";
  }
}

export const ogiltig = (message: string): KpiFel => new KpiFel("ogiltig", message);
export const division = (message: string): KpiFel => new KpiFel("division", message);
/** The message for a missing value, naming the marker (I.U, x...) when there is one. */
export const saknasText = (markor: string): string => (markor ? `Uppgift saknas (${markor})` : "Uppgift saknas");
export const saknas = (markor: string): KpiFel => new KpiFel("saknas", saknasText(markor));
