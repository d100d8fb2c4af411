/**
 * The fairs pages' strings, merged into dictionaries.ts. Same rules: Japanese first, English
 * complete, placeholders `{name}` identical in both.
 */
export const fairsJa = {
  'nav.fairs': '物産展',
};

export const fairsEn: Record<keyof typeof fairsJa, string> = {
  'nav.fairs': 'Fairs',
};
