/**
 * Booth assignment rules. A booth is held for an inclusive range of fair days; two exhibitors may
 * share a booth on days that do not overlap. The database enforces the same with an exclusion
 * constraint (daterange &&), because two requests can race past this check.
 */
export interface DayRange {
  /** First and last day held, inclusive, 'YYYY-MM-DD'. */
  from: string;
  to: string;
}

export interface BoothHolding extends DayRange {
  boothId: string;
  holder: string;
}

export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The holdings of the same booth that a new holding would overlap, so the refusal can name them. */
export function boothConflicts(existing: BoothHolding[], wanted: BoothHolding): BoothHolding[] {
  return existing.filter((h) => h.boothId === wanted.boothId && h.holder !== wanted.holder && rangesOverlap(h, wanted));
}

export interface BoothFacilities {
  areaM2: number;
  powerWatts: number;
  fridge: boolean;
  freezer: boolean;
  water: boolean;
  /** Marked 調理可: cooking is allowed at the booth. Absent = not allowed. */
  cookingAllowed?: boolean;
}

export interface BoothNeeds {
  minAreaM2?: number;
  powerWatts?: number;
  fridge?: boolean;
  freezer?: boolean;
  water?: boolean;
  cooking?: boolean;
}

export type MissingFacility =
  | { facility: 'area'; needed: number; available: number }
  | { facility: 'power'; needed: number; available: number }
  | { facility: 'fridge' | 'freezer' | 'water' | 'cooking' };

/** What a booth lacks for an application's needs; empty when it fits. */
export function missingFacilities(booth: BoothFacilities, needs: BoothNeeds): MissingFacility[] {
  const missing: MissingFacility[] = [];
  if (needs.minAreaM2 !== undefined && booth.areaM2 < needs.minAreaM2) missing.push({ facility: 'area', needed: needs.minAreaM2, available: booth.areaM2 });
  if (needs.powerWatts !== undefined && booth.powerWatts < needs.powerWatts)
    missing.push({ facility: 'power', needed: needs.powerWatts, available: booth.powerWatts });
  for (const f of ['fridge', 'freezer', 'water'] as const) if (needs[f] && !booth[f]) missing.push({ facility: f });
  if (needs.cooking && !booth.cookingAllowed) missing.push({ facility: 'cooking' });
  return missing;
}
