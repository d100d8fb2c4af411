import type { NoticeKind, PublicFair, PublicNotice } from '@bussanten/contracts';
import { currentNotices, fairIsOn, hoursWithNotices, noticeShownUntil } from '@bussanten/domain';
import { PUBLIC_CACHE_CONTROL } from './public-body';

/** A live notice as the public routes load it with the release (issue 23): no one's name, only what the public sees. */
export interface StoredNotice {
  id: string;
  kind: NoticeKind;
  text: string;
  textEn: string | null;
  day: string | null;
  closesAt: string | null;
  endsAt: string | null;
  postedAt: string;
}

/** While a fair's days are on, its public answers are kept 10 seconds at most (nginx's cache follows), so a notice shows within 10 s. */
export const LIVE_CACHE_CONTROL = 'public, max-age=10';

export interface LiveFair {
  /** The release's snapshot with the notices shown now. */
  fair: PublicFair;
  /** Names the notices shown now: a cached body is kept under the release id and this. */
  key: string;
  /** The Cache-Control of the answers now. */
  cacheControl: string;
}

/** The release as shown at `now`: its snapshot with the current notices (Japan time), never the ended ones. */
export function liveFair(snapshot: PublicFair, notices: readonly StoredNotice[] = [], now: Date = new Date()): LiveFair {
  const current = currentNotices(notices, now);
  const shown: PublicNotice[] = current.map((n) => ({
    id: n.id,
    kind: n.kind,
    text: n.text,
    textEn: n.textEn,
    day: n.day,
    closesAt: n.closesAt,
    postedAt: n.postedAt,
    shownUntil: noticeShownUntil(n)?.toISOString() ?? null,
  }));
  return {
    fair: { ...snapshot, notices: shown },
    key: current.length ? current.map((n) => `${n.id}@${n.postedAt}`).join(',') : '-',
    cacheControl: fairIsOn(snapshot.days, now) ? LIVE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL,
  };
}

/** For the page: the days' hours as the notices shown say (closing early is marked short, as a planned short day), the planned ones left as they are. */
export function withNoticeHours(fair: PublicFair): PublicFair {
  const notices = fair.notices ?? [];
  if (!notices.some((n) => n.kind !== 'notice')) return fair;
  const shown = hoursWithNotices(fair.days, notices);
  return { ...fair, days: shown.map((d, i) => (d.closes !== fair.days[i].closes && d.closes ? { ...d, short: true } : d)) };
}
