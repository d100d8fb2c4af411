import { areaOf, type Rect } from '../floor-plan';
import { DEFAULT_MOVE_WEIGHT, type AssignmentApplication, type AssignmentWeights, type BoothAssignmentInstance } from './types';

/** The weights the organizers agreed on; an organizer can still edit the exported file. */
export const DEFAULT_ASSIGNMENT_WEIGHTS: AssignmentWeights = {
  unassigned: 1000,
  prime_repeat: 2,
  preference_miss: 5,
  same_category_adjacent: 20,
  group_adjacent_bonus: 4,
  move: DEFAULT_MOVE_WEIGHT,
};

/** Two booths are neighbours when their sides face each other across at most this gap (metres; aisles are wider)… */
const TOUCH_GAP_M = 1;
/** …along a shared stretch of at least this, so booths meeting only at a corner are not. */
const MIN_SHARED_M = 0.5;

function sharedLength(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/**
 * Pairs of booths (by index, i < j) whose sides touch. Booths across an aisle are not
 * neighbours: visitors see them apart.
 */
export function touchingBooths(rects: Rect[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i];
      const b = rects[j];
      const gapX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
      const gapY = Math.max(b.y - (a.y + a.depth), a.y - (b.y + b.depth));
      const sideBySide = gapX <= TOUCH_GAP_M && gapX > -1e-9 && sharedLength(a.y, a.y + a.depth, b.y, b.y + b.depth) >= MIN_SHARED_M;
      const backToBack = gapY <= TOUCH_GAP_M && gapY > -1e-9 && sharedLength(a.x, a.x + a.width, b.x, b.x + b.width) >= MIN_SHARED_M;
      if (sideBySide || backToBack) pairs.push([i, j]);
    }
  return pairs;
}

export interface FairBoothFacts extends Rect {
  code: string;
  powerWatts: number;
  fridge: boolean;
  freezer: boolean;
  water: boolean;
  /** 調理可; absent = no. */
  cookingAllowed?: boolean;
  prime: number;
}

export interface FairApplicationFacts {
  /** Shown in the file and in reasons, e.g. the municipality's name; unique within the fair. */
  label: string;
  days: string[];
  needs: { minAreaM2: number | null; powerWatts: number; fridge: boolean; freezer: boolean; water: boolean; cooking?: boolean };
  /** Categories of its products in the order entered; the most frequent one is its category. */
  productCategories: string[];
  /** Agreements with more than one party municipality that it is a party to (e.g. 東海道五十三次). */
  multiPartyAgreements: string[];
  /** Earlier fairs of the host in which it held a booth with prime > 0. */
  primeHistory: number;
  /** Code of the booth an organizer pinned it to, if any. */
  pinnedBoothCode: string | null;
  /** Code of the booth it holds now (its first, if several), or null; absent = none. */
  currentBoothCode?: string | null;
}

/** Power is a level, not a yes/no: a need of 1500 W is the facility "power≥1500W". */
const powerFacility = (watts: number) => `power≥${watts}W`;

function mainCategory(categories: string[]): string {
  const counts = new Map<string, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best = 'other';
  let bestCount = 0;
  for (const [c, n] of counts) if (n > bestCount) [best, bestCount] = [c, n];
  return best;
}

/**
 * A fair's booths and accepted applications as a booth-assignment problem (types.ts). Booth ids are
 * booth codes and application ids are the given labels, so the file reads well and reasons name
 * people. An application's group is the multi-party agreement it shares with the most other
 * applicants (ties: alphabetical), or null when it shares none.
 */
export function fairInstance(
  days: string[],
  booths: FairBoothFacts[],
  applications: FairApplicationFacts[],
  weights: AssignmentWeights = DEFAULT_ASSIGNMENT_WEIGHTS,
): BoothAssignmentInstance {
  const powerLevels = [...new Set(applications.map((a) => a.needs.powerWatts).filter((w) => w > 0))].sort((a, b) => a - b);
  const members = new Map<string, number>();
  for (const a of applications) for (const g of new Set(a.multiPartyAgreements)) members.set(g, (members.get(g) ?? 0) + 1);
  const groupOf = (a: FairApplicationFacts): string | null => {
    const shared = [...new Set(a.multiPartyAgreements)].filter((g) => (members.get(g) ?? 0) >= 2).sort();
    shared.sort((x, y) => (members.get(y) ?? 0) - (members.get(x) ?? 0));
    return shared[0] ?? null;
  };

  return {
    days: [...days],
    booths: booths.map((b) => ({
      id: b.code,
      area_m2: areaOf(b),
      facilities: [
        ...powerLevels.filter((w) => b.powerWatts >= w).map(powerFacility),
        ...(b.fridge ? ['fridge'] : []),
        ...(b.freezer ? ['freezer'] : []),
        ...(b.water ? ['water'] : []),
        ...(b.cookingAllowed ? ['cooking'] : []),
      ],
      x: b.x,
      y: b.y,
      prime: b.prime,
    })),
    adjacent: touchingBooths(booths).map(([i, j]) => [booths[i].code, booths[j].code]),
    applications: applications.map((a): AssignmentApplication => ({
      id: a.label,
      days: days.filter((d) => a.days.includes(d)),
      min_area_m2: a.needs.minAreaM2 ?? 0,
      needs: [
        ...(a.needs.powerWatts > 0 ? [powerFacility(a.needs.powerWatts)] : []),
        ...(a.needs.fridge ? ['fridge'] : []),
        ...(a.needs.freezer ? ['freezer'] : []),
        ...(a.needs.water ? ['water'] : []),
        ...(a.needs.cooking ? ['cooking'] : []),
      ],
      category: mainCategory(a.productCategories),
      group: groupOf(a),
      prime_history: a.primeHistory,
      preferred_booths: [],
      locked_booth: a.pinnedBoothCode,
      current_booth: a.currentBoothCode ?? null,
    })),
    weights: { ...weights },
  };
}
