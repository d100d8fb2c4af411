/**
 * The arithmetic of a zoomable plan: a drawing in metres shown in a scroll box at `scale` CSS pixels
 * per metre. The box scrolls (scrollbars, drag-to-pan, a finger); zooming keeps the point under the
 * pointer where it is, and "zoom to" brings a booth to the middle at a readable size.
 */

/** The drawing's own box, in metres (the SVG's viewBox). */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoxSize {
  width: number;
  height: number;
}

/** The closest zoom: a 3 m booth is then 360 px wide. */
export const MAX_SCALE = 120;
/** Each press of 拡大 / 縮小 (and each key + / −). */
export const ZOOM_STEP = 1.5;
/** Text drawn smaller than this (CSS px) is not drawn: holder names are hidden below it. */
export const MIN_TEXT_PX = 10;
/** A booth's code is readable from this size on; the default zoom of a big plan aims for it. */
export const READABLE_TEXT_PX = 12;

/** The scale at which the whole drawing fits the box (never 0, never past MAX_SCALE). */
export function fitScale(box: BoxSize, content: ViewBox): number {
  if (content.width <= 0 || content.height <= 0 || box.width <= 0 || box.height <= 0) return 1;
  return Math.min(MAX_SCALE, box.width / content.width, box.height / content.height);
}

/** `scale` kept between the whole plan (fit) and the closest zoom. */
export function clampScale(scale: number, fit: number): number {
  return Math.min(Math.max(scale, fit), Math.max(fit, MAX_SCALE));
}

/**
 * Where to start: the whole plan when its text is readable so, else zoomed until `textM` metres of
 * text reach READABLE_TEXT_PX (the view then opens at the top-left corner, the entrance side).
 */
export function initialScale(fit: number, textM: number): number {
  if (textM <= 0 || fit * textM >= READABLE_TEXT_PX) return fit;
  return clampScale(READABLE_TEXT_PX / textM, fit);
}

/** Whether text of `textM` metres is drawn at `scale` (not below MIN_TEXT_PX). */
export function readableAt(scale: number, textM: number): boolean {
  return scale * textM >= MIN_TEXT_PX - 1e-9;
}

/**
 * The scroll offset along one axis that keeps the drawing's point under `anchor` (px from the box's
 * edge) still while the scale goes from `from` to `to`.
 */
export function anchoredScroll(scroll: number, anchor: number, from: number, to: number): number {
  return Math.max(0, ((scroll + anchor) / from) * to - anchor);
}

/** The scroll offsets that put the middle of `rect` (metres) in the middle of the box at `scale`. */
export function centredScroll(rect: ViewBox, content: ViewBox, scale: number, box: BoxSize): { left: number; top: number } {
  const cx = (rect.x + rect.width / 2 - content.x) * scale;
  const cy = (rect.y + rect.height / 2 - content.y) * scale;
  return { left: Math.max(0, cx - box.width / 2), top: Math.max(0, cy - box.height / 2) };
}

/** The scale "zoom to" uses for `rect`: at least readable (for text of `textM` metres), the rect still inside the box. */
export function focusScale(current: number, fit: number, rect: ViewBox, box: BoxSize, textM: number): number {
  const readable = textM > 0 ? READABLE_TEXT_PX / textM : current;
  const inside = Math.min(box.width / (rect.width * 1.5), box.height / (rect.height * 1.5));
  return clampScale(Math.min(Math.max(current, readable), Math.max(inside, fit)), fit);
}

/** Pixels from the box's edge within which a drag scrolls it. */
export const EDGE_PX = 48;
/** The fastest edge scroll, px per frame. */
export const EDGE_SPEED = 22;

/**
 * How fast a drag at `pos` scrolls along one axis of a box spanning [start, end]: negative towards
 * start, positive towards end, faster the closer to (or further past) the edge; 0 in the middle.
 */
export function edgeSpeed(pos: number, start: number, end: number, edge = EDGE_PX, max = EDGE_SPEED): number {
  const margin = Math.min(edge, (end - start) / 4);
  if (margin <= 0) return 0;
  if (pos < start + margin) return -Math.ceil(max * Math.min(1, (start + margin - pos) / margin));
  if (pos > end - margin) return Math.ceil(max * Math.min(1, (pos - (end - margin)) / margin));
  return 0;
}
