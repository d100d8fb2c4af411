import { QueryFailedError } from 'typeorm';

/** The constraint a unique, foreign-key or exclusion violation names, so a race lost in SQL still gets a precise answer. */
export function violatedConstraint(e: unknown, sqlState: '23505' | '23503' | '23001' | '23P01'): string | null {
  if (!(e instanceof QueryFailedError)) return null;
  const err = e.driverError as { code?: string; constraint?: string };
  return err.code === sqlState ? (err.constraint ?? null) : null;
}

export const isUniqueViolation = (e: unknown): boolean => violatedConstraint(e, '23505') !== null;

/**
 * A delete refused because rows still refer to the row: 23503 for a NO ACTION foreign key, but
 * 23001 (restrict_violation) for an ON DELETE RESTRICT one, which most of ours are.
 */
export const referencingConstraint = (e: unknown): string | null => violatedConstraint(e, '23503') ?? violatedConstraint(e, '23001');
