/** Calls a custom function the way Excel does and reports an Excel error as {code, message}. */
export interface Excelfel {
  code: string;
  message?: string;
}

export function anropa<T>(fn: () => T): T | Excelfel {
  try {
    return fn();
  } catch (e) {
    if (e instanceof (globalThis as any).CustomFunctions.Error)
      return { code: (e as any).code, message: (e as any).message };
    throw e;
  }
}

/** A value as Excel passes a single-cell range. */
export const cell = (v: unknown): any[][] => [[v]];
/** A column range. */
export const kolumn = (...v: unknown[]): any[][] => v.map((x) => [x]);
