import { fairTiming } from '@bussanten/domain';
import {
  metaOf,
  type ApplicationStatus,
  type BoothNeedsInput,
  type Decision,
  type FairForApplicants,
  type MetaCarrier,
  type OutboxState,
  type PermitStatus,
  type ProductCategory,
} from '@bussanten/contracts';
import type { MissingFacility } from '@bussanten/domain';
import { translate, type Lang, type MessageKey } from '../../i18n/dictionaries';
import { formatNumber } from '../../i18n/format';
import { formatTokyoShort } from './day-format';

export const applicationStatusKey = (s: ApplicationStatus): MessageKey => `appStatus.${s}`;
export const productCategoryKey = (c: ProductCategory): MessageKey => `category.${c}`;
export const permitStatusKey = (s: PermitStatus): MessageKey => `permit.${s}`;
export const outboxStateKey = (s: OutboxState): MessageKey => `outbox.state.${s}`;

/** The words on a decision's buttons and dialog, per decision. */
export const DECISION_KEYS: Record<
  Decision,
  { button: MessageKey; row: MessageKey; title: MessageKey; confirm: MessageKey; busy: MessageKey; bulkTitle: MessageKey }
> = {
  accepted: {
    button: 'decision.accept',
    row: 'decision.rowAccept',
    title: 'decision.acceptTitle',
    confirm: 'decision.acceptConfirm',
    busy: 'decision.busy',
    bulkTitle: 'decision.bulkAcceptTitle',
  },
  waitlisted: {
    button: 'decision.waitlist',
    row: 'decision.rowWaitlist',
    title: 'decision.waitlistTitle',
    confirm: 'decision.waitlistConfirm',
    busy: 'decision.busy',
    bulkTitle: 'decision.bulkWaitlistTitle',
  },
  rejected: {
    button: 'decision.reject',
    row: 'decision.rowReject',
    title: 'decision.rejectTitle',
    confirm: 'decision.rejectConfirm',
    busy: 'decision.busy',
    bulkTitle: 'decision.bulkRejectTitle',
  },
};

/** The decisions an organizer can still take: any but the current one, and none on a withdrawn or declined application. */
export function decisionsFor(status: ApplicationStatus): Decision[] {
  if (status === 'withdrawn' || status === 'declined') return [];
  return (['accepted', 'waitlisted', 'rejected'] as const).filter((d) => d !== status);
}

/** An application's booth needs as short phrases ('冷蔵庫', '電源 1,500 W', '6 m²以上'); empty when it needs nothing special. */
export function needsPhrases(needs: BoothNeedsInput, lang: Lang): string[] {
  const out: string[] = [];
  if (needs.minAreaM2 !== null) out.push(translate(lang, 'needs.areaAtLeast', { n: formatNumber(needs.minAreaM2, lang, 2) }));
  if (needs.powerWatts > 0) out.push(translate(lang, 'needs.powerWatts', { n: formatNumber(needs.powerWatts, lang) }));
  if (needs.fridge) out.push(translate(lang, 'facility.fridge'));
  if (needs.freezer) out.push(translate(lang, 'facility.freezer'));
  if (needs.water) out.push(translate(lang, 'facility.water'));
  return out;
}

/** What a booth lacks, as a sentence: '冷蔵庫がありません', '電源が足りません（必要 1,500 W、このブース 1,000 W）'. */
export function missingFacilityText(m: MissingFacility, lang: Lang): string {
  switch (m.facility) {
    case 'area':
      return translate(lang, 'missing.area', { needed: formatNumber(m.needed, lang, 2), available: formatNumber(m.available, lang, 2) });
    case 'power':
      return translate(lang, 'missing.power', { needed: formatNumber(m.needed, lang), available: formatNumber(m.available, lang) });
    default:
      return translate(lang, 'missing.facility', { facility: translate(lang, `facility.${m.facility}`) });
  }
}

/**
 * The lacking facilities named by a 422 BOOTH_LACKS_FACILITIES (details[].meta), as MissingFacility;
 * anything of another shape is left out rather than trusted.
 */
export function missingFromDetails(details: readonly MetaCarrier[]): MissingFacility[] {
  return details.flatMap((d) => {
    const missing = metaOf(d, 'missingFacility');
    return missing ? [missing] : [];
  });
}

export type WindowState = { kind: 'open'; closesAt: string | null } | { kind: 'upcoming'; opensAt: string } | { kind: 'closed' };

/** Where a fair's application window stands for the representative, by the API's own `open` flag. */
export function windowState(fair: Pick<FairForApplicants, 'open' | 'applicationsOpenAt' | 'applicationsCloseAt'>, now: Date): WindowState {
  if (fair.open) return { kind: 'open', closesAt: fair.applicationsCloseAt };
  if (fair.applicationsOpenAt && Date.parse(fair.applicationsOpenAt) > now.getTime()) return { kind: 'upcoming', opensAt: fair.applicationsOpenAt };
  return { kind: 'closed' };
}

export interface FairGroups<F> {
  /** Taking applications now: the only ones listed under 申し込める物産展. */
  open: F[];
  /** Not taking applications now (the window has not opened, or has closed), not over yet. */
  notOpen: F[];
  /** The last day has passed in Japan. */
  ended: F[];
}

/** The fairs of /my/fairs by what a representative can do with them, each in the order given. */
export function fairGroups<F extends Pick<FairForApplicants, 'open' | 'days'>>(fairs: readonly F[], now: Date): FairGroups<F> {
  const groups: FairGroups<F> = { open: [], notOpen: [], ended: [] };
  for (const f of fairs) {
    const dates = f.days.map((d) => d.date).sort();
    // Ended as the public index says it (libs/domain fair-listing): from the day after the last, in Japan.
    const ended = dates.length > 0 && fairTiming({ firstDay: dates[0] as string, lastDay: dates.at(-1) as string }, now) === 'past';
    if (ended) groups.ended.push(f);
    else if (f.open) groups.open.push(f);
    else groups.notOpen.push(f);
  }
  return groups;
}

/** '受付中 〜2月10日 17:00', '受付開始 2月1日 9:00〜', '受付終了'. */
export function windowLabel(state: WindowState, lang: Lang): string {
  switch (state.kind) {
    case 'open':
      return state.closesAt ? translate(lang, 'window.openUntil', { at: formatTokyoShort(state.closesAt, lang) }) : translate(lang, 'window.open');
    case 'upcoming':
      return translate(lang, 'window.upcoming', { at: formatTokyoShort(state.opensAt, lang) });
    default:
      return translate(lang, 'window.closed');
  }
}
