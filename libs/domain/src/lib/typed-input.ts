/**
 * Japanese users type digits, codes and times with the IME on as often as off: ０３－１２３４－５６７８,
 * Ａ１, １３：３０. Fields of that kind (phone numbers, postal codes, prices, booth codes, time lists)
 * read what was typed through this one rule, in the browser and in the API alike, so both store
 * and compare the same text.
 */

/** Dash-like marks typed for a hyphen: hyphens and dashes, the minus sign, the katakana long-vowel mark. */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d]/g;

/**
 * Full-width digits, letters, colons, hyphens and spaces become their ASCII forms (NFKC), every
 * dash-like mark a hyphen-minus, runs of spaces one space, and the ends are trimmed. Only for
 * fields of digits and codes: NFKC would also turn half-width kana in a name into full-width.
 */
export function normalizeTyped(text: string): string {
  return text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/** A booth's code as it is stored and compared: typed-input normalised and upper-case ('ａ１' → 'A1'). */
export function normalizeBoothCode(code: string): string {
  return normalizeTyped(code).toUpperCase();
}

/** For class-transformer's @Transform and form models: normalises a string, leaves anything else to the validators. */
export function normalizeIfText<T>(value: T, normalize: (text: string) => string = normalizeTyped): T | string {
  return typeof value === 'string' ? normalize(value) : value;
}
