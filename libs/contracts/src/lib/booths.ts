import type { BoothNeedsInput, StaffMember } from './applications';
import type { Holiday } from './fairs';

/** Tags a booth can carry; shown on the plan and used when placing exhibitors. */
export const BoothTag = {
  Corner: 'corner',
  NearEntrance: 'nearEntrance',
} as const;
export type BoothTag = (typeof BoothTag)[keyof typeof BoothTag];
export const BOOTH_TAGS = Object.values(BoothTag);

/** A booth on a fair's floor plan: a rectangle in metres from the room's top-left corner. */
export interface BoothInput {
  /** Short code painted on the floor and printed on sheets, e.g. 'A1'. Unique within the fair. */
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  /** Electric power available at the booth in watts; 0 = no socket. */
  powerWatts: number;
  fridge: boolean;
  freezer: boolean;
  water: boolean;
  cookingAllowed: boolean;
  tags: BoothTag[];
  /** How attractive the spot is, 0 (quiet corner) to 3 (by the entrance); spread fairly across the years by the proposal. Default 0. */
  prime?: number;
  /**
   * The area of the room the booth belongs to (区画), such as '入口側' or 'A列': at most 30
   * characters, stored trimmed; blank, null or left out = none.
   */
  zone?: string | null;
}

export interface Booth extends BoothInput {
  id: string;
  prime: number;
  zone: string | null;
  /** width × depth, rounded to 0.01 m². */
  areaM2: number;
}

/** GET /api/fairs/:id/booths */
export interface FloorPlan {
  fairId: string;
  room: { id: string; name: string; widthM: number; depthM: number };
  /** True for invented demo plans, so the UI can say so. */
  sample: boolean;
  booths: Booth[];
}

/** POST /api/fairs/:id/booths/copy: copy every booth of an earlier fair's plan into an empty plan. */
export interface CopyPlanInput {
  fromFairId: string;
}

/** Objective terms of a plan, each already weighted (see libs/domain booth-assignment/types.ts). */
export interface ProposalObjective {
  total: number;
  unassigned: number;
  prime_repeat: number;
  preference_miss: number;
  same_category_adjacent: number;
  group_adjacent_bonus: number;
  /** weights.move × exhibitors the plan takes off the booth they hold now (moved or left out). */
  move: number;
}

/** Why the proposal puts an application on a booth; the UI words it in the reader's language. */
export type ProposalReason =
  | { kind: 'locked' }
  | { kind: 'preferred' }
  /** Facilities are 'fridge', 'freezer', 'water' or 'power≥<watts>W'. */
  | { kind: 'needs'; facilities: string[]; minAreaM2: number }
  /** Next to other members of its multi-party agreement (neighbours are municipality names). */
  | { kind: 'groupNeighbours'; group: string; neighbours: string[] }
  /**
   * It had prime spots at earlier fairs, so it gets a quieter one this time: only when a more prime
   * booth it fits was there to be had (not when its booth is the only one that suits it).
   */
  | { kind: 'quieterSpot'; primeHistory: number; prime: number }
  /** A neighbour sells the same kind of product: the best the proposal could do. */
  | { kind: 'sameCategoryNeighbours'; category: string; neighbours: string[] }
  /** A move: it holds `booths` booths over its days (split by hand) and gets one for all of them. */
  | { kind: 'gathered'; booths: number }
  /** A move: its booth now lacks facilities it needs (`missing`), or is smaller than `minAreaM2` (0: large enough). */
  | { kind: 'oldBoothUnfit'; booth: string; missing: string[]; minAreaM2: number }
  /** A move: its days changed, and its booth is held by `holder` on `day`, one of its new days. */
  | { kind: 'oldBoothTakenOnNewDay'; booth: string; day: string; holder: string }
  /**
   * A move: its booth goes to `holder`, who needs `facilities` (those not every booth has; may be
   * empty) or had no booth before (`holderHadNoBooth`).
   */
  | { kind: 'oldBoothTaken'; booth: string; holder: string; facilities: string[]; holderHadNoBooth: boolean }
  /** A move: it no longer stands beside these exhibitors of the same kind of product. */
  | { kind: 'leftSameCategory'; category: string; neighbours: string[] }
  /** A move: it now stands beside these members of its multi-party agreement, which it did not before. */
  | { kind: 'joinedGroup'; group: string; neighbours: string[] }
  /** Nothing else to say: the booth suits it. */
  | { kind: 'fits'; areaM2: number };

/**
 * What the objective counts of a plan, as people count it (not weighted): the proposal's objective
 * in words compares these before and after.
 */
export interface ProposalPlanCounts {
  /** Accepted applications without a booth. */
  unassigned: number;
  /** Pairs of exhibitors of the same kind of product side by side on a day they share. */
  sameCategoryPairs: number;
  /** Pairs of members of the same multi-party agreement side by side on a day they share. */
  groupPairs: number;
  /** Exhibitors that had prime spots before and stand on a prime booth (prime > 0) again. */
  primeRepeats: number;
  /** Exhibitors with preferred booths that got none of them. */
  preferenceMisses: number;
}

/**
 * Why the solver left an application out, as data; the UI words it in the reader's language and
 * the solver in English (libs/domain describeUnassigned). Booths are booth codes, applications the
 * problem's ids (municipality names), days 'YYYY-MM-DD', facilities as in ProposalReason 'needs'.
 */
export type UnassignedCause =
  | { kind: 'noBooths' }
  /** None of its days is a day of the fair. */
  | { kind: 'noFairDays' }
  /** No booth has all these facilities (never empty). */
  | { kind: 'noBoothWithFacilities'; facilities: string[] }
  /** Booths with its facilities (all booths when it needs none) exist, but none is large enough. */
  | { kind: 'noBoothLargeEnough'; facilities: string[]; minAreaM2: number; largestAreaM2: number }
  /**
   * Every suitable booth (`booths` of them; `onlyBooth` names it when there is one) is taken on
   * `day`. `holders` names at most 6 applications; past 6, it names 5 and `otherHolders` counts the rest.
   */
  | {
      kind: 'suitableBoothsTaken';
      facilities: string[];
      minAreaM2: number;
      booths: number;
      onlyBooth: string | null;
      day: string;
      holders: string[];
      otherHolders: number;
    }
  /** `booth` suits it and is free on its days, but with these weights leaving it out scores better. */
  | { kind: 'leftOutCheaper'; facilities: string[]; minAreaM2: number; booth: string }
  /**
   * Each of the `booths` suitable booths is taken on one of its `days`; `taken` gives who holds the
   * first (at most 4) of them, and on which day.
   */
  | {
      kind: 'suitableBoothsTakenOnSomeDay';
      facilities: string[];
      minAreaM2: number;
      days: string[];
      booths: number;
      taken: { booth: string; day: string; holder: string }[];
    }
  /** Locked (pinned) to a booth the problem does not have. */
  | { kind: 'lockedBoothMissing'; booth: string }
  | { kind: 'lockedBoothTooSmall'; booth: string; areaM2: number; minAreaM2: number }
  | { kind: 'lockedBoothLacks'; booth: string; missing: string[] }
  /** `holder`, earlier in the problem, is locked to the same booth on `day`. */
  | { kind: 'lockedBoothClash'; booth: string; holder: string; day: string };

export type ProposalChangeKind = 'keep' | 'assign' | 'move' | 'unassign';

/** One accepted application in a proposal: where it is now, where the proposal puts it, and why. */
export interface ProposalChange {
  applicationId: string;
  municipalityName: string;
  kind: ProposalChangeKind;
  /** The booth it holds now (the first, if it holds several), or null. */
  current: { boothId: string; boothCode: string } | null;
  /** The booth proposed for all its days, or null when it is left out. */
  proposed: { boothId: string; boothCode: string } | null;
  /** Pinned by an organizer: the proposal never moves it. */
  pinned: boolean;
  /** Why this booth (empty when left out). */
  reasons: ProposalReason[];
  /** Why it is left out, as data for the UI to word, or null when it is not left out. */
  unassignedCause: UnassignedCause | null;
  /** The same in the solver's English (as `npm run assign` prints it), or null. */
  unassignedReason: string | null;
}

/** POST /api/fairs/:id/assignment-proposal: nothing changes until accepted. */
export interface AssignmentProposal {
  fairId: string;
  seed: number;
  before: ProposalObjective;
  after: ProposalObjective;
  /** The same plans counted as people count them, for the objective in words. */
  counts: { before: ProposalPlanCounts; after: ProposalPlanCounts };
  /**
   * What the proposal's moves cost: `count` exhibitors taken off the booth they hold now (moved or
   * left out), each costing `weight` in the objective (`cost` = after.move). The solver moves one
   * only where that gains more than `weight`.
   */
  moves: { count: number; weight: number; cost: number };
  changes: ProposalChange[];
}

export interface ProposalRequest {
  /** Seed of the solver; the same seed and data give the same proposal. Default 1. */
  seed?: number;
}

/**
 * POST /api/fairs/:id/assignment-proposal/accept: applies the chosen changes in one transaction
 * (all or nothing). `expectedBoothId` is the booth the proposal saw (null = none); if it changed
 * since, the request is refused with 409 so nobody's edit is overwritten.
 */
export interface AcceptProposalInput {
  changes: { applicationId: string; expectedBoothId: string | null; boothId: string | null }[];
}

/** PUT /api/assignments/:id/pin: pins (or unpins) one assignment; a proposal keeps a pinned booth. */
export interface PinInput {
  pinned: boolean;
}

/**
 * One exhibitor on the day sheet: who holds the booth that day and what the floor needs to know.
 * Private (staff names and phones): organizers of the fair's host only, never on a public route.
 */
export interface DaySheetExhibitor {
  applicationId: string;
  municipalityName: string;
  prefecture: string;
  productNames: string[];
  needs: BoothNeedsInput;
  staffCount: number;
  /** The on-site staff as the application names them (name and phone). */
  staff: StaffMember[];
  /** The holding of this booth starts that day: the exhibitor loads in (on later days it is already in). */
  loadsIn: boolean;
  /** 'HH:MM' Japan time, or null when not given. */
  loadInTime: string | null;
  vehicle: string | null;
}

/** A booth of the plan, where it is (metres, for the map), and who holds it that day (or nobody). */
export interface DaySheetBooth {
  id: string;
  code: string;
  /** 区画 (入口側, A列), null when none. */
  zone: string | null;
  x: number;
  y: number;
  width: number;
  depth: number;
  exhibitor: DaySheetExhibitor | null;
}

/** A guest's visit that day (cancelled ones left out), in start order. */
export interface DaySheetVisit {
  id: string;
  /** 'HH:MM' Japan time. */
  start: string;
  end: string;
  /** The duration is approximate (30分程度). */
  approximate: boolean;
  status: 'planned' | 'confirmed' | 'mayChange';
  guest: { name: string; nameEn: string | null };
  /** Where: a booth (its code and who holds it then), a stage, or the whole venue. */
  place: { kind: 'booth'; boothCode: string; holder: string | null } | { kind: 'stage'; name: string; nameEn: string | null } | { kind: 'venue' };
}

/**
 * GET /api/fairs/:id/day-sheet?day=YYYY-MM-DD: everything the 当日シート prints for one day of a
 * fair, in one answer. Organizers of the fair's host only.
 */
export interface DaySheet {
  fair: { id: string; title: string; titleEn: string | null; venueName: string; roomName: string };
  /** The room's size in metres: the map's drawing area. */
  room: { widthM: number; depthM: number };
  /** The day asked for, with its opening hours; `closed` (both hours null) on a 休業日 of the fair. */
  day: { date: string; opens: string | null; closes: string | null; closed: boolean; holiday: Holiday | null };
  /** Every booth of the plan, in booth-code order (A2 before A10). */
  booths: DaySheetBooth[];
  visits: DaySheetVisit[];
}
