import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Appearance } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { AppearanceBlock, type GestureKind } from './AppearanceBlock';
import {
  ROW_PX,
  blockBox,
  formatTime,
  gridHeight,
  lanes,
  movedRange,
  resizedEnd,
  rowAt,
  rowStarts,
  rowsMoved,
  selectionRange,
  type DayHours,
} from './time-grid';
import type { Column } from './timetable-model';

/** How far (px) the pointer must travel before a press on a block becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

/** An appearance where the grid draws it (its saved place, or where it is being saved to). */
export interface Placed {
  appearance: Appearance;
  start: number;
  end: number;
  columnKey: string;
}

/** Where a dragged block would land. */
export interface Preview {
  appearance: Appearance;
  start: number;
  end: number;
  columnKey: string;
}

type Gesture =
  | { kind: 'select'; columnKey: string; anchor: number; row: number; moved: boolean }
  | { kind: GestureKind; placed: Placed; x: number; y: number; dragging: boolean };

interface Props {
  hours: DayHours;
  columns: readonly Column[];
  items: readonly Placed[];
  preview: Preview | null;
  /** What the preview's place and time would meet (local rules, then the server's check). */
  previewProblems: readonly string[];
  /** The block a refused move put back, and the id of the message saying why (it describes the block). */
  refused: { appearanceId: string; messageId: string } | null;
  onSelectRange: (columnKey: string, start: number, end: number) => void;
  onOpen: (appearance: Appearance) => void;
  onPreview: (preview: Preview | null) => void;
  onDrop: (preview: Preview) => void;
}

/**
 * The day's grid: a column per place, a row per quarter hour (ROW_PX tall, see time-grid.ts). With
 * pointer events (mouse, pen, touch alike): press and drag on empty cells to choose a time for a
 * new appearance; drag a block to move it in time and across columns; drag its bottom edge to
 * change its end. Everything snaps to 15 minutes. Escape gives up a drag.
 */
export function TimetableGrid({ hours, columns, items, preview, previewProblems, refused, onSelectRange, onOpen, onPreview, onDrop }: Props) {
  const { t } = useI18n();
  const gesture = useRef<Gesture | null>(null);
  const [selection, setSelection] = useState<{ columnKey: string; start: number; end: number } | null>(null);
  const bodies = useRef(new Map<string, HTMLDivElement>());
  const rows = rowStarts(hours);
  const height = gridHeight(hours);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !gesture.current) return;
      gesture.current = null;
      setSelection(null);
      onPreview(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPreview]);

  /** The column whose body spans the pointer's x; null outside the grid. */
  const columnAt = (x: number): string | null => {
    for (const [key, el] of bodies.current) {
      const r = el.getBoundingClientRect();
      if (x >= r.left && x < r.right) return key;
    }
    return null;
  };
  const rowIn = (columnKey: string, y: number) => rowAt(hours, y - (bodies.current.get(columnKey)?.getBoundingClientRect().top ?? 0));

  // Choosing a time on empty cells.
  const selectDown = (e: ReactPointerEvent<HTMLDivElement>, columnKey: string) => {
    if (e.button !== 0 || e.target !== e.currentTarget) return;
    const row = rowIn(columnKey, e.clientY);
    gesture.current = { kind: 'select', columnKey, anchor: row, row, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
    setSelection({ columnKey, ...selectionRange(hours, row, row, true) });
  };
  const selectMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const g = gesture.current;
    if (!g || g.kind !== 'select') return;
    const row = rowIn(g.columnKey, e.clientY);
    if (row === g.row && !g.moved) return;
    g.row = row;
    g.moved = true;
    setSelection({ columnKey: g.columnKey, ...selectionRange(hours, g.anchor, row, false) });
  };
  const selectUp = () => {
    const g = gesture.current;
    gesture.current = null;
    setSelection(null);
    if (!g || g.kind !== 'select') return;
    const range = selectionRange(hours, g.anchor, g.row, !g.moved);
    onSelectRange(g.columnKey, range.start, range.end);
  };

  // Moving and resizing blocks.
  const blockDown = (e: ReactPointerEvent<HTMLElement>, placed: Placed, kind: GestureKind) => {
    if (e.button !== 0) return;
    gesture.current = { kind, placed, x: e.clientX, y: e.clientY, dragging: false };
    const block = (e.currentTarget.closest('.tt-block') ?? e.currentTarget) as HTMLElement;
    block.setPointerCapture(e.pointerId);
  };
  const previewFor = (g: Extract<Gesture, { kind: GestureKind }>, x: number, y: number): Preview => {
    const { placed } = g;
    const moved = rowsMoved(y - g.y);
    if (g.kind === 'resize') {
      return { appearance: placed.appearance, start: placed.start, end: resizedEnd(hours, placed.start, placed.end, moved), columnKey: placed.columnKey };
    }
    const range = movedRange(hours, placed.start, placed.end, moved);
    return { appearance: placed.appearance, ...range, columnKey: columnAt(x) ?? placed.columnKey };
  };
  const blockMove = (e: ReactPointerEvent<HTMLElement>) => {
    const g = gesture.current;
    if (!g || g.kind === 'select') return;
    if (!g.dragging && Math.hypot(e.clientX - g.x, e.clientY - g.y) < DRAG_THRESHOLD) return;
    g.dragging = true;
    onPreview(previewFor(g, e.clientX, e.clientY));
  };
  const blockUp = (e: ReactPointerEvent<HTMLElement>) => {
    const g = gesture.current;
    gesture.current = null;
    if (!g || g.kind === 'select') return;
    if (!g.dragging) {
      onOpen(g.placed.appearance);
      return;
    }
    const p = previewFor(g, e.clientX, e.clientY);
    onPreview(null);
    const same = p.start === g.placed.start && p.end === g.placed.end && p.columnKey === g.placed.columnKey;
    if (!same) onDrop(p);
  };
  const blockCancel = () => {
    gesture.current = null;
    onPreview(null);
  };

  const labelOf = (key: string) => columns.find((c) => c.key === key)?.label ?? '';

  return (
    <div className="tt-scroll" role="region" aria-label={t('timetable.gridLabel')} tabIndex={0}>
      <div className="tt-grid" style={{ gridTemplateColumns: `4rem repeat(${columns.length}, minmax(8rem, 1fr))` }}>
        <div className="tt-corner" aria-hidden="true" />
        {columns.map((c) => (
          <div key={c.key} className="tt-head">
            {c.label}
          </div>
        ))}
        <div className="tt-axis" style={{ height }} aria-hidden="true">
          {rows.map((m, i) =>
            m % 30 === 0 ? (
              <span key={m} className="tt-axis__label" style={{ top: i * ROW_PX }}>
                {formatTime(m)}
              </span>
            ) : null,
          )}
        </div>
        {columns.map((c) => {
          const here = items.filter((p) => p.columnKey === c.key);
          return (
            <div
              key={c.key}
              ref={(el) => {
                if (el) bodies.current.set(c.key, el);
                else bodies.current.delete(c.key);
              }}
              className="tt-col"
              data-column={c.key}
              style={{ height, backgroundSize: `100% ${ROW_PX * 2}px` }}
              onPointerDown={(e) => selectDown(e, c.key)}
              onPointerMove={selectMove}
              onPointerUp={selectUp}
              onPointerCancel={() => {
                gesture.current = null;
                setSelection(null);
              }}
            >
              {selection && selection.columnKey === c.key && (
                <div className="tt-selection" style={blockBox(hours, selection.start, selection.end)} aria-hidden="true" />
              )}
              {lanes(here).map(({ item: p, lane, lanes: n }) => (
                <AppearanceBlock
                  key={p.appearance.id}
                  appearance={p.appearance}
                  place={labelOf(p.columnKey)}
                  moving={preview?.appearance.id === p.appearance.id}
                  refusedBy={refused?.appearanceId === p.appearance.id ? refused.messageId : null}
                  style={{ ...blockBox(hours, p.start, p.end), left: `calc(${(lane / n) * 100}% + 2px)`, width: `calc(${100 / n}% - 4px)` }}
                  onPointerDown={(e, kind) => blockDown(e, p, kind)}
                  onOpen={() => onOpen(p.appearance)}
                  handlers={{ onPointerMove: blockMove, onPointerUp: blockUp, onPointerCancel: blockCancel }}
                />
              ))}
              {preview && preview.columnKey === c.key && (
                <div
                  className={`tt-ghost${previewProblems.length ? ' tt-ghost--bad' : ''}`}
                  style={blockBox(hours, preview.start, preview.end)}
                  aria-hidden="true"
                >
                  <strong className="block">{preview.appearance.guest.name}</strong>
                  <span className="block">{`${formatTime(preview.start)}–${formatTime(preview.end)}`}</span>
                  {previewProblems.map((p) => (
                    <span key={p} className="block tt-ghost__problem">
                      {p}
                    </span>
                  ))}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
