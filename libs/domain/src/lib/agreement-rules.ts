import type { ApiErrorDetail } from '@bussanten/contracts';
import { isIsoDate } from './wareki';

export const FIRST_SIGNING_YEAR = 1868;
export const LAST_SIGNING_YEAR = 2200;

export type SignedDate = { signedOn: string | null; signedYear: number | null };

/**
 * When an agreement was signed: a full date implies its year; the year alone is fine (the seeds
 * often know only that); a date with a different year is a mistake.
 */
export function resolveSignedDate(input: { signedOn?: string | null; signedYear?: number | null }): SignedDate | ApiErrorDetail {
  const signedOn = input.signedOn ?? null;
  const signedYear = input.signedYear ?? null;
  if (signedYear !== null && (!Number.isInteger(signedYear) || signedYear < FIRST_SIGNING_YEAR || signedYear > LAST_SIGNING_YEAR)) {
    return { field: 'signedYear', rule: 'range', message: `signedYear must be a year from ${FIRST_SIGNING_YEAR} to ${LAST_SIGNING_YEAR}` };
  }
  if (signedOn === null) return { signedOn, signedYear };
  if (!isIsoDate(signedOn)) return { field: 'signedOn', rule: 'isDate', message: `signedOn ${signedOn} is not a calendar date` };
  const year = Number(signedOn.slice(0, 4));
  if (year < FIRST_SIGNING_YEAR || year > LAST_SIGNING_YEAR) {
    return { field: 'signedOn', rule: 'range', message: `signedOn must be between ${FIRST_SIGNING_YEAR} and ${LAST_SIGNING_YEAR}` };
  }
  if (signedYear !== null && signedYear !== year) {
    return { field: 'signedYear', rule: 'matchesDate', message: `signedYear ${signedYear} does not match signedOn ${signedOn}` };
  }
  return { signedOn, signedYear: year };
}

/** Each municipality is a party once; repeats are named by their position in the list. */
export function repeatedParties(parties: { municipalityId: string }[]): ApiErrorDetail[] {
  const first = new Map<string, number>();
  return parties.flatMap((p, index) => {
    const id = p.municipalityId.toLowerCase();
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, index);
      return [];
    }
    return [{ field: `parties.${index}.municipalityId`, rule: 'unique', message: `parties.${index} repeats parties.${earlier}` }];
  });
}
