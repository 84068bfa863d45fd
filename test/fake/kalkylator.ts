/**
 * Calculating =KPI.… cells with the add-in's own functions, called exactly as Excel calls them: the arguments built
 * from the function's entry in functions.json by anropskonvention.ts (a repeating parameter as one array, a matrix
 * as a 2-D array, an omitted optional argument as null, an empty cell as null).
 */
import { excelArgument, type Anropsval, type Formelargument, type Funktionsbeskrivning } from "./anropskonvention";
import type { Kalkylator } from "./modell";

type Implementation = (...argument: unknown[]) => unknown;

/**
 * A calculator over the functions described in functions.json. `implementation(id)` gives the JavaScript function
 * registered for an id (CustomFunctions.associate in the browser, the module's export in jest). An unknown id is
 * #NAME?, as in Excel without the add-in; an Excel error thrown by the function is its code (#VALUE!, #N/A, …).
 */
export function skapaKalkylator(
  funktioner: readonly Funktionsbeskrivning[],
  implementation: (id: string) => Implementation | undefined,
  val: Anropsval = {},
): Kalkylator {
  return (id: string, argument: Formelargument[]) => {
    const beskrivning = funktioner.find((f) => f.id === id);
    const fn = implementation(id);
    if (!beskrivning || !fn) return "#NAME?";
    // A formula Excel would not accept (too many or too few arguments) is a bug in the test: let it throw.
    const js = excelArgument(beskrivning, argument, val);
    try {
      const ut = fn(...js);
      if (ut && typeof ut === "object" && typeof (ut as { code?: unknown }).code === "string")
        return (ut as { code: string }).code;
      return ut;
    } catch (e) {
      const kod = (e as { code?: unknown } | null)?.code;
      return typeof kod === "string" ? kod : "#VALUE!";
    }
  };
}
