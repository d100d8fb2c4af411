import type { PointerEvent as ReactPointerEvent } from 'react';
import type { Appearance } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { approxText, blockName, statusKey, timeRange } from './timetable-model';

export type GestureKind = 'move' | 'resize';

/**
 * One appearance in the grid: a button (Enter or a click opens its form) that is also dragged to
 * move it and has a bottom edge dragged to change its end. Its name is exactly 'ハタチの龍馬
 * 13:30–14:00 会場全体'; the status and "about" are its description.
 */
export function AppearanceBlock({
  appearance: a,
  place,
  style,
  moving,
  refusedBy,
  onPointerDown,
  onOpen,
  handlers,
}: {
  appearance: Appearance;
  place: string;
  style: React.CSSProperties;
  /** Being dragged: shown faded where it was until it lands. */
  moving: boolean;
  /** A refused move put it back: the id of the message saying why, which then describes it too. */
  refusedBy: string | null;
  onPointerDown: (e: ReactPointerEvent<HTMLElement>, kind: GestureKind) => void;
  onOpen: () => void;
  handlers: {
    onPointerMove: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerCancel: () => void;
  };
}) {
  const { t, lang } = useI18n();
  const descId = `appearance-${a.id}-desc`;
  const cancelled = a.status === 'cancelled';
  return (
    <div
      role="button"
      tabIndex={0}
      data-appearance-id={a.id}
      aria-label={blockName(a.guest.name, a.start, a.end, place)}
      aria-describedby={refusedBy ? `${descId} ${refusedBy}` : descId}
      className={`tt-block tt-block--${a.status}${moving ? ' tt-block--moving' : ''}${refusedBy ? ' tt-block--refused' : ''}`}
      style={style}
      onPointerDown={(e) => onPointerDown(e, 'move')}
      {...handlers}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen();
        }
      }}
    >
      <span className={`tt-block__name${cancelled ? ' tt-block__struck' : ''}`} aria-hidden="true">
        {a.guest.name}
      </span>
      <span className={`tt-block__time${cancelled ? ' tt-block__struck' : ''}`} aria-hidden="true">
        {timeRange(a.start, a.end)}
      </span>
      <span id={descId} className="tt-block__meta">
        {a.approximate && <span>{approxText(a.start, a.end, lang)} </span>}
        <span className={`tt-status tt-status--${a.status}`}>{t(statusKey(a.status))}</span>
      </span>
      {/* The bottom edge: drag it to change when the appearance ends. Mouse only; the form does the same. */}
      <span
        className="tt-block__resize"
        aria-hidden="true"
        onPointerDown={(e) => {
          e.stopPropagation();
          onPointerDown(e, 'resize');
        }}
      />
    </div>
  );
}
