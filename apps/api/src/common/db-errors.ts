import { QueryFailedError } from 'typeorm';

/** The constraint a unique, foreign-key or exclusion violation names, so a race lost in SQL still gets a precise answer. */
export function violatedConstraint(e: unknown, sqlState: '23505' | '23503' | '23P01'): string | null {
  if (!(e instanceof QueryFailedError)) return null;
  const err = e.driverError as { code?: string; constraint?: string };
  return err.code === sqlState ? (err.constraint ?? null) : null;
}

export const isUniqueViolation = (e: unknown): boolean => violatedConstraint(e, '23505') !== null;
