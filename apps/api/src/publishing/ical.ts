import type { PublicAppearance, PublicExhibitor, PublicFair } from '@bussanten/contracts';
import { hoursWithNotices, tokyoInstant } from '@bussanten/domain';

/**
 * iCalendar (RFC 5545) made from a release. Times are written in UTC ("Z"), computed from Japan
 * time, so every calendar shows them right whatever its own zone and whatever the server's TZ.
 * UIDs are stable (the appearance's id, the fair and the date), and each event's SEQUENCE and
 * LAST-MODIFIED come from the release that last changed it, so an updated feed replaces only the
 * events that changed rather than duplicating them. Each event links back to the public page.
 */
const PRODID = '-//Bussanten//Public schedule//JA';

/** TEXT escaping (RFC 5545 3.3.11). */
export function icalText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function event(fields: [string, string][]): string[] {
  return ['BEGIN:VEVENT', ...fields.map(([k, v]) => fold(`${k}:${v}`)), 'END:VEVENT'];
}

/** Where the events link to: the fair's public page (an appearance with its place on it). */
export interface CalendarLinks {
  uidHost: string;
  /** The absolute URL of the fair's page, or null to write no URL. */
  pageUrl: string | null;
}

const urlField = (url: string | null, fragment = ''): [string, string][] => (url ? [['URL', `${url}${fragment}`]] : []);

/**
 * A live notice (issue 23) that closes a day early or closes it: the day's event ends then (or is
 * CANCELLED), says so in its summary, and its SEQUENCE rises by one over the release's, so a
 * subscribed calendar replaces it.
 */
function dayNotice(fair: PublicFair, date: string): { kind: 'closingEarly' | 'closedDay'; closes: string | null; at: string } | null {
  const own = (fair.notices ?? []).filter((n) => n.day === date && n.kind !== 'notice');
  if (!own.length) return null;
  const [shown] = hoursWithNotices(
    fair.days.filter((d) => d.date === date),
    own,
  );
  const planned = fair.days.find((d) => d.date === date);
  const latest = own
    .map((n) => n.postedAt)
    .sort()
    .at(-1) as string;
  if (!shown.opens) return { kind: 'closedDay', closes: null, at: latest };
  return shown.closes !== planned?.closes ? { kind: 'closingEarly', closes: shown.closes, at: latest } : null;
}

function dayEvents(fair: PublicFair, stamp: string, links: CalendarLinks): string[] {
  return fair.days
    .filter((d) => d.opens && d.closes)
    .flatMap((d) => {
      const notice = dayNotice(fair, d.date);
      // Releases before per-day numbers used the release's for every day.
      const sequence = (d.sequence ?? fair.release.version - 1) + (notice ? 1 : 0);
      const summary =
        notice?.kind === 'closedDay'
          ? `【休場 / Closed】${fair.fair.title}`
          : notice
            ? `【${notice.closes}で終了 / Closing early at ${notice.closes}】${fair.fair.title}`
            : fair.fair.title;
      return event([
        ['UID', `${fair.fair.slug}-${d.date}@${links.uidHost}`],
        ['DTSTAMP', stamp],
        ['DTSTART', utc(tokyoInstant(d.date, d.opens as string))],
        ['DTEND', utc(tokyoInstant(d.date, notice?.closes ?? (d.closes as string)))],
        ['SUMMARY', icalText(summary)],
        ['LOCATION', icalText(`${fair.venue.name} ${fair.venue.roomName}, ${fair.venue.address}`)],
        ...(notice?.kind === 'closedDay' ? ([['STATUS', 'CANCELLED']] as [string, string][]) : []),
        ['SEQUENCE', String(sequence)],
        ['LAST-MODIFIED', utc(new Date(notice?.at ?? d.modifiedAt ?? fair.release.publishedAt))],
        ...urlField(links.pageUrl),
      ]);
    });
}

function appearanceEvent(fair: PublicFair, a: PublicAppearance, stamp: string, links: CalendarLinks): string[] {
  const status = a.status === 'cancelled' ? 'CANCELLED' : a.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE';
  const about = a.approximate ? ' (約/about)' : '';
  return event([
    ['UID', `${a.id}@${links.uidHost}`],
    ['DTSTAMP', stamp],
    ['DTSTART', utc(new Date(a.startsAt))],
    ['DTEND', utc(new Date(a.endsAt))],
    ['SUMMARY', icalText(`${a.guest.name}${about} – ${fair.fair.title}`)],
    ['LOCATION', icalText(`${a.locationLabel}, ${fair.venue.name} ${fair.venue.roomName}`)],
    ['DESCRIPTION', icalText([a.status === 'mayChange' ? '時間は変更となる場合があります / Times may change.' : '', a.note ?? ''].filter(Boolean).join('\n'))],
    ['STATUS', status],
    ['SEQUENCE', String(a.sequence)],
    ['LAST-MODIFIED', utc(new Date(a.modifiedAt ?? fair.release.publishedAt))],
    ...urlField(links.pageUrl, `#v-${a.id}`),
  ]);
}

function calendar(name: string, events: string[]): string {
  return (
    [
      ...[
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:${PRODID}`,
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        fold(`X-WR-CALNAME:${icalText(name)}`),
        'X-WR-TIMEZONE:Asia/Tokyo',
      ],
      ...events,
      'END:VCALENDAR',
    ].join('\r\n') + '\r\n'
  );
}

/** The public feed: each open day of the fair, and every guest visit. */
export function fairCalendar(fair: PublicFair, links: CalendarLinks = { uidHost: 'bussanten', pageUrl: null }): string {
  const stamp = utc(new Date(fair.release.publishedAt));
  return calendar(fair.fair.title, [...dayEvents(fair, stamp, links), ...fair.appearances.flatMap((a) => appearanceEvent(fair, a, stamp, links))]);
}

/** For an exhibitor's release mail: the days it is at its booth, with the day's hours. */
export function exhibitorCalendar(fair: PublicFair, exhibitor: PublicExhibitor, uidHost = 'bussanten'): string {
  return boothDaysCalendar({
    uidPrefix: `${fair.fair.slug}-${exhibitor.id}`,
    title: fair.fair.title,
    location: `${fair.venue.name} ${fair.venue.roomName}, ${fair.venue.address}`,
    name: `${fair.fair.title} – ${exhibitor.name}`,
    days: fair.days,
    attending: exhibitor.days,
    booths: exhibitor.booths,
    stamp: new Date(fair.release.publishedAt),
    sequence: fair.release.version - 1,
    uidHost,
  });
}

/** What a calendar of an exhibitor's days at its booth is made of (a release's, or its application as it stands now). */
export interface BoothDaysFacts {
  /** Stable for the exhibitor and the fair; each day's UID is `${uidPrefix}-${date}@${uidHost}`. */
  uidPrefix: string;
  title: string;
  location: string;
  /** The calendar's name. */
  name: string;
  days: { date: string; opens: string | null; closes: string | null }[];
  attending: string[];
  booths: { code: string; from: string; to: string }[];
  stamp: Date;
  /** Grows whenever what it says may have changed, so a calendar replaces its events. */
  sequence: number;
  uidHost?: string;
}

/** One event per open day attended, in Japan time, its booth in the summary. */
export function boothDaysCalendar(f: BoothDaysFacts): string {
  const stamp = utc(f.stamp);
  const events = f.days
    .filter((d) => d.opens && d.closes && f.attending.includes(d.date))
    .flatMap((d) => {
      const booth = f.booths.find((b) => b.from <= d.date && d.date <= b.to);
      return event([
        ['UID', `${f.uidPrefix}-${d.date}@${f.uidHost ?? 'bussanten'}`],
        ['DTSTAMP', stamp],
        ['DTSTART', utc(tokyoInstant(d.date, d.opens as string))],
        ['DTEND', utc(tokyoInstant(d.date, d.closes as string))],
        ['SUMMARY', icalText(`${f.title}${booth ? ` ブース ${booth.code}` : ''}`)],
        ['LOCATION', icalText(f.location)],
        ['SEQUENCE', String(f.sequence)],
      ]);
    });
  return calendar(f.name, events);
}
