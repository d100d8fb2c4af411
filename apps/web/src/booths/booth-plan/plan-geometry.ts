import { metaOf, type ApiErrorDetail, type Booth, type BoothInput } from '@bussanten/contracts';
import { boothPlacementProblems, rectsOverlap, type Rect } from '@bussanten/domain';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/error-messages';
import { translate, type Lang } from '../../i18n/dictionaries';
import { BOOTH_TAG_KEYS } from '../../fairs';

/** Booths are laid out with tape on the floor in half-metre steps; finer positions only look precise. */
export const SNAP_M = 0.5;
/** The API's smallest booth side. */
export const MIN_SIDE_M = 0.5;

export interface RoomSize {
  widthM: number;
  depthM: number;
}

/** Rounds to centimetres, so 0.1 + 0.2 steps never show as 0.30000000000000004. */
export const roundM = (v: number): number => Math.round(v * 100) / 100 + 0;

export const snap = (v: number): number => roundM(Math.round(v / SNAP_M) * SNAP_M);

/** The rectangle moved by (dx, dy) metres, snapped, never past the room's top or left wall. */
export function movedRect(start: Rect, dx: number, dy: number): Rect {
  return { ...start, x: Math.max(0, snap(start.x + dx)), y: Math.max(0, snap(start.y + dy)) };
}

/** The rectangle with its bottom-right corner moved by (dw, dd) metres, snapped, at least MIN_SIDE_M. */
export function resizedRect(start: Rect, dw: number, dd: number): Rect {
  return { ...start, width: Math.max(MIN_SIDE_M, snap(start.width + dw)), depth: Math.max(MIN_SIDE_M, snap(start.depth + dd)) };
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The keyboard's way to do what dragging does: an arrow moves the booth half a metre, Shift+arrow
 * moves its bottom-right corner (resizes). null for any other key.
 */
export function rectAfterKey(rect: Rect, key: string, shift: boolean): Rect | null {
  const arrow = ARROWS[key];
  if (!arrow) return null;
  const [h, v] = arrow;
  return shift ? resizedRect(rect, h * SNAP_M, v * SNAP_M) : movedRect(rect, h * SNAP_M, v * SNAP_M);
}

export const sameRect = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.depth === b.depth;

/**
 * Why a booth cannot stand at `rect`: the domain's rules (inside the room, no overlap; the API
 * checks the same) plus the top and left walls, which dragging can reach.
 */
export function placementProblems(rect: Rect, room: RoomSize, booths: readonly Booth[], selfId: string | null): ApiErrorDetail[] {
  const walls: ApiErrorDetail[] = [];
  if (rect.x < 0) walls.push({ field: 'x', rule: 'insideRoom', message: 'the booth reaches past the left wall', meta: { limit: 0 } });
  if (rect.y < 0) walls.push({ field: 'y', rule: 'insideRoom', message: 'the booth reaches past the top wall', meta: { limit: 0 } });
  return [
    ...walls,
    ...boothPlacementProblems(
      rect,
      room,
      booths.filter((b) => b.id !== selfId),
    ),
  ];
}

/** A placement problem in words, naming the booth it overlaps (the API's meta.code). */
export function problemText(p: ApiErrorDetail, lang: Lang): string {
  if (p.rule === 'overlapsBooth') return translate(lang, 'plan.problem.overlaps', { code: metaOf(p, 'overlapsBooth')?.code ?? '' });
  if (p.rule === 'insideRoom') return translate(lang, 'plan.problem.outside');
  return p.message;
}

/**
 * Why the API refused to save a booth, for the line under the plan: its error in words (describeError),
 * then the booths it overlaps or the wall it crosses, as the API named them ('入力内容に誤りがあります。
 * ブース A-2 と重なります。'). Another hand may have drawn there since the plan was read.
 */
export function refusalText(error: unknown, lang: Lang): string {
  const { message } = describeError(error, lang);
  const placement = isApiError(error) && error.body ? error.body.details.filter((d) => d.rule === 'overlapsBooth' || d.rule === 'insideRoom') : [];
  const named = [...new Set(placement.map((d) => problemText(d, lang)))];
  if (named.length === 0) return message;
  if (lang === 'ja') return `${message}${named.join('、')}。`;
  const sentence = named.join(', ');
  return `${message} ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/**
 * Where a new booth of `size` fits: the first free spot scanning rows from the top-left corner in
 * half-metre steps, or null when the room has no room left for it.
 */
export function findFreeSpot(room: RoomSize, booths: readonly Rect[], size: { width: number; depth: number }): { x: number; y: number } | null {
  for (let y = 0; y + size.depth <= room.depthM + 1e-9; y = roundM(y + SNAP_M)) {
    for (let x = 0; x + size.width <= room.widthM + 1e-9; x = roundM(x + SNAP_M)) {
      const rect = { x, y, ...size };
      if (!booths.some((b) => rectsOverlap(rect, b))) return { x, y };
    }
  }
  return null;
}

/** The PUT body for a booth: the whole BoothInput, as the API replaces every field. */
export function toBoothInput(b: BoothInput): BoothInput {
  return {
    code: b.code,
    x: b.x,
    y: b.y,
    width: b.width,
    depth: b.depth,
    powerWatts: b.powerWatts,
    fridge: b.fridge,
    freezer: b.freezer,
    water: b.water,
    cookingAllowed: b.cookingAllowed,
    tags: [...b.tags],
    prime: b.prime ?? 0,
    zone: b.zone ?? null,
  };
}

/** Short words for what a booth has, for the plan and the table: '電源 1500W', '冷蔵', … */
export function facilityTexts(b: BoothInput, lang: Lang): string[] {
  const out: string[] = [];
  if (b.powerWatts > 0) out.push(translate(lang, 'plan.facility.power', { watts: b.powerWatts }));
  if (b.fridge) out.push(translate(lang, 'plan.facility.fridge'));
  if (b.freezer) out.push(translate(lang, 'plan.facility.freezer'));
  if (b.water) out.push(translate(lang, 'plan.facility.water'));
  if (b.cookingAllowed) out.push(translate(lang, 'plan.facility.cooking'));
  return out;
}

/** '2（よい）': the footfall level with its word; out-of-range values (an older API) read as the nearest level. */
export function primeText(prime: number | undefined, lang: Lang): string {
  const level = Math.min(3, Math.max(0, Math.round(prime ?? 0))) as 0 | 1 | 2 | 3;
  return translate(lang, `plan.prime.${level}`);
}

export function tagTexts(b: BoothInput, lang: Lang): string[] {
  return b.tags.map((tag) => translate(lang, BOOTH_TAG_KEYS[tag]));
}

/**
 * What a screen reader says for a booth on the plan: 'ブース A1 電源 1500W 冷蔵 角、3×2 m、左から 2 m・上から 1 m'.
 * It begins with the words drawn on the booth, in their order (boothLabelLines), so that a voice
 * control user who says what they see reaches it (WCAG 2.5.3, label in name). The position comes
 * last so the booth is recognised first and the arrow keys' effect can be heard.
 */
export function boothAriaLabel(b: BoothInput, lang: Lang): string {
  const drawn = [translate(lang, 'plan.aria.booth', { code: b.code }), ...boothLabelLines(b, lang)].join(' ');
  const size = translate(lang, 'plan.aria.size', { width: roundM(b.width), depth: roundM(b.depth) });
  const parts = [drawn, size, translate(lang, 'plan.aria.position', { x: roundM(b.x), y: roundM(b.y) })];
  if (b.zone) parts.push(translate(lang, 'plan.aria.zone', { zone: b.zone }));
  return parts.join(translate(lang, 'plan.aria.separator'));
}

/** The lines drawn under a booth's code on the plan: its facilities, then its tags. */
export function boothLabelLines(b: BoothInput, lang: Lang): string[] {
  return [facilityTexts(b, lang).join(' '), tagTexts(b, lang).join('・')].filter(Boolean);
}

/** Rough width of a label in metres at `fontSize` metres: CJK glyphs are square, Latin about half. */
export function textWidthM(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** Booths that reach outside the room (e.g. copied from a larger room's plan), in code order. */
export function boothsOutside(room: RoomSize, booths: readonly Booth[]): Booth[] {
  return booths
    .filter((b) => b.x < 0 || b.y < 0 || b.x + b.width > room.widthM + 1e-9 || b.y + b.depth > room.depthM + 1e-9)
    .sort((a, b) => compareCodes(a.code, b.code));
}

/** A zone's name drawn once on the plan, by the top-left corner of the rectangle around its booths. */
export interface ZoneLabel {
  zone: string;
  /** Where the text starts (its baseline), in metres. */
  x: number;
  y: number;
}

/** Letters of a zone label in metres. */
export const ZONE_LABEL_SIZE = 0.42;

/**
 * One label per zone, in name order: just above the zone's booths where there is half a metre of
 * room over them, else just under them (a zone along the top wall).
 */
export function zoneLabels(booths: readonly Pick<Booth, 'x' | 'y' | 'width' | 'depth' | 'zone'>[]): ZoneLabel[] {
  const boxes = new Map<string, { left: number; top: number; bottom: number }>();
  for (const b of booths) {
    if (!b.zone) continue;
    const box = boxes.get(b.zone);
    boxes.set(
      b.zone,
      box
        ? { left: Math.min(box.left, b.x), top: Math.min(box.top, b.y), bottom: Math.max(box.bottom, b.y + b.depth) }
        : { left: b.x, top: b.y, bottom: b.y + b.depth },
    );
  }
  return [...boxes.entries()]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([zone, box]) => ({
      zone,
      x: roundM(box.left),
      y: roundM(box.top >= ZONE_LABEL_SIZE + 0.15 ? box.top - 0.12 : box.bottom + ZONE_LABEL_SIZE + 0.05),
    }));
}

/** The size of a booth's code on the editor's plan, in metres (as BoothLabels draws it). */
export const codeSizeM = (b: { width: number; depth: number }): number => Math.min(0.9, Math.max(0.35, Math.min(b.width, b.depth) * 0.4));

/** The code size of most booths (the middle one): what the editor's default zoom makes readable. */
export function typicalCodeSizeM(booths: readonly { width: number; depth: number }[]): number {
  if (booths.length === 0) return 0;
  const sizes = booths.map(codeSizeM).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] as number;
}

/** Booth codes in the order people read them (A2 before A10): one collator for every comparison. */
export const compareCodes = new Intl.Collator('ja', { numeric: true }).compare;
