import {
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useI18n } from '../../i18n/i18n';
import './plan-view.css';
import {
  EDGE_PX,
  ZOOM_STEP,
  anchoredScroll,
  centredScroll,
  clampScale,
  edgeSpeed,
  fitScale,
  focusScale,
  initialScale,
  type BoxSize,
  type ViewBox,
} from './plan-zoom';

/** What a page can ask of the plan's view: bring a booth into view, scroll while a drag nears an edge. */
export interface PlanViewportHandle {
  /** Zooms until text of `textM` metres is readable (the rect still inside the box) and centres `rect`. */
  focusOn(rect: ViewBox, textM: number): void;
  /** A drag is at (clientX, clientY): near (or past) an edge, the box scrolls that way until it stops. */
  edgeScroll(clientX: number, clientY: number): void;
  stopEdgeScroll(): void;
}

interface PlanViewportProps {
  /** The drawing's box in metres (its viewBox). */
  content: ViewBox;
  /** The plan's name (the scroll region is named after it). */
  label: string;
  /** The usual size of a booth's code in metres: the default zoom makes it readable. */
  textM: number;
  /** Whether a press on `target` pans the view (the editor keeps presses on booths for their own drag). */
  canPanFrom?: (target: Element) => boolean;
  /** The edge scroll moved the view (what lies under a still pointer changed). */
  onAutoScroll?: () => void;
  handle?: Ref<PlanViewportHandle>;
  /** The drawing at `scale` CSS px per metre; its SVGs fill the sized box they are drawn in. */
  children: (scale: number) => ReactNode;
}

/** A box size for environments that lay nothing out (the box then reads 0 × 0). */
const FALLBACK: BoxSize = { width: 800, height: 600 };
const KEY_SCROLL_PX = 48;
/** A drag this far past the box still scrolls it; further away it is somewhere else on the page. */
const EDGE_REACH_PX = 96;

/**
 * A floor plan in a scroll box that zooms and pans: the buttons 拡大 / 縮小 / 全体を表示, Ctrl/⌘ +
 * wheel or a pinch (about the pointer), a press-and-drag on the floor, the scrollbars, and from the
 * keyboard + / − / 0 and the arrow keys while the box has the focus.
 */
export function PlanViewport({ content, label, textM, canPanFrom, onAutoScroll, handle, children }: PlanViewportProps) {
  const { t } = useI18n();
  const boxRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<BoxSize>(FALLBACK);
  /** null: the default view for the box's size (follows resizes until the organizer zooms). */
  const [chosen, setChosen] = useState<number | null>(null);
  const fit = fitScale(size, content);
  const scale = chosen === null ? initialScale(fit, textM) : clampScale(chosen, fit);
  const pending = useRef<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => {
      const next = box.clientWidth > 0 && box.clientHeight > 0 ? { width: box.clientWidth, height: box.clientHeight } : FALLBACK;
      setSize((s) => (s.width === next.width && s.height === next.height ? s : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // A zoom keeps its anchor still: the scroll it asked for is applied once the box has its new size.
  useLayoutEffect(() => {
    const box = boxRef.current;
    const to = pending.current;
    if (!box || !to) return;
    pending.current = null;
    box.scrollLeft = to.left;
    box.scrollTop = to.top;
  }, [scale]);

  /** Zooms to `next` keeping the drawing's point at (ax, ay) px from the box's top-left still. */
  const zoomTo = (next: number, ax = size.width / 2, ay = size.height / 2) => {
    const box = boxRef.current;
    const to = clampScale(next, fit);
    if (!box || to === scale) return;
    pending.current = {
      left: anchoredScroll(box.scrollLeft, ax, scale, to),
      top: anchoredScroll(box.scrollTop, ay, scale, to),
    };
    setChosen(to);
  };
  const zoomAtClient = (next: number, clientX: number, clientY: number) => {
    const r = boxRef.current?.getBoundingClientRect();
    if (!r) return;
    zoomTo(next, clientX - r.left, clientY - r.top);
  };
  const onWheel = useEffectEvent((e: WheelEvent) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    zoomAtClient(scale * Math.exp(-e.deltaY * 0.002), e.clientX, e.clientY);
  });

  // Ctrl/⌘ + wheel (and a trackpad's pinch, which browsers send as one) zoom about the pointer.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const listener = (e: WheelEvent) => onWheel(e);
    box.addEventListener('wheel', listener, { passive: false });
    return () => box.removeEventListener('wheel', listener);
  }, []);

  // Pan with a press and drag (where the box does not scroll natively under a finger); two fingers pinch.
  const pan = useRef<{ id: number; x: number; y: number; left: number; top: number } | null>(null);
  const touches = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; scale: number } | null>(null);
  const distance = () => {
    const [a, b] = [...touches.current.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'touch') {
      touches.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (touches.current.size === 2) {
        pinch.current = { distance: distance(), scale: scale };
        pan.current = null;
        return;
      }
    }
    const target = e.target as Element;
    if (e.button !== 0 || (canPanFrom && !canPanFrom(target))) return;
    const box = e.currentTarget;
    pan.current = { id: e.pointerId, x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop };
    box.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'touch' && touches.current.has(e.pointerId)) {
      touches.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const p = pinch.current;
      const d = distance();
      if (p && p.distance > 0 && d > 0) {
        const [a, b] = [...touches.current.values()];
        if (a && b) zoomAtClient(p.scale * (d / p.distance), (a.x + b.x) / 2, (a.y + b.y) / 2);
        return;
      }
    }
    const p = pan.current;
    if (!p || p.id !== e.pointerId) return;
    e.currentTarget.scrollLeft = p.left - (e.clientX - p.x);
    e.currentTarget.scrollTop = p.top - (e.clientY - p.y);
  };
  const onPointerEnd = (e: PointerEvent<HTMLDivElement>) => {
    touches.current.delete(e.pointerId);
    if (touches.current.size < 2) pinch.current = null;
    if (pan.current?.id === e.pointerId) pan.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') zoomTo(scale * ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoomTo(scale / ZOOM_STEP);
    else if (e.key === '0') zoomTo(fit);
    else if (e.target === e.currentTarget && e.key.startsWith('Arrow')) {
      const dx = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
      const dy = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
      e.currentTarget.scrollBy(dx * KEY_SCROLL_PX, dy * KEY_SCROLL_PX);
    } else return;
    e.preventDefault();
  };

  // The edge scroll of a drag: armed once the pointer has been well inside the box (so crossing an
  // edge on the way in does not scroll), then it scrolls each frame while the pointer stays near an edge.
  const edge = useRef<{ x: number; y: number; armed: boolean; frame: number | null }>({ x: 0, y: 0, armed: false, frame: null });
  const onAutoScrollRef = useRef(onAutoScroll);
  useLayoutEffect(() => {
    onAutoScrollRef.current = onAutoScroll;
  });
  useImperativeHandle(handle, () => {
    const tick = () => {
      const box = boxRef.current;
      const e = edge.current;
      e.frame = null;
      if (!box || !e.armed) return;
      const r = box.getBoundingClientRect();
      const near = e.x > r.left - EDGE_REACH_PX && e.x < r.right + EDGE_REACH_PX && e.y > r.top - EDGE_REACH_PX && e.y < r.bottom + EDGE_REACH_PX;
      if (!near) return;
      const before = { left: box.scrollLeft, top: box.scrollTop };
      box.scrollBy(edgeSpeed(e.x, r.left, r.right), edgeSpeed(e.y, r.top, r.bottom));
      if (box.scrollLeft === before.left && box.scrollTop === before.top) return;
      onAutoScrollRef.current?.();
      e.frame = requestAnimationFrame(tick);
    };
    return {
      focusOn(rect, text) {
        const box = boxRef.current;
        if (!box) return;
        const to = focusScale(scale, fit, rect, size, text);
        const scroll = centredScroll(rect, content, to, size);
        box.scrollIntoView?.({ block: 'nearest' });
        if (to === scale) {
          box.scrollLeft = scroll.left;
          box.scrollTop = scroll.top;
          return;
        }
        pending.current = scroll;
        setChosen(to);
      },
      edgeScroll(x, y) {
        const box = boxRef.current;
        const e = edge.current;
        if (!box) return;
        const r = box.getBoundingClientRect();
        if (x > r.left + EDGE_PX && x < r.right - EDGE_PX && y > r.top + EDGE_PX && y < r.bottom - EDGE_PX) e.armed = true;
        e.x = x;
        e.y = y;
        if (e.armed && e.frame === null) e.frame = requestAnimationFrame(tick);
      },
      stopEdgeScroll() {
        const e = edge.current;
        if (e.frame !== null) cancelAnimationFrame(e.frame);
        e.frame = null;
        e.armed = false;
      },
    };
  }, [fit, size, content, scale]);

  const percent = Math.round((scale / fit) * 100);
  return (
    <div className="plan-view">
      <div className="plan-view__tools actions" role="group" aria-label={t('planView.tools')}>
        <button type="button" onClick={() => zoomTo(scale * ZOOM_STEP)} aria-keyshortcuts="+">
          {t('planView.zoomIn')}
        </button>
        <button type="button" onClick={() => zoomTo(scale / ZOOM_STEP)} aria-keyshortcuts="-">
          {t('planView.zoomOut')}
        </button>
        <button type="button" onClick={() => zoomTo(fit)} aria-keyshortcuts="0">
          {t('planView.fit')}
        </button>
        <span className="muted plan-view__zoom">{t('planView.zoom', { n: percent })}</span>
      </div>
      <div
        ref={boxRef}
        className="plan-view__box"
        role="region"
        aria-label={t('planView.box', { plan: label })}
        aria-describedby="plan-view-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
        <div className="plan-view__content" style={{ width: `${content.width * scale}px`, height: `${content.height * scale}px` }}>
          {children(scale)}
        </div>
      </div>
      <p id="plan-view-keys" className="hint plan-view__keys">
        {t('planView.keys')}
      </p>
    </div>
  );
}
