import type { Booth } from '@bussanten/contracts';
import { ApiError } from '../../api/client';
import {
  boothAriaLabel,
  boothLabelLines,
  boothsOutside,
  facilityTexts,
  findFreeSpot,
  movedRect,
  placementProblems,
  primeText,
  problemText,
  rectAfterKey,
  refusalText,
  resizedRect,
  snap,
  toBoothInput,
  zoneLabels,
} from './plan-geometry';

const booth = (code: string, x: number, y: number, width = 3, depth = 2, extra: Partial<Booth> = {}): Booth => ({
  id: code,
  code,
  x,
  y,
  width,
  depth,
  areaM2: width * depth,
  prime: 0,
  powerWatts: 0,
  fridge: false,
  freezer: false,
  water: false,
  cookingAllowed: false,
  tags: [],
  zone: null,
  ...extra,
});
const room = { widthM: 10, depthM: 6 };

describe('floor plan geometry', () => {
  it('snaps to half metres without float noise', () => {
    expect(snap(1.26)).toBe(1.5);
    expect(snap(1.24)).toBe(1);
    expect(snap(0.1 + 0.2)).toBe(0.5);
    expect(Object.is(snap(-0.1), 0)).toBe(true);
  });

  it('moves and resizes in snapped steps, never past the top-left walls or below half a metre', () => {
    const r = { x: 1, y: 1, width: 3, depth: 2 };
    expect(movedRect(r, 0.7, -2)).toEqual({ x: 1.5, y: 0, width: 3, depth: 2 });
    expect(resizedRect(r, -5, 0.3)).toEqual({ x: 1, y: 1, width: 0.5, depth: 2.5 });
  });

  it('maps arrow keys to moves and Shift+arrows to resizes', () => {
    const r = { x: 1, y: 1, width: 3, depth: 2 };
    expect(rectAfterKey(r, 'ArrowRight', false)).toEqual({ x: 1.5, y: 1, width: 3, depth: 2 });
    expect(rectAfterKey(r, 'ArrowUp', false)).toEqual({ x: 1, y: 0.5, width: 3, depth: 2 });
    expect(rectAfterKey(r, 'ArrowRight', true)).toEqual({ x: 1, y: 1, width: 3.5, depth: 2 });
    expect(rectAfterKey(r, 'ArrowUp', true)).toEqual({ x: 1, y: 1, width: 3, depth: 1.5 });
    expect(rectAfterKey(r, 'a', false)).toBeNull();
  });

  it('finds a booth outside the room or on another, and names the other', () => {
    const booths = [booth('A1', 0, 0), booth('A2', 5, 0)];
    expect(placementProblems({ x: 8, y: 0, width: 3, depth: 2 }, room, booths, null).map((p) => p.rule)).toEqual(['insideRoom']);
    const overlap = placementProblems({ x: 4, y: 1, width: 3, depth: 2 }, room, booths, 'A1');
    expect(overlap.map((p) => p.rule)).toEqual(['overlapsBooth']);
    expect(problemText(overlap[0]!, 'ja')).toBe('ブース A2 と重なります');
    expect(problemText(overlap[0]!, 'en')).toBe('it overlaps booth A2');
    // A booth does not overlap itself, and touching edges are fine.
    expect(placementProblems({ x: 0, y: 0, width: 3, depth: 2 }, room, booths, 'A1')).toEqual([]);
    expect(placementProblems({ x: 3, y: 0, width: 2, depth: 2 }, room, booths, null)).toEqual([]);
  });

  it('finds the first free spot for a new booth, or none', () => {
    expect(findFreeSpot(room, [booth('A1', 0, 0)], { width: 3, depth: 2 })).toEqual({ x: 3, y: 0 });
    expect(findFreeSpot({ widthM: 3, depthM: 2 }, [booth('A1', 0, 0)], { width: 3, depth: 2 })).toBeNull();
  });

  it('says what a booth is in words, for screen readers', () => {
    const b = booth('A1', 2, 1, 3, 2, { fridge: true, powerWatts: 1500, tags: ['corner'] });
    expect(boothAriaLabel(b, 'ja')).toBe('ブース A1 電源 1500W 冷蔵 角、3×2 m、左から 2 m・上から 1 m');
    expect(boothAriaLabel(booth('A1', 0, 0, 3, 2, { fridge: true }), 'en')).toBe('Booth A1 Fridge, 3×2 m, 0 m from the left, 0 m from the top');
    expect(boothAriaLabel(booth('B2', 0, 0, 2, 2), 'ja')).toBe('ブース B2、2×2 m、左から 0 m・上から 0 m');
    // The name holds the words drawn on the booth, in order, so saying them reaches it.
    const drawn = boothLabelLines({ ...b, tags: ['corner', 'nearEntrance'], water: true }, 'ja');
    expect(drawn).toEqual(['電源 1500W 冷蔵 水道', '角・入口近く']);
    expect(boothAriaLabel({ ...b, tags: ['corner', 'nearEntrance'], water: true }, 'ja')).toContain(`A1 ${drawn.join(' ')}`);
    expect(facilityTexts({ ...b, water: true, cookingAllowed: true, freezer: true }, 'ja')).toEqual(['電源 1500W', '冷蔵', '冷凍', '水道', '調理可']);
  });

  it('sends a whole BoothInput, without the id and area', () => {
    expect(toBoothInput(booth('A1', 1, 2))).toEqual({
      code: 'A1',
      x: 1,
      y: 2,
      width: 3,
      depth: 2,
      powerWatts: 0,
      fridge: false,
      freezer: false,
      water: false,
      cookingAllowed: false,
      tags: [],
      prime: 0,
      zone: null,
    });
    // A drag must not lose the footfall or the zone the booth form set.
    expect(toBoothInput(booth('A1', 1, 2, 3, 2, { prime: 3 })).prime).toBe(3);
    expect(toBoothInput(booth('A1', 1, 2, 3, 2, { zone: '入口側' })).zone).toBe('入口側');
  });

  it('names the zone last in what a screen reader says for a booth', () => {
    expect(boothAriaLabel(booth('B2', 0, 0, 2, 2, { zone: '入口側' }), 'ja')).toBe('ブース B2、2×2 m、左から 0 m・上から 0 m、区画 入口側');
    expect(boothAriaLabel(booth('B2', 0, 0, 2, 2, { zone: 'Row A' }), 'en')).toBe('Booth B2, 2×2 m, 0 m from the left, 0 m from the top, zone Row A');
  });

  it.each<[string, Booth[], { zone: string; x: number; y: number }[]]>([
    ['no zones', [booth('A1', 1, 1), booth('A2', 5, 1)], []],
    [
      'one label per zone, above its booths',
      [booth('A1', 1, 2, 3, 2, { zone: 'A列' }), booth('A2', 4, 3, 3, 2, { zone: 'A列' }), booth('B1', 1, 6, 3, 2, { zone: '入口側' })],
      [
        { zone: 'A列', x: 1, y: 1.88 },
        { zone: '入口側', x: 1, y: 5.88 },
      ],
    ],
    ['under a zone along the top wall', [booth('A1', 2, 0, 3, 2, { zone: '奥' }), booth('A2', 5, 0.5, 3, 2, { zone: '奥' })], [{ zone: '奥', x: 2, y: 2.97 }]],
    ['booths without a zone left out', [booth('A1', 1, 2, 3, 2, { zone: 'A列' }), booth('A2', 0, 0, 1, 1)], [{ zone: 'A列', x: 1, y: 1.88 }]],
  ])('labels zones: %s', (_what, booths, labels) => {
    expect(zoneLabels(booths)).toEqual(labels);
  });
});

describe('footfall', () => {
  it.each([
    [0, 'ja', '0（静か）'],
    [1, 'ja', '1（ふつう）'],
    [2, 'ja', '2（よい）'],
    [3, 'ja', '3（入口そば）'],
    [3, 'en', '3 (by the entrance)'],
    [undefined, 'en', '0 (quiet)'],
    [7, 'ja', '3（入口そば）'],
  ] as const)('level %s reads in %s as %s', (prime, lang, expected) => {
    expect(primeText(prime, lang)).toBe(expected);
  });
});

describe('booths outside the room', () => {
  it('lists booths a copied plan left outside a smaller room', () => {
    const b = (code: string, x: number, y: number): Booth => ({
      id: code,
      code,
      x,
      y,
      width: 3,
      depth: 2,
      areaM2: 6,
      prime: 0,
      powerWatts: 0,
      fridge: false,
      freezer: false,
      water: false,
      cookingAllowed: false,
      tags: [],
      zone: null,
    });
    expect(boothsOutside({ widthM: 9, depthM: 6 }, [b('A2', 7, 8), b('A1', 0, 0), b('A10', 6, 4)]).map((x) => x.code)).toEqual(['A2']);
  });
});

describe('a refused save', () => {
  it('says why the API refused a move: its error in words, then the booths and walls it named', () => {
    const refused = (code: string, details: { field: string; rule: string; message: string; meta?: Record<string, unknown> }[]) =>
      new ApiError('http', code === 'VALIDATION_FAILED' ? 422 : 409, { code: code as never, message: 'refused', details }, 'refused');
    const overlap = refused('VALIDATION_FAILED', [
      { field: 'x', rule: 'overlapsBooth', message: 'overlaps A-2', meta: { code: 'A-2' } },
      { field: 'y', rule: 'overlapsBooth', message: 'overlaps A-2', meta: { code: 'A-2' } },
      { field: 'x', rule: 'insideRoom', message: 'outside' },
    ]);
    expect(refusalText(overlap, 'ja')).toBe('入力内容に誤りがあります。ブース A-2 と重なります、部屋の外にはみ出します。');
    expect(refusalText(overlap, 'en')).toBe('Some of the input is not valid. It overlaps booth A-2, it reaches outside the room.');
    // Anything else reads as describeError says it.
    expect(refusalText(refused('DUPLICATE_BOOTH_CODE', [{ field: 'code', rule: 'unique', message: 'taken' }]), 'ja')).toBe(
      'このブース番号はすでに使われています。',
    );
    expect(refusalText(new ApiError('network', 0, null, 'offline'), 'en')).toMatch(/./);
  });
});
