/**
 * The guests and timetable pages' strings, merged into dictionaries.ts. Same rules: Japanese first,
 * English complete, placeholders `{name}` identical in both.
 */
export const guestsJa = {
  'nav.guests': 'ゲスト',
};

export const guestsEn: Record<keyof typeof guestsJa, string> = {
  'nav.guests': 'Guests',
};
