import type { AuditChange } from '@bussanten/contracts';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields that differ between two versions of a record, as { field: { before, after } }, for
 * the audit log. `before` null means created, `after` null means deleted. Fields named in `secret`
 * (password hashes, tokens) never appear, not even as changed.
 */
export function changedFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T> | null,
  fields: readonly (keyof T & string)[],
  secret: readonly string[] = [],
): Record<string, AuditChange> {
  const result: Record<string, AuditChange> = {};
  for (const field of fields) {
    if (secret.includes(field)) continue;
    const b = before ? (before[field] ?? null) : null;
    const a = after ? (after[field] ?? null) : null;
    if (!same(b, a)) result[field] = { before: b, after: a };
  }
  return result;
}
