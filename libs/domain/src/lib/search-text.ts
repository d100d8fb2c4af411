/**
 * Folds the differences Japanese readers do not see, so that みやこ, ミヤコ and ﾐﾔｺ all find 宮古市:
 * NFKC (half-width kana → full-width, full-width latin → ASCII), katakana → hiragana, lower case,
 * and no white space. The API stores this form of the searchable names and folds the query the same way.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** The folded text a municipality is found by: its name, kana reading and English name. */
export function municipalitySearchText(m: { name: string; reading: string; nameEn?: string | null }): string {
  return [m.name, m.reading, m.nameEn ?? ''].map(foldForSearch).join(' ');
}
