export const FairStatus = {
  Draft: 'draft',
  Accepting: 'accepting',
  Closed: 'closed',
  Published: 'published',
  Archived: 'archived',
} as const;
export type FairStatus = (typeof FairStatus)[keyof typeof FairStatus];
export const FAIR_STATUSES = Object.values(FairStatus);

export interface Room {
  id: string;
  name: string;
}

export interface Venue {
  id: string;
  name: string;
  address: string;
  rooms: Room[];
}

export interface FairDayInput {
  /** YYYY-MM-DD, a day in Japan. */
  date: string;
  /** 'HH:MM' Japan time; both null for a closed day. */
  opens: string | null;
  closes: string | null;
}

export type FairDay = FairDayInput;

export interface FairSummary {
  id: string;
  slug: string;
  title: string;
  titleEn: string | null;
  status: FairStatus;
  firstDay: string;
  lastDay: string;
  venueName: string;
  roomName: string;
}

export interface Fair extends FairSummary {
  description: string | null;
  venue: { id: string; name: string; address: string };
  room: Room;
  days: FairDay[];
  applicationsOpenAt: string | null;
  applicationsCloseAt: string | null;
  programme: string | null;
}

export interface FairInput {
  title: string;
  titleEn?: string | null;
  slug: string;
  roomId: string;
  description?: string | null;
  days: FairDayInput[];
  applicationsOpenAt?: string | null;
  applicationsCloseAt?: string | null;
}
