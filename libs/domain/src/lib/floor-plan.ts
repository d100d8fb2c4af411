import type { ApiErrorDetail } from '@bussanten/contracts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  depth: number;
}

const EPS = 1e-9;

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.depth - EPS && b.y < a.y + a.depth - EPS;
}

export const areaOf = (r: Rect): number => Math.round(r.width * r.depth * 100) / 100;

/**
 * Problems with a booth's rectangle on a room's plan: it must lie inside the room and not overlap
 * another booth (`others` excludes the booth itself). Meta names the booth it overlaps.
 */
export function boothPlacementProblems(booth: Rect, room: { widthM: number; depthM: number }, others: (Rect & { code: string })[]): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  if (booth.x + booth.width > room.widthM + EPS)
    problems.push({ field: 'width', rule: 'insideRoom', message: `the booth reaches past the room's width of ${room.widthM} m`, meta: { limit: room.widthM } });
  if (booth.y + booth.depth > room.depthM + EPS)
    problems.push({ field: 'depth', rule: 'insideRoom', message: `the booth reaches past the room's depth of ${room.depthM} m`, meta: { limit: room.depthM } });
  const hit = others.find((o) => rectsOverlap(booth, o));
  if (hit) problems.push({ field: 'x', rule: 'overlapsBooth', message: `the booth overlaps booth ${hit.code}`, meta: { code: hit.code } });
  return problems;
}
