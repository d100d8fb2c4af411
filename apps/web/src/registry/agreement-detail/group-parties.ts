export interface PrefectureGroup<T> {
  prefectureCode: number;
  prefecture: string;
  parties: T[];
}

/**
 * Parties under their prefectures, prefectures in the official order (JIS code: 北海道 first,
 * 沖縄県 last); within a prefecture the parties keep the order they came in.
 */
export function groupByPrefecture<T extends { prefectureCode: number; prefecture: string }>(parties: readonly T[]): PrefectureGroup<T>[] {
  const groups = new Map<number, PrefectureGroup<T>>();
  for (const p of parties) {
    let g = groups.get(p.prefectureCode);
    if (!g) {
      g = { prefectureCode: p.prefectureCode, prefecture: p.prefecture, parties: [] };
      groups.set(p.prefectureCode, g);
    }
    g.parties.push(p);
  }
  return [...groups.values()].sort((a, b) => a.prefectureCode - b.prefectureCode);
}
