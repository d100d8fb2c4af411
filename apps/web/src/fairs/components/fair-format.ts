import type { BoothTag, FairStatus, FairSummary } from '@bussanten/contracts';
import { formatWarekiDate, isIsoDate, warekiOfDate, weekdayOf } from '@bussanten/domain';
import { translate, type Lang, type MessageKey } from '../../i18n/dictionaries';

/** Sunday first, as weekdayOf counts. */
const WEEKDAY_KEYS = [
  'fairs.weekday.0',
  'fairs.weekday.1',
  'fairs.weekday.2',
  'fairs.weekday.3',
  'fairs.weekday.4',
  'fairs.weekday.5',
  'fairs.weekday.6',
] as const satisfies readonly MessageKey[];

export const FAIR_STATUS_KEYS: Record<FairStatus, MessageKey> = {
  draft: 'fairs.status.draft',
  accepting: 'fairs.status.accepting',
  closed: 'fairs.status.closed',
  archived: 'fairs.status.archived',
};

export type Visibility = 'visible' | 'stopped' | 'never';

/** Never published, published and shown, or shown once and stopped (公開停止). */
export function visibilityOf(fair: Pick<FairSummary, 'visible' | 'releasedVersion'>): Visibility {
  if (fair.visible) return 'visible';
  return fair.releasedVersion === null ? 'never' : 'stopped';
}

export const VISIBILITY_KEYS: Record<Visibility, MessageKey> = {
  visible: 'fairs.visibility.visible',
  stopped: 'fairs.visibility.stopped',
  never: 'fairs.visibility.never',
};

export const BOOTH_TAG_KEYS: Record<BoothTag, MessageKey> = {
  corner: 'plan.tag.corner',
  nearEntrance: 'plan.tag.nearEntrance',
};

/** '金' / 'Fri' for a calendar date, whatever the browser's time zone (pure calendar arithmetic). */
export function weekdayName(date: string, lang: Lang): string {
  return translate(lang, WEEKDAY_KEYS[weekdayOf(date)]);
}

/** Sunday or Saturday, to colour a day row like a Japanese calendar does. */
export function isWeekend(date: string): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

function parts(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

// UTC on both ends: a calendar date from the API is a day in Japan, not an instant to shift.
const EN_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
const EN_FULL = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
const utc = (date: string) => {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
};

/** '2月17日(金)' / 'Fri, Feb 17': a day of a fair whose year is already on screen. */
export function formatDay(date: string, lang: Lang): string {
  if (!isIsoDate(date)) return date;
  if (lang === 'en') return EN_DAY.format(utc(date));
  const { month, day } = parts(date);
  return `${month}月${day}日(${weekdayName(date, lang)})`;
}

/** '2023年2月17日(金)' / 'Fri, Feb 17, 2023'. */
export function formatFullDate(date: string, lang: Lang): string {
  if (!isIsoDate(date)) return date;
  if (lang === 'en') return EN_FULL.format(utc(date));
  return `${parts(date).year}年${formatDay(date, lang)}`;
}

export interface FairPeriod {
  /** Gregorian: '2023年2月17日(金)〜2月21日(火)' / 'Fri, Feb 17 – Tue, Feb 21, 2023'. */
  western: string;
  /** 和暦: '令和5年2月17日(金)〜2月21日(火)' / 'Reiwa 5'. */
  wareki: string;
}

/**
 * A fair's dates both ways, because organizers in a ward office write 和暦 on their papers and
 * exhibitors (and English readers) think in Gregorian years. The year is said once when both
 * ends share it.
 */
export function formatFairPeriod(first: string, last: string, lang: Lang): FairPeriod {
  if (!isIsoDate(first) || !isIsoDate(last)) return { western: `${first}〜${last}`, wareki: '' };
  const sameDay = first === last;
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const w1 = warekiOfDate(first);
  const w2 = warekiOfDate(last);
  const sameEraYear = !!w1 && !!w2 && w1.era === w2.era && w1.year === w2.year;
  if (lang === 'en') {
    const western = sameDay
      ? EN_FULL.format(utc(first))
      : sameYear
        ? `${EN_DAY.format(utc(first))} – ${EN_FULL.format(utc(last))}`
        : `${EN_FULL.format(utc(first))} – ${EN_FULL.format(utc(last))}`;
    const eraYear = (w: typeof w1) => (w ? `${w.eraEn} ${w.year}` : '');
    const wareki = sameEraYear || !w2 ? eraYear(w1) : `${eraYear(w1)} – ${eraYear(w2)}`;
    return { western, wareki };
  }
  const western = sameDay ? formatFullDate(first, lang) : `${formatFullDate(first, lang)}〜${sameYear ? formatDay(last, lang) : formatFullDate(last, lang)}`;
  const wareki = sameDay ? formatWarekiDate(first) : `${formatWarekiDate(first)}〜${sameEraYear ? formatDay(last, lang) : formatWarekiDate(last)}`;
  return { western, wareki };
}

/** A fair's title in the reader's language: the English title when reading English and one is set. */
export function fairTitle(fair: { title: string; titleEn: string | null }, lang: Lang): string {
  return lang === 'en' && fair.titleEn ? fair.titleEn : fair.title;
}

/** The public address of a fair, as the form explains it. */
export const publicPath = (slug: string) => `/f/${slug}`;
