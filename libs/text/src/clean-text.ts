/** Line breaks of every origin; \v and \f are Word's manual line and page breaks. */
const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
/**
 * Invisible characters: controls other than \n and \t (PostgreSQL refuses NUL), format characters
 * (zero-width spaces and joiners, U+2060, BOM, bidi marks, soft hyphen), lone surrogates,
 * and the blank-looking fillers used to get past "required" checks.
 */
const INVISIBLE = /(?![\n\t])[\p{Cc}\p{Cf}\p{Cs}\u034F\u115F\u1160\u3164\uFFA0]/gu;
/** Tabs and every Unicode space separator: U+3000, NBSP, thin spaces… */
const SPACES = /[\t\p{Zs}]+/gu;
/** Han characters, CJK and full-width punctuation, and the quotes, ellipsis and dash of Chinese text. */
const WIDE = '[\\p{sc=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018\\u2019\\u201C\\u201D\\u2026\\u2014\\u00B7]';
/** Full-width punctuation carries its own spacing, so a space beside it goes whatever the other side. */
const WIDE_PUNCT = '[\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65]';
const SPACE_IN_CHINESE = new RegExp(`(?<=${WIDE}) (?=${WIDE})|(?<=${WIDE_PUNCT}) | (?=${WIDE_PUNCT})`, 'gu');

/** Normalises the whitespace of a submitted item; Chinese punctuation and wording are kept exactly. */
export function cleanText(raw: string): string {
  return raw
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/^ | $/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(SPACE_IN_CHINESE, '')
    .trim();
}

/** A character cleanText keeps that is not a space or a line break. */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Cs}\p{Zs}\u034F\u115F\u1160\u3164\uFFA0\u0085\u2028\u2029]/u;

/** True for text with nothing visible in it: exactly when cleanText(text) is empty, without cleaning all of it. */
export function isBlank(text: string): boolean {
  return !VISIBLE.test(text);
}
