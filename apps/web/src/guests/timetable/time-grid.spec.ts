import {
  CLICK_MINUTES,
  ROW_PX,
  blockBox,
  formatTime,
  gridHeight,
  lanes,
  movedRange,
  parseStartList,
  parseTime,
  resizedEnd,
  rowAt,
  rowStarts,
  rowsMoved,
  selectionRange,
} from './time-grid';

// The 2023 fair's last day: 10:00–18:00.
const lastDay = { opens: 600, closes: 1080 };

describe('time-grid', () => {
  it('reads and writes times of day', () => {
    expect(parseTime('13:30')).toBe(810);
    expect(parseTime('9:05')).toBe(545);
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('13時')).toBeNull();
    expect(formatTime(810)).toBe('13:30');
    expect(formatTime(545)).toBe('09:05');
  });

  it('has one 24 px row per quarter hour from opening to closing', () => {
    const rows = rowStarts(lastDay);
    expect(rows[0]).toBe(600);
    expect(rows[rows.length - 1]).toBe(1065);
    expect(rows).toHaveLength(32);
    expect(ROW_PX).toBe(24);
    expect(gridHeight(lastDay)).toBe(32 * 24);
  });

  it('places 13:30–14:00 fourteen rows down and two rows tall', () => {
    expect(blockBox(lastDay, 810, 840)).toEqual({ top: 14 * 24, height: 48 });
  });

  it('snaps a pointer to whole rows', () => {
    expect(rowAt(lastDay, 0)).toBe(0);
    expect(rowAt(lastDay, 23.9)).toBe(0);
    expect(rowAt(lastDay, 24)).toBe(1);
    expect(rowAt(lastDay, -10)).toBe(0);
    expect(rowAt(lastDay, 10_000)).toBe(31);
    expect(rowsMoved(48)).toBe(2);
    expect(rowsMoved(35)).toBe(1);
    expect(rowsMoved(11)).toBe(0);
    expect(rowsMoved(-13)).toBe(-1);
  });

  it('turns a press and release on rows into a range, both rows included', () => {
    expect(selectionRange(lastDay, 14, 15, false)).toEqual({ start: 810, end: 840 });
    expect(selectionRange(lastDay, 15, 14, false)).toEqual({ start: 810, end: 840 });
    expect(selectionRange(lastDay, 14, 14, false)).toEqual({ start: 810, end: 825 });
  });

  it('proposes the usual half hour for a click, never past closing', () => {
    expect(selectionRange(lastDay, 14, 14, true)).toEqual({ start: 810, end: 810 + CLICK_MINUTES });
    expect(selectionRange(lastDay, 31, 31, true)).toEqual({ start: 1065, end: 1080 });
  });

  it('moves a block by whole rows and keeps it within the day', () => {
    expect(movedRange(lastDay, 810, 840, 2)).toEqual({ start: 840, end: 870 });
    expect(movedRange(lastDay, 810, 840, -1)).toEqual({ start: 795, end: 825 });
    expect(movedRange(lastDay, 1020, 1050, 10)).toEqual({ start: 1050, end: 1080 });
    expect(movedRange(lastDay, 615, 645, -5)).toEqual({ start: 600, end: 630 });
  });

  it('resizes by the bottom edge, at least one row long', () => {
    expect(resizedEnd(lastDay, 810, 840, 1)).toBe(855);
    expect(resizedEnd(lastDay, 810, 840, -5)).toBe(825);
    expect(resizedEnd(lastDay, 1020, 1050, 10)).toBe(1080);
  });

  it('reads a list of start times however it is separated', () => {
    expect(parseStartList('13:30, 14:30, 15:30')).toEqual({ times: ['13:30', '14:30', '15:30'], invalid: [] });
    expect(parseStartList('13:30、14:30 9:00')).toEqual({ times: ['13:30', '14:30', '09:00'], invalid: [] });
    expect(parseStartList('１３：３０、１４：３０　１５：３０')).toEqual({ times: ['13:30', '14:30', '15:30'], invalid: [] });
    expect(parseStartList('13:30, 2時')).toEqual({ times: ['13:30'], invalid: ['2時'] });
    expect(parseStartList(' ')).toEqual({ times: [], invalid: [] });
  });

  it('puts overlapping blocks side by side and lone ones full width', () => {
    const a = { start: 810, end: 840 };
    const b = { start: 825, end: 855 };
    const c = { start: 900, end: 930 };
    const out = lanes([c, b, a]);
    const of = (x: object) => out.find((o) => o.item === x);
    expect(of(a)).toMatchObject({ lane: 0, lanes: 2 });
    expect(of(b)).toMatchObject({ lane: 1, lanes: 2 });
    expect(of(c)).toMatchObject({ lane: 0, lanes: 1 });
    // Back to back is not overlapping.
    expect(
      lanes([
        { start: 810, end: 840 },
        { start: 840, end: 870 },
      ]).map((o) => o.lanes),
    ).toEqual([1, 1]);
  });
});
