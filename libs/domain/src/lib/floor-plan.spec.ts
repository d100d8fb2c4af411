import { areaOf, boothPlacementProblems, rectsOverlap } from './floor-plan';

const room = { widthM: 30, depthM: 20 };
const a1 = { code: 'A1', x: 1, y: 1, width: 4, depth: 3 };

describe('rectsOverlap', () => {
  it.each([
    ['the same rectangle', { x: 1, y: 1, width: 4, depth: 3 }, true],
    ['touching edges', { x: 5, y: 1, width: 4, depth: 3 }, false],
    ['inside', { x: 2, y: 2, width: 1, depth: 1 }, true],
    ['below', { x: 1, y: 4, width: 4, depth: 3 }, false],
    ['a corner over', { x: 4.5, y: 3.5, width: 2, depth: 2 }, true],
  ])('%s → %s', (_name, other, expected) => {
    expect(rectsOverlap(a1, other)).toBe(expected);
  });
});

describe('boothPlacementProblems', () => {
  it.each([
    ['fits', { x: 10, y: 10, width: 3, depth: 2 }, []],
    ['to the far wall exactly', { x: 26, y: 17, width: 4, depth: 3 }, []],
    ['past the right wall', { x: 28, y: 1, width: 4, depth: 3 }, [['width', 'insideRoom']]],
    ['past the back wall', { x: 10, y: 19, width: 4, depth: 3 }, [['depth', 'insideRoom']]],
    ['over A1', { x: 3, y: 2, width: 4, depth: 3 }, [['x', 'overlapsBooth']]],
  ])('%s', (_name, booth, expected) => {
    expect(boothPlacementProblems(booth, room, [a1]).map((p) => [p.field, p.rule])).toEqual(expected);
  });

  it('names the booth it overlaps', () => {
    expect(boothPlacementProblems({ x: 2, y: 2, width: 1, depth: 1 }, room, [a1])[0].meta).toEqual({ code: 'A1' });
  });
});

describe('areaOf', () => {
  it.each([
    [4, 3, 12],
    [2.5, 2.5, 6.25],
    [1.1, 1.1, 1.21],
  ])('%s × %s m = %s m²', (width, depth, area) => {
    expect(areaOf({ x: 0, y: 0, width, depth })).toBe(area);
  });
});
