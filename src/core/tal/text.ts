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

/** a–z, å, ä, ö: a letter of a text already in lower case. */
export const arGemenBokstav = (c: number): boolean => (c >= 97 && c <= 122) || c === 229 || c === 228 || c === 246;

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

/** The lower case of a capital A–Z or À–Þ (Å, Ä, Ö, É...), one bit away; -1 for any other code unit. */
export const gemenAv = (c: number): number =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c | 0x20 : -1;

/** May `toLowerCase` change this code unit? (Any unit from U+00C0 up not known to be lower case counts.) */
export const harVersal = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && !utanVersal(c));

/** The characters of `tecken` (each from U+0020 to U+003F) as a bit mask for `vikbehov`. */
export function teckenmask(tecken: string): number {
  let mask = 0;
  for (const t of tecken) mask |= 1 << (t.charCodeAt(0) - 32);
  return mask;
}

/**
 * What `vikbehov` found: white space for `vikBlanksteg`, a capital for `toLowerCase`, a character of the mask;
 * and SIFFRA, a digit, which needs no folding but tells a reader which grammar can apply.
 */
export const BLANKSTEG = 1;
export const VERSAL = 2;
export const TECKEN = 4;
export const SIFFRA = 8;

/**
 * What `text` needs, as a sum of BLANKSTEG, VERSAL and TECKEN (a character of `mask`, see `teckenmask`), and
 * SIFFRA when it holds a digit; 0 when nothing. One scan in which a–z and 0–9 cost one or two tests, so that a
 * text with nothing to fold is cheap to read.
 */
export function vikbehov(text: string, mask = 0): number {
  let behov = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97) {
      if (c <= 122) continue;
    } else if (c >= 48 && c <= 57) {
      behov |= SIFFRA;
      continue;
    }
    if (c === 32 || arBlanksteg(c)) {
      if (vikbartBlanksteg(text, i)) behov |= BLANKSTEG;
    } else if (harVersal(c)) behov |= VERSAL;
    else if (c > 32 && c < 64 && (mask >>> (c - 32)) & 1) behov |= TECKEN;
  }
  return behov;
}

/** Does `s` hold `ord` at index i? Compared in place: `startsWith` with a position is slow in V8. */
export function harVid(s: string, i: number, ord: string): boolean {
  if (i < 0 || i + ord.length > s.length) return false;
  for (let k = 0; k < ord.length; k++) if (s.charCodeAt(i + k) !== ord.charCodeAt(k)) return false;
  return true;
}

/**
 * Whole texts and their values, looked up without hashing: first character and length pick the candidates,
 * `===` decides. A Map would hash every new text it is asked about, which costs V8 more than a few comparisons.
 */
export class Texttabell<T> {
  private readonly karta = new Map<number, (readonly [string, T])[]>();

  constructor(poster: Iterable<readonly [string, T]>) {
    for (const post of poster) {
      const k = Texttabell.nyckel(post[0]);
      this.karta.set(k, [...(this.karta.get(k) ?? []), post]);
    }
  }

  private static nyckel(s: string): number {
    return s.length === 0 ? 0 : s.charCodeAt(0) * 256 + Math.min(s.length, 255);
  }

  get(s: string): T | undefined {
    const kandidater = this.karta.get(Texttabell.nyckel(s));
    if (kandidater === undefined) return undefined;
    for (let k = 0; k < kandidater.length; k++) if (kandidater[k][0] === s) return kandidater[k][1];
    return undefined;
  }
}
