import { foldForSearch } from '@bussanten/domain';
import type { ViewBox } from './plan-zoom';

export interface SearchBooth {
  id: string;
  code: string;
  zone?: string | null;
  x: number;
  y: number;
  width: number;
  depth: number;
}

/** An exhibitor the plan can find: by name, on its booth of the day (or none: still waiting). */
export interface SearchExhibitor {
  applicationId: string;
  name: string;
  boothId: string | null;
}

export type PlanMatch =
  | { kind: 'booth'; key: string; boothId: string; code: string; zone: string | null }
  | { kind: 'zone'; key: string; zone: string; rect: ViewBox }
  | { kind: 'exhibitor'; key: string; applicationId: string; name: string; boothId: string | null; boothCode: string | null };

/** At most this many matches are listed. */
export const MATCH_LIMIT = 8;

const byCode = new Intl.Collator('ja', { numeric: true }).compare;

/** The rectangle around a set of booths, in metres. */
export function boundsOf(booths: readonly SearchBooth[]): ViewBox {
  const left = Math.min(...booths.map((b) => b.x));
  const top = Math.min(...booths.map((b) => b.y));
  const right = Math.max(...booths.map((b) => b.x + b.width));
  const bottom = Math.max(...booths.map((b) => b.y + b.depth));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * What the plan's search box finds for `query`, best first: a booth whose code is the query, then
 * exhibitors whose name starts with it, booths whose code starts with it, zones naming it, and
 * exhibitors whose name holds it. Query and names are folded alike (foldForSearch: カナ = かな,
 * full-width = half-width, case and spaces ignored).
 */
export function searchPlan(query: string, booths: readonly SearchBooth[], exhibitors: readonly SearchExhibitor[], limit = MATCH_LIMIT): PlanMatch[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const codes = new Map(booths.map((b) => [b.id, b.code]));
  const scored: { score: number; order: string; match: PlanMatch }[] = [];
  for (const b of booths) {
    const code = foldForSearch(b.code);
    const score = code === q ? 0 : code.startsWith(q) ? 2 : -1;
    if (score >= 0) scored.push({ score, order: b.code, match: { kind: 'booth', key: `b:${b.id}`, boothId: b.id, code: b.code, zone: b.zone ?? null } });
  }
  const zones = new Map<string, SearchBooth[]>();
  for (const b of booths) if (b.zone && foldForSearch(b.zone).includes(q)) zones.set(b.zone, [...(zones.get(b.zone) ?? []), b]);
  for (const [zone, members] of zones) scored.push({ score: 3, order: zone, match: { kind: 'zone', key: `z:${zone}`, zone, rect: boundsOf(members) } });
  for (const e of exhibitors) {
    const name = foldForSearch(e.name);
    const score = name.startsWith(q) ? 1 : name.includes(q) ? 4 : -1;
    if (score < 0) continue;
    const boothCode = e.boothId ? (codes.get(e.boothId) ?? null) : null;
    scored.push({
      score,
      order: e.name,
      match: { kind: 'exhibitor', key: `e:${e.applicationId}`, applicationId: e.applicationId, name: e.name, boothId: e.boothId, boothCode },
    });
  }
  return scored
    .sort((a, b) => a.score - b.score || byCode(a.order, b.order))
    .slice(0, limit)
    .map((s) => s.match);
}
