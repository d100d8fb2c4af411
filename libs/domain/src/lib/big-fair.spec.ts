import { generateBigFair } from './big-fair';

const municipalities = Array.from({ length: 300 }, (_, i) => ({ prefectureCode: 1 + (i % 47), name: `テスト市${i + 1}` }));

describe('generateBigFair', () => {
  const doc = generateBigFair({ slug: 'big-2027', title: '大規模物産展', municipalities });
  const { fair } = doc;

  it('has the size of the next fairs: 320 booths, 300 applications, 10 days', () => {
    expect(fair.booths).toHaveLength(320);
    expect(fair.applications).toHaveLength(300);
    expect(fair.days).toHaveLength(10);
    expect(new Set(fair.booths.map((b) => b.code)).size).toBe(320);
  });

  it('is the same document for the same options, another for another seed', () => {
    expect(generateBigFair({ slug: 'big-2027', title: '大規模物産展', municipalities })).toEqual(doc);
    expect(generateBigFair({ slug: 'big-2027', title: '大規模物産展', municipalities, seed: 1 })).not.toEqual(doc);
  });

  it('keeps every booth inside the room, and holds no booth twice on a day', () => {
    for (const b of fair.booths) {
      expect(b.x + b.width).toBeLessThanOrEqual(fair.room.widthM);
      expect(b.y + b.depth).toBeLessThanOrEqual(fair.room.depthM);
    }
    const held = new Set<string>();
    for (const a of fair.applications)
      for (const s of a.assignments)
        for (const d of a.days.filter((x) => x >= s.from && x <= s.to)) {
          expect(held.has(`${s.booth} ${d}`)).toBe(false);
          held.add(`${s.booth} ${d}`);
        }
  });

  it('accepts 270 and places most of them on a booth that has what they need; 30 wait', () => {
    const accepted = fair.applications.filter((a) => a.status === 'accepted');
    expect(accepted).toHaveLength(270);
    expect(fair.applications.filter((a) => a.status === 'submitted')).toHaveLength(30);
    const placed = accepted.filter((a) => a.assignments.length > 0);
    expect(placed.length).toBeGreaterThan(200);
    for (const a of placed) {
      const booth = fair.booths.find((b) => b.code === a.assignments[0].booth)!;
      expect(booth.powerWatts).toBeGreaterThanOrEqual(a.needs.powerWatts);
      if (a.needs.freezer) expect(booth.freezer).toBe(true);
      expect(a.assignments[0]).toMatchObject({ from: a.days[0], to: a.days[a.days.length - 1] });
    }
  });

  it('refuses fewer municipalities than applications', () => {
    expect(() => generateBigFair({ slug: 's', title: 't', municipalities: municipalities.slice(0, 10) })).toThrow(RangeError);
  });
});
