/** The record of what Målkoll added, kept in the workbook as a custom XML part so removal works after reopening. */
export const NAMNRYMD = "urn:malkoll:markering:1";

export interface Markering {
  readonly blad: string;
  /** The block of status (and goal) columns, header to legend, e.g. I1:J33. */
  readonly omrade: string;
  /** Ids of the conditional formats Målkoll added. */
  readonly villkor: readonly string[];
  /** The table it belongs to, e.g. A1:H27. */
  readonly tabell: string;
  readonly skapad: string;
}

export function tillXml(m: Markering): string {
  const json = JSON.stringify(m).replace(/]]>/g, "]]]]><![CDATA[>");
  return `<malkoll xmlns="${NAMNRYMD}"><![CDATA[${json}]]></malkoll>`;
}

/** Reads a record; undefined for anything that is not one. */
export function franXml(xml: string): Markering | undefined {
  const delar = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join("");
  try {
    const m = JSON.parse(delar) as Partial<Markering>;
    if (typeof m.blad === "string" && typeof m.omrade === "string" && Array.isArray(m.villkor)) return m as Markering;
  } catch {
    return undefined;
  }
  return undefined;
}
