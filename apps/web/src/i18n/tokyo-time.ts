/**
 * Instants in Japan time, through the shared date formats of libs/messages (pinned to Asia/Tokyo):
 * its test runs this very file in Node processes set to other time zones, to show the browser's own
 * zone never leaks into what is shown.
 */
import { DISPLAY_TIME_ZONE, dateFormat } from '@bussanten/messages';

/** The fairs are run in Tokyo: times are shown in Japan time wherever the browser is. */
export { DISPLAY_TIME_ZONE };

/**
 * An instant (ISO 8601, as the API sends them) in Japan time: '2026年11月24日 17:05' in 'ja-JP',
 * 'Nov 24, 2026, 17:05' in 'en-US'. Text that is not a date is returned as it is.
 */
export function formatTokyoDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, 'dateTime').format(date);
}
