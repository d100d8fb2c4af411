import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ApiErrorDetail, Booth } from '@bussanten/contracts';
import type { Rect } from '@bussanten/domain';
import { useI18n } from '../../i18n/i18n';
import {
  ZONE_LABEL_SIZE,
  boothAriaLabel,
  boothLabelLines,
  codeSizeM,
  movedRect,
  placementProblems,
  rectAfterKey,
  resizedRect,
  sameRect,
  textWidthM,
  zoneLabels,
  type RoomSize,
} from './plan-geometry';
import { readableAt } from '../plan-view/plan-zoom';

interface Drag {
  boothId: string;
  mode: 'move' | 'resize';
  pointerId: number;
  /** Where the pointer went down, in metres, and the booth's rectangle then. */
  from: { x: number; y: number };
  start: Rect;
  rect: Rect;
  /**
   * Dropped and being saved: drawn where it was dropped until the plan (the query cache, updated at
   * once but told to React a moment later) has the booth there, so it never flashes back in between.
   */
  dropped?: boolean;
}

interface FloorPlanSvgProps {
  room: RoomSize & { name: string };
  booths: readonly Booth[];
  selectedId: string | null;
  /** Id of the text explaining the keys, read after each booth's own name. */
  instructionsId: string;
  /** The booth a refused save put back, and the id of the message saying why (it describes the booth). */
  refused: { boothId: string; messageId: string } | null;
  onSelect: (boothId: string) => void;
  /** A drag or a key asks to put a booth at `rect`; the editor checks and saves it (true), or refuses (false). */
  onPlace: (booth: Booth, rect: Rect) => boolean;
  /** While dragging: the problems at the current position, for the page's live message. */
  onDragProblems: (booth: Booth, problems: ApiErrorDetail[] | null) => void;
  /** Enter on a booth: open its form. */
  onOpen: (boothId: string) => void;
  /** The zoom, CSS px per metre: the lines under a code are not drawn below 10 px. None: always drawn. */
  scale?: number;
}

/** The letters of the lines under a booth's code, in metres. */
const SMALL_M = 0.32;

// Room for the metre marks above and left of the room, and a little air on the other sides.
const PAD_TOP_LEFT = 1;
const PAD_BOTTOM_RIGHT = 0.5;
const HANDLE_M = 0.45;

/**
 * The room drawn to scale in metres (the SVG's user units are metres, so the plan always fits the
 * width of the screen), a 1 m grid, and the booths. Booths are dragged with a pointer, resized by
 * their corner handle, or moved and resized with the arrow keys; every change snaps to 0.5 m.
 */
export function FloorPlanSvg({ room, booths, selectedId, instructionsId, refused, onSelect, onPlace, onDragProblems, onOpen, scale }: FloorPlanSvgProps) {
  const { t } = useI18n();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  // The plan changed (the dropped booth is in it now, or back where it was): the drop is drawn by the plan.
  const [drawnBooths, setDrawnBooths] = useState(booths);
  if (booths !== drawnBooths) {
    setDrawnBooths(booths);
    if (drag?.dropped) setDrag(null);
  }
  const { widthM: w, depthM: d } = room;

  /** The pointer's position in room metres, through the SVG's own transform (any zoom, any scroll). */
  const toMetres = (e: PointerEvent): { x: number; y: number } | null => {
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  };

  const startDrag = (e: PointerEvent<SVGElement>, booth: Booth, mode: Drag['mode']) => {
    if (e.button !== 0 || (drag && !drag.dropped)) return;
    const at = toMetres(e);
    if (!at) return;
    e.stopPropagation();
    e.preventDefault(); // no text selection, no native drag; focus is moved by hand below
    e.currentTarget.setPointerCapture(e.pointerId);
    onSelect(booth.id);
    (e.currentTarget.closest('[data-booth-id]') as SVGGElement | null)?.focus({ preventScroll: true });
    const start = { x: booth.x, y: booth.y, width: booth.width, depth: booth.depth };
    setDrag({ boothId: booth.id, mode, pointerId: e.pointerId, from: at, start, rect: start });
  };

  const moveDrag = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag || drag.dropped || e.pointerId !== drag.pointerId) return;
    const at = toMetres(e);
    if (!at) return;
    const dx = at.x - drag.from.x;
    const dy = at.y - drag.from.y;
    const rect = drag.mode === 'move' ? movedRect(drag.start, dx, dy) : resizedRect(drag.start, dx, dy);
    if (sameRect(rect, drag.rect)) return;
    setDrag({ ...drag, rect });
    const booth = booths.find((b) => b.id === drag.boothId);
    if (booth) onDragProblems(booth, placementProblems(rect, room, booths, booth.id));
  };

  const endDrag = (e: PointerEvent<SVGSVGElement>, cancelled: boolean) => {
    if (!drag || drag.dropped || e.pointerId !== drag.pointerId) return;
    const booth = booths.find((b) => b.id === drag.boothId);
    if (booth) onDragProblems(booth, null);
    const saving = booth !== undefined && !cancelled && !sameRect(drag.rect, drag.start) && onPlace(booth, drag.rect);
    setDrag(saving ? { ...drag, dropped: true } : null);
  };

  const onKeyDown = (e: KeyboardEvent<SVGGElement>, booth: Booth) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(booth.id);
      return;
    }
    if (e.key === 'Escape' && drag && !drag.dropped) {
      setDrag(null);
      onDragProblems(booth, null);
      return;
    }
    const rect = rectAfterKey(booth, e.key, e.shiftKey);
    if (!rect) return;
    e.preventDefault(); // the page must not scroll
    onSelect(booth.id);
    if (!sameRect(rect, booth)) onPlace(booth, rect);
  };

  // The booths get handlers that never change (each calls the latest of this render's), so a booth
  // whose own facts did not change is not drawn again when another one moves.
  const latest = useRef({ startDrag, onKeyDown, onSelect });
  useLayoutEffect(() => {
    latest.current = { startDrag, onKeyDown, onSelect };
  });
  const [handlers] = useState<BoothHandlers>(() => ({
    startDrag: (e, booth, mode) => latest.current.startDrag(e, booth, mode),
    onKeyDown: (e, booth) => latest.current.onKeyDown(e, booth),
    onSelect: (id) => latest.current.onSelect(id),
  }));
  const zones = useMemo(() => zoneLabels(booths), [booths]);
  const showLines = scale === undefined || readableAt(scale, SMALL_M);

  const { x: viewX, y: viewY, width: viewW, height: viewD } = editorViewBox(room, booths);
  const gridX = Array.from({ length: Math.floor(w) + 1 }, (_, i) => i);
  const gridY = Array.from({ length: Math.floor(d) + 1 }, (_, i) => i);
  const markEvery = w > 30 ? 10 : 5;

  return (
    <svg
      ref={svgRef}
      viewBox={`${viewX} ${viewY} ${viewW} ${viewD}`}
      role="group"
      aria-label={t('plan.svgLabel', { room: room.name, width: w, depth: d })}
      onPointerMove={moveDrag}
      onPointerUp={(e) => endDrag(e, false)}
      onPointerCancel={(e) => endDrag(e, true)}
    >
      <rect className="plan__floor" x={0} y={0} width={w} height={d} />
      <g aria-hidden="true">
        {gridX.map((x) => (
          <line key={`x${x}`} className="plan__grid" x1={x} y1={0} x2={x} y2={d} vectorEffect="non-scaling-stroke" />
        ))}
        {gridY.map((y) => (
          <line key={`y${y}`} className="plan__grid" x1={0} y1={y} x2={w} y2={y} vectorEffect="non-scaling-stroke" />
        ))}
        {gridX
          .filter((x) => x % markEvery === 0)
          .map((x) => (
            <text key={`mx${x}`} className="plan__axis" x={x} y={-0.3} fontSize={0.5} textAnchor="middle">
              {x}
            </text>
          ))}
        {gridY
          .filter((y) => y % markEvery === 0 && y > 0)
          .map((y) => (
            <text key={`my${y}`} className="plan__axis" x={-0.3} y={y + 0.18} fontSize={0.5} textAnchor="end">
              {y}
            </text>
          ))}
        <text className="plan__axis" x={w} y={d + 0.42} fontSize={0.35} textAnchor="end">
          {t('plan.metres')}
        </text>
      </g>
      <rect className="plan__room" x={0} y={0} width={w} height={d} vectorEffect="non-scaling-stroke" aria-hidden="true" />

      {booths.map((booth) => {
        const dragging = drag?.boothId === booth.id ? drag : null;
        const rect = dragging ? dragging.rect : booth;
        return (
          <EditorBooth
            key={booth.id}
            booth={booth}
            rect={rect}
            selected={booth.id === selectedId}
            dragging={dragging !== null && !dragging.dropped}
            invalid={dragging !== null && !dragging.dropped && placementProblems(rect, room, booths, booth.id).length > 0}
            refusedBy={refused?.boothId === booth.id ? refused.messageId : null}
            instructionsId={instructionsId}
            showLines={showLines}
            handlers={handlers}
          />
        );
      })}
      {/* Each zone named once, by its booths; over them, so a booth never hides it, and never in a drag's way. */}
      <g aria-hidden="true" className="plan__zones">
        {zones.map((z) => (
          <text key={z.zone} className="plan__zone" x={z.x} y={z.y} fontSize={ZONE_LABEL_SIZE}>
            {z.zone}
          </text>
        ))}
      </g>
    </svg>
  );
}

/** The drawing's box in metres: the room with room for the metre marks, widened to booths lying outside it. */
export function editorViewBox(room: RoomSize, booths: readonly Rect[]): { x: number; y: number; width: number; height: number } {
  // A booth copied from a larger room may lie outside this one: widen the drawing so it can still be seen and dragged back.
  const w = Math.max(room.widthM, ...booths.map((b) => b.x + b.width));
  const d = Math.max(room.depthM, ...booths.map((b) => b.y + b.depth));
  return { x: -PAD_TOP_LEFT, y: -PAD_TOP_LEFT, width: w + PAD_TOP_LEFT + PAD_BOTTOM_RIGHT, height: d + PAD_TOP_LEFT + PAD_BOTTOM_RIGHT };
}

interface BoothHandlers {
  startDrag: (e: PointerEvent<SVGElement>, booth: Booth, mode: Drag['mode']) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>, booth: Booth) => void;
  onSelect: (boothId: string) => void;
}

/** One booth of the editor: drawn again only when its own facts (or its drag) change. */
const EditorBooth = memo(function EditorBooth({
  booth,
  rect,
  selected,
  dragging,
  invalid,
  refusedBy,
  instructionsId,
  showLines,
  handlers,
}: {
  booth: Booth;
  rect: Rect;
  selected: boolean;
  dragging: boolean;
  invalid: boolean;
  /** The id of the message saying why a save of this booth was refused, if it was. */
  refusedBy: string | null;
  instructionsId: string;
  showLines: boolean;
  handlers: BoothHandlers;
}) {
  const { lang } = useI18n();
  const shown = { ...booth, ...rect };
  const classes = [
    'plan__booth',
    selected && 'plan__booth--selected',
    dragging && 'plan__booth--dragging',
    invalid && 'plan__booth--invalid',
    refusedBy && 'plan__booth--refused',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      data-booth-id={booth.id}
      className={classes}
      tabIndex={0}
      role="button"
      aria-label={boothAriaLabel(shown, lang)}
      aria-describedby={refusedBy ? `${refusedBy} ${instructionsId}` : instructionsId}
      onPointerDown={(e) => handlers.startDrag(e, booth, 'move')}
      onKeyDown={(e) => handlers.onKeyDown(e, booth)}
      onFocus={() => handlers.onSelect(booth.id)}
    >
      <rect className="plan__booth-body" x={rect.x} y={rect.y} width={rect.width} height={rect.depth} vectorEffect="non-scaling-stroke" />
      <BoothLabels booth={shown} showLines={showLines} />
      <rect
        className="plan__handle"
        x={rect.x + rect.width - HANDLE_M}
        y={rect.y + rect.depth - HANDLE_M}
        width={HANDLE_M}
        height={HANDLE_M}
        onPointerDown={(e) => handlers.startDrag(e, booth, 'resize')}
        aria-hidden="true"
      />
    </g>
  );
});

/** The code, big, and under it what the booth has: squeezed to the booth's width rather than spilling over. */
function BoothLabels({ booth, showLines }: { booth: Booth; showLines: boolean }) {
  const { lang } = useI18n();
  const codeSize = codeSizeM(booth);
  const small = SMALL_M;
  const lines = showLines ? boothLabelLines(booth, lang) : [];
  const room = booth.width - 0.2;
  const cx = booth.x + booth.width / 2;
  // Lines under the code only when the booth is deep enough to hold them.
  const fits = lines.filter((_, i) => codeSize + (i + 1) * (small + 0.08) + 0.2 <= booth.depth);
  const top = booth.y + booth.depth / 2 - (fits.length * (small + 0.08)) / 2;
  const squeeze = (text: string, size: number) =>
    textWidthM(text, size) > room ? { textLength: Math.max(0.1, room), lengthAdjust: 'spacingAndGlyphs' as const } : {};
  return (
    <g aria-hidden="true">
      <text className="plan__code" x={cx} y={top + codeSize * 0.35} fontSize={codeSize} textAnchor="middle" {...squeeze(booth.code, codeSize)}>
        {booth.code}
      </text>
      {fits.map((line, i) => (
        <text
          key={i}
          className="plan__facilities"
          x={cx}
          y={top + codeSize * 0.35 + (i + 1) * (small + 0.08) + 0.05}
          fontSize={small}
          textAnchor="middle"
          {...squeeze(line, small)}
        >
          {line}
        </text>
      ))}
    </g>
  );
}
