import type { BoothTag, FairStatus, FairSummary } from '@bussanten/contracts';
import { isIsoDate, warekiOfDate, weekdayOf } from '@bussanten/domain';
import { translate, type Lang, type MessageKey } from '../../i18n/dictionaries';

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

/** '金' / 'Fri' for a calendar date, whatever the browser's time zone (libs/messages formats days in Japan time). */
export function weekdayName(date: string, lang: Lang): string {
  return translate(lang, 'date.weekday', { day: date });
}

/** Sunday or Saturday, to colour a day row like a Japanese calendar does. */
export function isWeekend(date: string): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

/** '2月17日(金)' / 'Fri, Feb 17': a day of a fair whose year is already on screen. */
export function formatDay(date: string, lang: Lang): string {
  return isIsoDate(date) ? translate(lang, 'date.day', { day: date }) : date;
}

/** 和暦 with the weekday: '令和5年2月17日(金)'. */
const warekiDate = (date: string): string => translate('ja', 'date.wareki', { day: date });

/** '2023年2月17日(金)' / 'Fri, Feb 17, 2023'. */
export function formatFullDate(date: string, lang: Lang): string {
  return isIsoDate(date) ? translate(lang, 'date.full', { day: date }) : date;
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
      ? formatFullDate(first, lang)
      : `${sameYear ? formatDay(first, lang) : formatFullDate(first, lang)} – ${formatFullDate(last, lang)}`;
    const eraYear = (w: typeof w1) => (w ? `${w.eraEn} ${w.year}` : '');
    const wareki = sameEraYear || !w2 ? eraYear(w1) : `${eraYear(w1)} – ${eraYear(w2)}`;
    return { western, wareki };
  }
  const western = sameDay ? formatFullDate(first, lang) : `${formatFullDate(first, lang)}〜${sameYear ? formatDay(last, lang) : formatFullDate(last, lang)}`;
  const wareki = sameDay ? warekiDate(first) : `${warekiDate(first)}〜${sameEraYear ? formatDay(last, lang) : warekiDate(last)}`;
  return { western, wareki };
}

/** A fair's title in the reader's language: the English title when reading English and one is set. */
export function fairTitle(fair: { title: string; titleEn: string | null }, lang: Lang): string {
  return lang === 'en' && fair.titleEn ? fair.titleEn : fair.title;
}

/** The public address of a fair, as the form explains it. */
export const publicPath = (slug: string) => `/f/${slug}`;
