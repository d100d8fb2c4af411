import type { NoticePlacement } from '@bussanten/contracts';

export type { NoticePlacement };

/** What an exhibitor was last told, and what now holds, when the two differ. */
export interface PlacementChange {
  applicationId: string;
  before: NoticePlacement[];
  after: NoticePlacement[];
}

const byDay = (a: NoticePlacement, b: NoticePlacement) => a.from.localeCompare(b.from) || a.booth.localeCompare(b.booth);
const key = (list: readonly NoticePlacement[]) => JSON.stringify([...list].sort(byDay).map((p) => [p.booth, p.from, p.to]));

/**
 * The exhibitors whose booths or days differ from the last notice (「配置を通知」): placed since,
 * moved, given other days, or taken off. Manual placements mail nobody; this is what the next
 * notice says, one message per exhibitor with all its changes however many edits made them.
 * `told` is the last notice's placements by application (empty before the first notice).
 */
export function placementChanges(
  told: Readonly<Record<string, readonly NoticePlacement[]>>,
  now: Readonly<Record<string, readonly NoticePlacement[]>>,
): PlacementChange[] {
  const ids = [...new Set([...Object.keys(told), ...Object.keys(now)])].sort();
  return ids
    .map((applicationId) => ({ applicationId, before: [...(told[applicationId] ?? [])].sort(byDay), after: [...(now[applicationId] ?? [])].sort(byDay) }))
    .filter((c) => key(c.before) !== key(c.after));
}

/** Placements grouped by application, as placementChanges and the notice's stored record take them. */
export function placementsByApplication(rows: readonly (NoticePlacement & { applicationId: string })[]): Record<string, NoticePlacement[]> {
  const out: Record<string, NoticePlacement[]> = {};
  for (const { applicationId, booth, from, to } of rows) (out[applicationId] ??= []).push({ booth, from, to });
  return out;
}
