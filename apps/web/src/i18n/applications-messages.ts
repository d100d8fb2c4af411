/**
 * The applications pages' strings, merged into dictionaries.ts. Same rules: Japanese first, English
 * complete, placeholders `{name}` identical in both.
 */
export const applicationsJa = {
  'nav.applications': '出展申込',
  'nav.outbox': '送信メール',
};

export const applicationsEn: Record<keyof typeof applicationsJa, string> = {
  'nav.applications': 'Applications',
  'nav.outbox': 'Outgoing mail',
};
