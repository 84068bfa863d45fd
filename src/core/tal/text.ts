/**
 * Text as pasted from reports, PDFs and web pages, made readable (spec §2): invisible characters removed, every
 * kind of white space one space, ends trimmed. Every reader (numbers, målvärden, statuses, headers) reads text
 * through `rensaText` first.
 */

/**
 * Characters a PDF or web page leaves in copied text that the reader must not see: zero-width space, zero-width
 * non-joiner and joiner, word joiner, byte-order mark and soft hyphen (§2).
 */
const OSYNLIGA = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** Every run of white space (NBSP, narrow NBSP, thin and figure space, tab, line break…). */
const BLANKSTEG = /\s+/g;

/** Does a text hold anything `rensaText` changes: an invisible character, white space other than single inner spaces? */
const ORENT = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]|[^\S ]| {2}|^ | $/;

/** Text without the invisible characters of §2, nothing else changed (for readers that must see line breaks). */
export const utanOsynliga = (text: string): string => text.replace(OSYNLIGA, "");

/**
 * Text without invisible characters, its white space folded to single spaces and trimmed: `" 1\u00a0700 "` →
 * `"1 700"`, `"Max\u200b 7 %"` → `"Max 7 %"`. Returns `text` itself when there is nothing to change (the usual
 * cell).
 */
export function rensaText(text: string): string {
  return ORENT.test(text) ? text.replace(OSYNLIGA, "").replace(BLANKSTEG, " ").trim() : text;
}

/** `rensaText`, in lower case: the form every word list of the vocabulary is written in. */
export const normaliseraText = (text: string): string => rensaText(text).toLowerCase();

/** a–z, å ä ö, and the accented letters of names (é, ü…): a letter of a text already in lower case. */
export const arBokstav = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/** The character code at `i` of `s`, or -1 past its end: a scanner can look one character ahead without a check. */
export const kod = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : -1);

/** 0–9. */
export const arSiffra = (c: number): boolean => c >= 48 && c <= 57;
