import type { Appearance, AppearanceInput, Guest } from '@bussanten/contracts';
import { tokyoInstant } from '@bussanten/domain';

/**
 * How the timetable's writes change the cached appearances of a fair: pure functions, so the
 * optimistic move and its rollback are tested without a browser (queries.ts applies them).
 */

/** The appearance as a move to `input` would save it, drawn while the API decides. */
export function movedAppearance(a: Appearance, input: AppearanceInput, locationLabel: string): Appearance {
  const end = input.end ?? a.end;
  return {
    ...a,
    date: input.date,
    start: input.start,
    end,
    startsAt: tokyoInstant(input.date, input.start).toISOString(),
    endsAt: tokyoInstant(input.date, end).toISOString(),
    location: input.location,
    locationLabel,
  };
}

/** The list with `appearance` in it: replaced where it was, or added at the end. */
export function withAppearance(list: readonly Appearance[], appearance: Appearance): Appearance[] {
  return list.some((a) => a.id === appearance.id) ? list.map((a) => (a.id === appearance.id ? appearance : a)) : [...list, appearance];
}

/**
 * The list with appearance `id` as it was in `snapshot` (taken before a refused move): only that
 * one goes back, so whatever else changed meanwhile stays.
 */
export function restoreAppearance(list: readonly Appearance[], snapshot: readonly Appearance[], id: string): Appearance[] {
  const before = snapshot.find((a) => a.id === id);
  return before ? withAppearance(list, before) : list.filter((a) => a.id !== id);
}

/** Whether a query key holds appearances of a fair (the list, or a dry run of a save): ['guests', 'fair', id, 'appearances', …]. */
export function isAppearancesKey(key: readonly unknown[]): boolean {
  return key[0] === 'guests' && key[1] === 'fair' && key[3] === 'appearances';
}

/** Whether a guest's change shows in its appearances, which carry its name, English name and kind (not its photo or profile). */
export function appearancesNameGuest(before: Pick<Guest, 'name' | 'nameEn' | 'kind'>, after: Pick<Guest, 'name' | 'nameEn' | 'kind'>): boolean {
  return before.name !== after.name || before.nameEn !== after.nameEn || before.kind !== after.kind;
}
