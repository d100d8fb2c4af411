/**
 * Neighbouring pairs from arbitrary index pairs, as the property tests generate them: indexes wrap
 * around the booth list, a booth is never its own neighbour, and each pair appears once.
 */
export function adjacencyFromIndexPairs(ids: string[], pairs: [number, number][]): [string, string][] {
  const adjacent = new Map<string, [string, string]>();
  for (const [x, y] of pairs) {
    const a = x % ids.length;
    const b = y % ids.length;
    if (a !== b) adjacent.set(`${Math.min(a, b)}-${Math.max(a, b)}`, [ids[a] as string, ids[b] as string]);
  }
  return [...adjacent.values()];
}
