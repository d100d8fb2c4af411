export const GuestKind = {
  Mascot: 'mascot',
  Ambassador: 'ambassador',
  Performer: 'performer',
  Other: 'other',
} as const;
export type GuestKind = (typeof GuestKind)[keyof typeof GuestKind];
export const GUEST_KINDS = Object.values(GuestKind);

/** POST /api/guests and PUT /api/guests/:id */
export interface GuestInput {
  name: string;
  nameEn: string | null;
  kind: GuestKind;
  /** The municipality that sends the guest (a town's mascot, a drum group); null = the host's own guest. */
  ownerMunicipalityId: string | null;
  /** Short public profile. */
  profile: string | null;
  profileEn: string | null;
  /** Private: who to call about the guest. Never on a public route. */
  contact: string | null;
}

export interface Guest extends GuestInput {
  id: string;
  /** The host's or the municipality's name. */
  ownerName: string;
  /** GET address of the re-encoded photo (JPEG), or null; changes when the photo changes. */
  photoUrl: string | null;
}

/** POST /api/guests/:id/photo: where the new photo is (the guest's photoUrl from now on). */
export interface GuestPhoto {
  photoUrl: string;
}

export const AppearanceStatus = {
  Planned: 'planned',
  Confirmed: 'confirmed',
  /** Announced with "times may change" (日程は変更となる場合があります). */
  MayChange: 'mayChange',
  Cancelled: 'cancelled',
} as const;
export type AppearanceStatus = (typeof AppearanceStatus)[keyof typeof AppearanceStatus];
export const APPEARANCE_STATUSES = Object.values(AppearanceStatus);

/** Where a guest appears: a booth of the fair, a stage of the fair, or the whole venue (walking around). */
export type AppearanceLocation = { kind: 'booth'; boothId: string } | { kind: 'stage'; stageId: string } | { kind: 'venue' };

/** POST /api/fairs/:id/appearances and PUT /api/appearances/:id. Times are Japan time on `date`. */
export interface AppearanceInput {
  guestId: string;
  /** A day of the fair, 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM' Japan time. */
  start: string;
  /** 'HH:MM' Japan time; or leave null and give durationMinutes. */
  end: string | null;
  durationMinutes: number | null;
  /** The duration is approximate: shown as "about 30 min" (30分程度). */
  approximate: boolean;
  location: AppearanceLocation;
  status: AppearanceStatus;
  publicNote: string | null;
}

/** POST /api/fairs/:id/appearances/repeat: the same appearance at several start times, all or nothing. */
export interface RepeatAppearanceInput extends Omit<AppearanceInput, 'start' | 'end'> {
  starts: string[];
}

/** Something worth knowing that does not block saving. */
export interface AppearanceWarning {
  rule: 'exhibitorAbsent' | 'nearClosing';
  message: string;
  meta?: Record<string, unknown>;
}

export interface Appearance {
  /** Stable: one per appearance, kept when it moves (the iCal UID later). */
  id: string;
  fairId: string;
  guest: { id: string; name: string; nameEn: string | null; kind: GuestKind };
  date: string;
  start: string;
  end: string;
  /** The same instants as ISO 8601 with offset. */
  startsAt: string;
  endsAt: string;
  approximate: boolean;
  location: AppearanceLocation;
  /** '地下1階催事場 全体', 'ステージ', 'A1 宮古市' — for lists. */
  locationLabel: string;
  status: AppearanceStatus;
  publicNote: string | null;
  warnings: AppearanceWarning[];
}

/** A stage or other shared place of a fair. `shared` lets several appearances happen there at once. */
export interface StageInput {
  name: string;
  nameEn: string | null;
  shared: boolean;
}

export interface Stage extends StageInput {
  id: string;
}

/** POST /api/fairs/:id/appearances/check: what saving would say, without saving. */
export interface AppearanceCheck {
  /** The same details a refusal would carry (field, rule, message, meta naming the other party). */
  problems: { field: string; rule: string; message: string; meta?: Record<string, unknown> }[];
  warnings: AppearanceWarning[];
}
