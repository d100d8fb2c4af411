/**
 * Live notices (issue 23): posted on the day by an organizer or on-site staff, shown on the public
 * page, the JSON feed and the iCal feed at once, without a new release. Display only: they never
 * change applications, holdings or the planned hours.
 */
export const NOTICE_KINDS = ['notice', 'closingEarly', 'closedDay'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** POST /api/fairs/:id/notices */
export interface NoticeInput {
  /** Default 'notice'. */
  kind?: NoticeKind;
  /** Japanese text (required, up to 500 characters). */
  text: string;
  /** English text (optional). */
  textEn?: string | null;
  /** YYYY-MM-DD, a day of the fair; absent: the whole fair. Required for closingEarly and closedDay. */
  day?: string | null;
  /** HH:MM, only for closingEarly: within that day's hours. */
  closesAt?: string | null;
  /** ISO 8601 instant; absent: the notice ends with its day (or stays until removed when it has no day). */
  endsAt?: string | null;
}

/** A notice as the organizer and staff see it. */
export interface FairNotice {
  id: string;
  fairId: string;
  kind: NoticeKind;
  text: string;
  textEn: string | null;
  day: string | null;
  closesAt: string | null;
  endsAt: string | null;
  /** When it stops being shown (endsAt, else the end of its day in Japan); null: until removed. */
  shownUntil: string | null;
  /** Whether the public page shows it now. */
  current: boolean;
  postedBy: string;
  postedAt: string;
}

/** A notice as the public feeds carry it (no names of who posted it). */
export interface PublicNotice {
  id: string;
  kind: NoticeKind;
  text: string;
  textEn: string | null;
  day: string | null;
  closesAt: string | null;
  postedAt: string;
  /** When it stops being shown; null: until removed. */
  shownUntil: string | null;
}

/** A fair an organizer or on-site staff may post notices for (GET /api/notices/fairs): what the notice form needs. */
export interface NoticeFair {
  id: string;
  title: string;
  titleEn: string | null;
  slug: string;
  status: string;
  days: { date: string; opens: string | null; closes: string | null }[];
}

/** GET /api/fairs/:id/notices: the fair and its notices, newest first (ended ones too, marked not current). */
export interface FairNotices {
  fair: NoticeFair;
  notices: FairNotice[];
}
