import { metaOf, type ApplicationSummary, type Assignment, type Booth, type BoothNeedsInput, type MetaCarrier } from '@bussanten/contracts';
import {
  attendanceRanges,
  boothConflicts,
  isClosed,
  missingFacilities,
  type BoothHolding,
  type BoothNeeds,
  type FairDay,
  type MissingFacility,
} from '@bussanten/domain';
import { covers, formatDayRange, missingFacilityText } from '../../applications';
import { translate, type Lang } from '../../i18n/dictionaries';

/** The application's needs in the domain's terms: "any area" and "no power" ask for nothing. */
export function boothNeedsOf(needs: BoothNeedsInput): BoothNeeds {
  return {
    minAreaM2: needs.minAreaM2 ?? undefined,
    powerWatts: needs.powerWatts > 0 ? needs.powerWatts : undefined,
    fridge: needs.fridge,
    freezer: needs.freezer,
    water: needs.water,
  };
}

/** One collator for every comparison (localeCompare with options builds one per call). */
const BY_CODE = new Intl.Collator('ja', { numeric: true }).compare;

/** Booths in the order people read codes: A2 before A10. */
export function compareBoothCodes(a: { code: string }, b: { code: string }): number {
  return BY_CODE(a.code, b.code);
}

/** Who holds `boothId` on `day`, if anyone. */
export function holderOn(boothId: string, day: string, assignments: readonly Assignment[]): Assignment | null {
  return assignments.find((a) => a.boothId === boothId && covers(a, day)) ?? null;
}

export type BoothState = 'free' | 'taken' | 'mine';

/** A booth's state on a day, with the application being placed (or chosen) shown as its own. */
export function boothStateOn(boothId: string, day: string, assignments: readonly Assignment[], applicationId: string | null): BoothState {
  const holder = holderOn(boothId, day, assignments);
  if (!holder) return 'free';
  return holder.applicationId === applicationId ? 'mine' : 'taken';
}

/**
 * The applications still to be placed on `day`: accepted, attending that day, and holding no booth
 * that covers it. These are the cards beside the plan.
 */
export function unplacedOn(applications: readonly ApplicationSummary[], day: string, assignments: readonly Assignment[]): ApplicationSummary[] {
  return applications.filter(
    (app) => app.status === 'accepted' && app.days.includes(day) && !assignments.some((a) => a.applicationId === app.id && covers(a, day)),
  );
}

/**
 * The days a drop on `day` should hold: the run of consecutive attended days (attendanceRanges)
 * that contains `day`, narrowed to the days around it the application does not hold a booth for
 * yet, so a drop never overlaps the application's own earlier holding. Null when it does not attend.
 */
export function dropRange(
  app: Pick<ApplicationSummary, 'id' | 'days'>,
  fairDays: readonly FairDay[],
  day: string,
  assignments: readonly Assignment[],
): { from: string; to: string } | null {
  const run = attendanceRanges(app.days, [...fairDays]).find((r) => covers(r, day));
  if (!run) return null;
  const own = assignments.filter((a) => a.applicationId === app.id);
  const free = (date: string) => !own.some((a) => covers(a, date));
  if (!free(day)) return null;
  const dates = fairDays
    .filter((d) => !isClosed(d) && covers(run, d.date))
    .map((d) => d.date)
    .sort();
  const at = dates.indexOf(day);
  let first = at;
  let last = at;
  while (first > 0 && free(dates[first - 1] as string)) first--;
  while (last < dates.length - 1 && free(dates[last + 1] as string)) last++;
  return { from: dates[first] as string, to: dates[last] as string };
}

export interface PlacementCheck {
  range: { from: string; to: string };
  missing: MissingFacility[];
  /** Other exhibitors' holdings of the booth that the range would overlap. */
  conflicts: Assignment[];
}

/** What stands in the way of placing `app` on `booth` for `range`, as the API would see it. */
export function checkPlacement(
  app: Pick<ApplicationSummary, 'id' | 'needs'>,
  booth: Booth,
  range: { from: string; to: string },
  assignments: readonly Assignment[],
): PlacementCheck {
  const holdings: BoothHolding[] = assignments.map((a) => ({ boothId: a.boothId, from: a.from, to: a.to, holder: a.applicationId }));
  const hit = boothConflicts(holdings, { boothId: booth.id, from: range.from, to: range.to, holder: app.id });
  return {
    range,
    missing: missingFacilities(booth, boothNeedsOf(app.needs)),
    conflicts: assignments.filter((_, i) => hit.includes(holdings[i] as BoothHolding)),
  };
}

/** The check as sentences for the live region and the booth: '冷蔵庫がありません', '2月17日〜2月19日は宮古市が使用中'. */
export function problemSentences(check: Pick<PlacementCheck, 'missing' | 'conflicts'>, lang: Lang): string[] {
  return [
    ...check.missing.map((m) => missingFacilityText(m, lang)),
    ...check.conflicts.map((c) => translate(lang, 'assign.conflict', { range: formatDayRange(c, lang), holder: c.municipalityName })),
  ];
}

/** Booth ids that lack something the application needs: shaded while it is being placed. */
export function lackingBoothIds(booths: readonly Booth[], needs: BoothNeedsInput): Set<string> {
  const wanted = boothNeedsOf(needs);
  return new Set(booths.filter((b) => missingFacilities(b, wanted).length > 0).map((b) => b.id));
}

/**
 * The holder a 409 BOOTH_TAKEN names (details[].meta: holder, from, to), or null when the body has
 * another shape.
 */
export function takenBy(details: readonly MetaCarrier[]): { holder: string; from: string; to: string } | null {
  for (const d of details) {
    const m = metaOf(d, 'boothTaken');
    if (m) return { holder: m.holder, from: m.from, to: m.to };
  }
  return null;
}
