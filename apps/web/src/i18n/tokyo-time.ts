/**
 * Instants in Japan time. No imports on purpose: its test runs this very file in Node processes set
 * to other time zones, to show the browser's own zone never leaks into what is shown.
 */

/** The fairs are run in Tokyo: times are shown in Japan time wherever the browser is. */
export const DISPLAY_TIME_ZONE = 'Asia/Tokyo';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string): Intl.DateTimeFormat {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: DISPLAY_TIME_ZONE,
      year: 'numeric',
      month: locale.startsWith('ja') ? 'long' : 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(locale, f);
  }
  return f;
}

/**
 * An instant (ISO 8601, as the API sends them) in Japan time: '2026年11月24日 17:05' in 'ja-JP',
 * 'Nov 24, 2026, 17:05' in 'en-US'. Text that is not a date is returned as it is.
 */
export function formatTokyoDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatFor(locale).format(date);
}
