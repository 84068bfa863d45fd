/** Text folding shared by the readers: white space and case, in one scan where nothing needs changing. */

/** Is this UTF-16 unit white space in the sense of JavaScript's `\s` (and `trim`)? */
function arBlanksteg(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** White space of every kind (NBSP, narrow NBSP, thin space...) folded to one space, ends trimmed. */
export function vikBlanksteg(text: string): string {
  // One scan: most cells have nothing to fold and are returned as they are.
  const sista = text.length - 1;
  for (let i = 0; i <= sista; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i === 0 || i === sista || text.charCodeAt(i + 1) === 32 : arBlanksteg(c)) {
      return text.trim().replace(/\s+/g, " ");
    }
  }
  return text;
}

/** Code units above U+00BF that are their own lower case: å ä ö é ü, ≤ ≥ – − —. */
const UTAN_VERSAL = new Set([0xe5, 0xe4, 0xf6, 0xe9, 0xfc, 0x2264, 0x2265, 0x2013, 0x2212, 0x2014]);

/**
 * `text.toLowerCase()`, returning the text itself when nothing changes. Lower-casing a text with ≤ or – costs
 * V8 a trip through ICU; most målvärden have no capital letter at all.
 */
export function gemener(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && !UTAN_VERSAL.has(c))) return text.toLowerCase();
  }
  return text;
}
