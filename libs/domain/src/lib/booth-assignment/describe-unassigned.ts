import type { UnassignedCause } from './types';

type CauseOf<K extends UnassignedCause['kind']> = Extract<UnassignedCause, { kind: K }>;

/** 'a', 'a and b', 'a, b and c'. */
function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const needs = (c: { facilities: string[]; minAreaM2: number }) => `needs ${list([...c.facilities, `${c.minAreaM2} m²`])}`;

/**
 * Why an application was left out, in the solver's English: the `reason` that `npm run assign`
 * prints (the UI words the same cause in the organizer's language).
 */
export function describeUnassigned(cause: UnassignedCause): string {
  switch (cause.kind) {
    case 'noBooths':
      return 'there are no booths';
    case 'noFairDays':
      return 'it has no fair days';
    case 'noBoothWithFacilities':
      return `no booth has ${list(cause.facilities)}`;
    case 'noBoothLargeEnough':
      return cause.facilities.length > 0
        ? `no booth with ${list(cause.facilities)} has ${cause.minAreaM2} m² (the largest has ${cause.largestAreaM2} m²)`
        : `no booth has ${cause.minAreaM2} m² (the largest has ${cause.largestAreaM2} m²)`;
    case 'suitableBoothsTaken':
      return describeTaken(cause);
    case 'leftOutCheaper':
      return `${needs(cause)}: booth ${cause.booth} is free, but with these weights leaving it out costs less than placing it`;
    case 'suitableBoothsTakenOnSomeDay':
      return describeTakenOnSomeDay(cause);
    case 'lockedBoothMissing':
      return `locked to booth ${cause.booth}, which does not exist`;
    case 'lockedBoothTooSmall':
      return `locked to ${cause.booth}, which has ${cause.areaM2} m² but it needs ${cause.minAreaM2} m²`;
    case 'lockedBoothLacks':
      return `locked to ${cause.booth}, which has no ${list(cause.missing)}`;
    case 'lockedBoothClash':
      return `locked to ${cause.booth}, which ${cause.holder} is also locked to on ${cause.day}`;
  }
}

/** Every suitable booth is taken on one day: who holds them (five named at most, then a count). */
function describeTaken(cause: CauseOf<'suitableBoothsTaken'>): string {
  const such = cause.onlyBooth !== null ? `the only such booth, ${cause.onlyBooth}, is` : `the ${cause.booths} such booths are`;
  const shown = cause.otherHolders > 0 ? [...cause.holders, `${cause.otherHolders} others`] : cause.holders;
  return `${needs(cause)}: ${such} taken on ${cause.day} by ${list(shown)}`;
}

/** Each suitable booth is taken on some day of the application's: the first few, then '…'. */
function describeTakenOnSomeDay(cause: CauseOf<'suitableBoothsTakenOnSomeDay'>): string {
  const details = cause.taken.map((t) => `${t.booth} on ${t.day} by ${t.holder}`);
  const more = cause.booths > cause.taken.length ? '; …' : '';
  return `${needs(cause)} on ${list(cause.days)}: each of the ${cause.booths} such booths is taken on one of those days (${details.join('; ')}${more})`;
}
