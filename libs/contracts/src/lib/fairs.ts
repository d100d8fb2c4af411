import type { FairDayCascade } from './fair-day-changes';

/** Where a fair is in taking applications. Whether the public sees it is `visible`, a separate state. */
export const FairStatus = {
  Draft: 'draft',
  Accepting: 'accepting',
  Closed: 'closed',
  Archived: 'archived',
} as const;
export type FairStatus = (typeof FairStatus)[keyof typeof FairStatus];
export const FAIR_STATUSES = Object.values(FairStatus);

export interface Room {
  id: string;
  name: string;
  /** Inner size of the room in metres: the floor plan's drawing area (x to the right, y down). */
  widthM: number;
  depthM: number;
}

export interface RoomInput {
  /** Present to edit an existing room; absent to add one. */
  id?: string;
  name: string;
  widthM: number;
  depthM: number;
}

export interface VenueInput {
  name: string;
  /** 郵便番号 '140-0011' (full-width and without the hyphen are read too); absent or null when not known. */
  postalCode?: string | null;
  /** 都道府県 and 市区町村, filled from the postal code in the form; absent or null for an address written whole. */
  prefecture?: string | null;
  city?: string | null;
  /** The rest of the address (town, block, building), or the whole address when the parts above are empty. */
  address: string;
  rooms: RoomInput[];
}

/** A venue without its rooms (a fair's venue). */
export interface VenueSummary {
  id: string;
  name: string;
  postalCode: string | null;
  prefecture: string | null;
  city: string | null;
  address: string;
}

export interface Venue extends VenueSummary {
  rooms: Room[];
}

/** GET /api/postal-codes/:code: the places a postal code stands for (most codes have one). */
export interface PostalCodeLookup {
  postalCode: string;
  places: PostalCodePlace[];
}

export interface PostalCodePlace {
  prefecture: string;
  prefectureCode: number;
  city: string;
  /** 町域 ('東大井'), '' where the code covers a whole city. */
  town: string;
}

export interface FairDayInput {
  /** YYYY-MM-DD, a day in Japan. */
  date: string;
  /** 'HH:MM' Japan time; both null for a closed day. */
  opens: string | null;
  closes: string | null;
}

export interface Holiday {
  name: string;
  nameEn: string;
}

export interface FairDay extends FairDayInput {
  /** The Japanese national holiday on this date, if any (from a maintained holiday calendar). */
  holiday: Holiday | null;
}

export interface FairSummary {
  id: string;
  slug: string;
  title: string;
  titleEn: string | null;
  status: FairStatus;
  /** 公開中 (true) or not: the public routes serve the latest release only while visible. */
  visible: boolean;
  /** The latest release's version; null while never published. */
  releasedVersion: number | null;
  firstDay: string;
  lastDay: string;
  venueName: string;
  roomName: string;
}

export interface Fair extends FairSummary {
  description: string | null;
  venue: VenueSummary;
  room: Room;
  days: FairDay[];
  applicationsOpenAt: string | null;
  applicationsCloseAt: string | null;
  programme: string | null;
}

/**
 * PUT /api/fairs/:id takes the same body as POST: the whole fair, days included. Closing, removing
 * or shortening a day that applications attend or guests visit needs `cascade` (see FairDayCascade);
 * POST ignores it.
 */
export interface FairInput {
  title: string;
  titleEn?: string | null;
  slug: string;
  roomId: string;
  description?: string | null;
  days: FairDayInput[];
  applicationsOpenAt?: string | null;
  applicationsCloseAt?: string | null;
  /** What happens to the applications and visits a day change strands; absent: refuse with 409. */
  cascade?: FairDayCascade;
}

/** POST /api/fairs/:id/status */
export interface FairStatusChange {
  status: FairStatus;
}

/** PUT /api/fairs/:id/visibility: false is 公開停止 (every public route answers 410), true is 公開再開 (the last release again). */
export interface FairVisibilityChange {
  public: boolean;
}
