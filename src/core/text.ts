/** Text folding shared by the readers: white space and case, in one scan where nothing needs changing. */

/** Is this UTF-16 unit white space in the sense of JavaScript's `\s` (and `trim`)? */
export function arBlanksteg(c: number): boolean {
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

/** The code unit at i, or -1 past the end (reading past the end would make V8 drop its optimised code). */
export const kod = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : -1);

/** Must `vikBlanksteg` change the white space at i: a space at either end or before another, or any other kind? */
function vikbartBlanksteg(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 ? i === 0 || i === text.length - 1 || kod(text, i + 1) === 32 : arBlanksteg(c);
}

/** White space of every kind (NBSP, narrow NBSP, thin space...) folded to one space, ends trimmed. */
export function vikBlanksteg(text: string): string {
  // One scan: most cells have nothing to fold and are returned as they are.
  for (let i = 0; i < text.length; i++) if (vikbartBlanksteg(text, i)) return text.trim().replace(/\s+/g, " ");
  return text;
}

/** Code units from U+00C0 up that are their own lower case: å ä ö é ü, ≤ ≥ – − —. */
const utanVersal = (c: number): boolean =>
  c === 0xe5 ||
  c === 0xe4 ||
  c === 0xf6 ||
  c === 0xe9 ||
  c === 0xfc ||
  c === 0x2264 ||
  c === 0x2265 ||
  c === 0x2013 ||
  c === 0x2212 ||
  c === 0x2014;

const harVersal = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && !utanVersal(c));

/**
 * `text.toLowerCase()`, returning the text itself when nothing changes. Lower-casing a text with ≤ or – costs
 * V8 a trip through ICU; most målvärden have no capital letter at all.
 */
export function gemener(text: string): string {
  for (let i = 0; i < text.length; i++) if (harVersal(text.charCodeAt(i))) return text.toLowerCase();
  return text;
}

/** The characters of `tecken` (each from U+0020 to U+003F) as a bit mask for `behoverVikas`. */
export function teckenmask(tecken: string): number {
  let mask = 0;
  for (const t of tecken) mask |= 1 << (t.charCodeAt(0) - 32);
  return mask;
}

/**
 * Does `text` need `vikBlanksteg` or `gemener`, or hold a character of `mask` (see `teckenmask`)?
 * One scan, so that texts with nothing to fold (the usual case) are read once.
 */
export function behoverVikas(text: string, mask = 0): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (vikbartBlanksteg(text, i) || harVersal(c) || (c > 32 && c < 64 && (mask >>> (c - 32)) & 1)) return true;
  }
  return false;
}
