import { foldForSearch } from './search-text';

/**
 * Finding things on a fair's public page. The server writes each exhibitor's folded text, category
 * keys and areas into the page (`findText`); the page's own script (no third-party code) folds what
 * the visitor types the same way and shows the exhibitors that match (`matchesFind`).
 */
export interface FindEntry {
  /** `findText` of everything the exhibitor can be found by. */
  text: string;
  categories: readonly string[];
  areas: readonly string[];
}

export interface FindFilter {
  /** What the visitor typed, as typed. */
  query: string;
  /** A category key ('seafood'), or '' for all. */
  category: string;
  /** An area key, or '' for all. */
  area: string;
}

/** The folded words of an exhibitor, one line each (a line break never occurs in a folded word). */
export function findText(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map(foldForSearch)
    .filter(Boolean)
    .join('\n');
}

/** The visitor's words: folded, split at spaces (half- or full-width); every one must be found. */
export function findTerms(query: string): string[] {
  return query.normalize('NFKC').split(/\s+/).map(foldForSearch).filter(Boolean);
}

export function matchesFind(entry: FindEntry, filter: FindFilter): boolean {
  if (filter.category && !entry.categories.includes(filter.category)) return false;
  if (filter.area && !entry.areas.includes(filter.area)) return false;
  return findTerms(filter.query).every((term) => entry.text.includes(term));
}

/** Which entries are shown, in order, and how many. */
export function applyFind(entries: readonly FindEntry[], filter: FindFilter): { shown: boolean[]; count: number } {
  const shown = entries.map((e) => matchesFind(e, filter));
  return { shown, count: shown.filter(Boolean).length };
}

export const MAP_ZOOM = { min: 1, max: 4, step: 1.5 } as const;

/** The map's next scale after a zoom by `factor` (a button's step, a wheel's or a pinch's ratio), kept within bounds. */
export function nextZoom(scale: number, factor: number): number {
  if (!Number.isFinite(factor) || factor <= 0) return scale;
  const next = Math.round(scale * factor * 100) / 100;
  return Math.min(MAP_ZOOM.max, Math.max(MAP_ZOOM.min, next));
}

/**
 * The area groups of the page, in order: areas by the first booth code in them (A1 before B1 before
 * B10), then the exhibitors without an area. Each exhibitor is listed once, under the area of its
 * first booth; `areas` names every area it has a booth in, for the filter.
 */
export function areaGroups<T>(
  items: readonly T[],
  boothsOf: (item: T) => readonly { code: string; zone: string | null }[],
): { zone: string | null; items: T[] }[] {
  const groups = new Map<string | null, { first: string; items: T[] }>();
  for (const item of items) {
    const booths = boothsOf(item);
    const zone = booths[0]?.zone ?? null;
    const group = groups.get(zone) ?? { first: '', items: [] };
    const first = booths.filter((b) => (b.zone ?? null) === zone).map((b) => b.code);
    for (const code of first) if (!group.first || compareCodes(code, group.first) < 0) group.first = code;
    group.items.push(item);
    groups.set(zone, group);
  }
  return [...groups.entries()]
    .sort(([za, a], [zb, b]) => (za === null ? 1 : 0) - (zb === null ? 1 : 0) || compareCodes(a.first, b.first) || (za ?? '').localeCompare(zb ?? ''))
    .map(([zone, g]) => ({ zone, items: g.items }));
}

const compareCodes = (a: string, b: string) => a.localeCompare(b, 'ja', { numeric: true });
