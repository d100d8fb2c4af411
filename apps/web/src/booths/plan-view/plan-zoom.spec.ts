import { MAX_SCALE, READABLE_TEXT_PX, anchoredScroll, centredScroll, clampScale, edgeSpeed, fitScale, focusScale, initialScale, readableAt } from './plan-zoom';

// The generated big fair's room: 62 × 66 m, in a box of 900 × 700 px.
const BIG = { x: -0.2, y: -0.2, width: 62.4, height: 66.4 };
const BOX = { width: 900, height: 700 };

describe('plan zoom', () => {
  it.each([
    ['a big room fits by its height', BOX, BIG, 700 / 66.4],
    ['a small room fits by its width', { width: 600, height: 700 }, { x: 0, y: 0, width: 20, height: 10 }, 30],
    ['never past the closest zoom', { width: 900, height: 700 }, { x: 0, y: 0, width: 2, height: 2 }, MAX_SCALE],
    ['an empty box is 1', { width: 0, height: 0 }, BIG, 1],
  ])('fitScale: %s', (_, box, content, expected) => {
    expect(fitScale(box, content)).toBeCloseTo(expected);
  });

  it.each([
    ['small text at the whole-plan scale starts zoomed until readable', 10.5, 0.55, READABLE_TEXT_PX / 0.55],
    ['text readable at fit starts at fit', 40, 0.55, 40],
    ['no text: fit', 10.5, 0, 10.5],
  ])('initialScale: %s', (_, fit, textM, expected) => {
    expect(initialScale(fit, textM)).toBeCloseTo(expected);
  });

  it.each([
    [5, 10, 10],
    [50, 10, 50],
    [500, 10, MAX_SCALE],
    [500, 200, 200],
  ])('clampScale(%d, fit %d) = %d', (scale, fit, expected) => {
    expect(clampScale(scale, fit)).toBe(expected);
  });

  it.each([
    [22, 0.47, true],
    [20, 0.4, false],
    [10.5, 0.47, false],
  ])('readableAt(%d px/m, %d m) = %s', (scale, textM, expected) => {
    expect(readableAt(scale, textM)).toBe(expected);
  });

  it('keeps the point under the pointer still while zooming', () => {
    // At 10 px/m, scrolled 100 px, the pointer 200 px in: the point is 30 m in; at 20 px/m it is 600 px, so scroll 400.
    expect(anchoredScroll(100, 200, 10, 20)).toBe(400);
    expect(anchoredScroll(0, 0, 10, 5)).toBe(0);
    expect(anchoredScroll(0, 300, 20, 10)).toBe(0);
  });

  it('centres a booth, never scrolling before the start', () => {
    expect(centredScroll({ x: 30, y: 40, width: 3, height: 3 }, BIG, 20, BOX)).toEqual({ left: (31.5 + 0.2) * 20 - 450, top: (41.5 + 0.2) * 20 - 350 });
    expect(centredScroll({ x: 0, y: 0, width: 3, height: 3 }, BIG, 20, BOX)).toEqual({ left: 0, top: 0 });
  });

  it('zooms to a booth at least until its text is readable, keeping the booth inside the box', () => {
    expect(focusScale(10.5, 10.5, { x: 0, y: 0, width: 3, height: 3 }, BOX, 0.55)).toBeCloseTo(READABLE_TEXT_PX / 0.55);
    expect(focusScale(60, 10.5, { x: 0, y: 0, width: 3, height: 3 }, BOX, 0.55)).toBe(60);
    // A whole zone (60 × 6 m) is not zoomed past what shows it whole.
    expect(focusScale(10.5, 10.5, { x: 0, y: 0, width: 60, height: 6 }, BOX, 0.55)).toBeCloseTo(10.5);
  });

  it.each([
    ['middle', 500, 0],
    ['at the start edge', 0, -22],
    ['half into the start margin', 24, -11],
    ['past the end', 1100, 22],
    ['just inside the end margin', 958, 3],
  ])('edgeSpeed: %s', (_, pos, expected) => {
    expect(edgeSpeed(pos, 0, 1000)).toBe(expected);
  });
});
