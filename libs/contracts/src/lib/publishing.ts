import type { PublicNotice } from './notices';
import type { Holiday } from './fairs';
import type { AppearanceStatus, GuestKind } from './guests';
import type { ProductCategory } from './applications';

/**
 * The public schedule of a fair as released: an immutable snapshot, versioned. Every public route
 * (page, JSON feed, iCal, CSV) is made from it and from nothing else, so a draft or a private field
 * can only leak if the snapshot builder puts it here — and it has no field for staff, phones,
 * e-mails, permits or notes. JSON feed: GET /api/public/fairs/:slug (whole) and
 * /api/public/fairs/:slug/days/:date (one day); `schemaVersion` changes only with breaking changes.
 */
export interface PublicFair {
  schemaVersion: 1;
  release: { version: number; publishedAt: string; note: string | null };
  fair: {
    slug: string;
    title: string;
    titleEn: string | null;
    description: string | null;
    programme: string | null;
    hostName: string;
    hostNameEn: string | null;
  };
  venue: { name: string; address: string; roomName: string; mapUrl: string };
  days: PublicDay[];
  exhibitors: PublicExhibitor[];
  appearances: PublicAppearance[];
  plan: { widthM: number; depthM: number; booths: PublicBooth[] };
  /** What changed since the previous release (empty for the first). */
  changes: ReleaseChange[];
  /**
   * The live notices shown now (issue 23), added by the feeds when they are served: they are not
   * part of the release (a stored snapshot has none), and change without a new one.
   */
  notices?: PublicNotice[];
}

export interface PublicDay {
  date: string;
  opens: string | null;
  closes: string | null;
  holiday: Holiday | null;
  /** Closes earlier than the fair's longest day (the 21st until 18:00). */
  short: boolean;
  /**
   * The day's iCal SEQUENCE: grows only in a release that changes what the day's event says (its
   * hours, the fair's title or the venue). Absent in releases published before it existed, whose
   * feed used the release's version minus one for every day.
   */
  sequence?: number;
  /** The instant of the release that last changed the day's event (iCal LAST-MODIFIED); absent in older releases. */
  modifiedAt?: string;
}

export interface PublicTie {
  /** '災害協定', '水と緑のふれあい交流協定', '特別区全国連携プロジェクト' */
  label: string;
  /**
   * For English readers: the agreement kind's English name ('Disaster mutual-aid agreement') or the
   * programme's; null for a tie the registry does not know. Absent in releases published before it existed.
   */
  labelEn?: string | null;
  /** The registry's short public explanation of that kind of tie, if it has one. */
  explanation: string | null;
}

export interface PublicExhibitor {
  /** Stable across releases (the municipality's id). */
  id: string;
  name: string;
  nameEn: string | null;
  /** The name's kana reading (みやこし), for finding it; absent in releases published before it existed. */
  reading?: string;
  prefecture: string;
  /** The tie as the organizer wrote it, e.g. '災害協定、商店街イベント(目黒のさんま祭り)'. */
  tieLabel: string | null;
  ties: PublicTie[];
  /** nameEn: the name for English readers, or null; absent in releases published before it existed. */
  products: {
    name: string;
    nameEn?: string | null;
    category: ProductCategory;
    priceMin: number | null;
    priceMax: number | null;
    food: boolean;
    alcohol: boolean;
  }[];
  booths: { code: string; from: string; to: string }[];
  days: string[];
  /** The exhibitor's own words for visitors (出展者からのひとこと), and in English; absent in releases published before they existed. */
  prText?: string | null;
  prTextEn?: string | null;
}

export interface PublicAppearance {
  /** Stable: the appearance's id, also the iCal UID. */
  id: string;
  guest: { name: string; nameEn: string | null; kind: GuestKind; profile: string | null; profileEn: string | null; photoUrl: string | null };
  date: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  approximate: boolean;
  locationLabel: string;
  /** The same for English readers ('Whole venue', 'A1 Miyako', the stage's English name); absent in releases published before it existed. */
  locationLabelEn?: string;
  status: AppearanceStatus;
  note: string | null;
  /** iCal SEQUENCE: how many releases changed this appearance after it first appeared. */
  sequence: number;
  /** The instant of the release that last changed it (iCal LAST-MODIFIED); absent in older releases. */
  modifiedAt?: string;
}

export interface PublicBooth {
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  /** The area of the hall the booth is in ('入口側', 'A列'), or null; absent in releases published before it existed. */
  zone?: string | null;
  /** `nameEn`: the municipality's English name; absent in releases published before it existed. */
  holders: { name: string; nameEn?: string | null; from: string; to: string }[];
}

export type ReleaseChangeKind =
  | 'exhibitorAdded'
  | 'exhibitorWithdrawn'
  | 'boothMoved'
  | 'exhibitorDaysChanged'
  | 'dayAdded'
  | 'dayRemoved'
  | 'hoursChanged'
  | 'appearanceAdded'
  | 'appearanceMoved'
  | 'appearanceCancelled'
  | 'appearanceRemoved';

/** One line of a changelog; `subject` names who or what (宮古市, ハタチの龍馬, 2023-02-21). */
export interface ReleaseChange {
  kind: ReleaseChangeKind;
  subject: string;
  before: string | null;
  after: string | null;
  /** The exhibitor's or appearance's id, or the date, to mark it on the page. */
  ref: string;
  /**
   * The same for English readers, where it reads otherwise: the exhibitor's or guest's English name
   * (null: it has none) and a visit's place in English. Absent when nothing differs, and in releases
   * published before it existed.
   */
  en?: { subject: string | null; before: string | null; after: string | null };
}

/** POST /api/fairs/:id/releases */
export interface PublishInput {
  note: string | null;
}

/** GET /api/fairs/:id/releases (organizers): the release history, newest first. */
export interface ReleaseSummary {
  id: string;
  version: number;
  publishedAt: string;
  authorName: string | null;
  note: string | null;
  changes: ReleaseChange[];
}

/**
 * GET /api/public/fairs (public): every visible fair, ended ones included, by first day; the facts
 * come from its latest release. The pages /f and /en/f show the same fairs, current and upcoming
 * apart from ended ones.
 */
export interface PublicFairListing {
  slug: string;
  title: string;
  titleEn: string | null;
  hostName: string;
  hostNameEn: string | null;
  firstDay: string;
  lastDay: string;
  venueName: string;
}
