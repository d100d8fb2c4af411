import { memo, useMemo, useSyncExternalStore } from 'react';
import type { Assignment, Booth, FloorPlan } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { ZONE_LABEL_SIZE, zoneLabels } from '../booth-plan/plan-geometry';
import { readableAt } from '../plan-view/plan-zoom';
import { boothClassName, holdersOn } from './booth-look';
import { hoveredBoothId, type DragStore } from './drag-store';
import { LockIcon, PlanLock } from './LockIcon';

export interface PlanHighlight {
  /** The application being placed or chosen: its own booths are marked as its own. */
  applicationId: string | null;
  /** Booths lacking what that application needs. */
  lacking: ReadonlySet<string>;
  /** Booths whose holder the chosen changes of a proposal would change. */
  changing: ReadonlySet<string>;
  /** The booth chosen in the plan's search: outlined, and focusable so the focus can go to it. */
  found?: string | null;
}

/** A card being dragged over the plan: where it is (a store each booth reads its own part of) and what a drop on a booth would meet. */
export interface PlanDrag {
  store: DragStore;
  /** What stands in the way of a drop on the booth, in sentences (none: it fits). */
  problemsAt: (boothId: string) => string[];
}

/** What the drawing reads of a plan: the room and where each booth is (a FloorPlan is one; so is a day sheet's). */
export interface PlanDrawing {
  room: Pick<FloorPlan['room'], 'name' | 'widthM' | 'depthM'>;
  booths: readonly Pick<Booth, 'id' | 'code' | 'zone' | 'x' | 'y' | 'width' | 'depth'>[];
}
type BoothBox = PlanDrawing['booths'][number];

/** Rough width of a line of text in the SVG's units: full-width letters are 1em, others about 0.6em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) > 0xff ? 1 : 0.6;
  return em * fontSize;
}

/** Letters in metres: readable in a big booth, never spilling far out of a small one. */
export const fontSizeFor = (b: { width: number; depth: number }) => Math.max(0.18, Math.min(0.55, b.width / 5, b.depth / 3.4));
/** Holder names are drawn a little smaller than the code. */
const NAME_RATIO = 0.85;

/** The size of most booths' codes (the middle one), in metres: what the plan's default zoom makes readable. */
export function typicalCodeSize(booths: readonly { width: number; depth: number }[]): number {
  if (booths.length === 0) return 0;
  const sizes = booths.map(fontSizeFor).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] as number;
}

const NO_SUBSCRIBE = () => () => undefined;
const NOT_HOVERED = () => false;

/**
 * The room drawn to scale (1 unit = 1 m, x right, y down) with its booths coloured by their state
 * on `day`. Each booth's group carries data-booth-id, which is how a drop finds the booth under the
 * pointer. Each booth is its own memoized component reading only its own part of a drag, so a drag
 * step re-renders the booth it enters and the one it leaves, nothing else. At `scale` (px per metre)
 * holder names smaller than 10 px are not drawn (zoom in to read them); without a scale (the day
 * sheet, printed) they always are. With `focusable` the booths are named images in a group (the
 * assignment view, where the search moves the focus to one); else the drawing is one image.
 */
export function FloorPlanSvg({
  plan,
  day,
  assignments,
  highlight,
  drag,
  scale,
  focusable = false,
}: {
  plan: PlanDrawing;
  day: string;
  assignments: readonly Assignment[];
  highlight: PlanHighlight;
  drag?: PlanDrag;
  scale?: number;
  focusable?: boolean;
}) {
  const { t } = useI18n();
  const { widthM, depthM } = plan.room;
  const holders = useMemo(() => holdersOn(day, assignments), [day, assignments]);
  const zones = useMemo(() => zoneLabels(plan.booths), [plan.booths]);
  const free = plan.booths.filter((b) => !holders.has(b.id)).length;
  return (
    <svg
      className="floor-plan"
      viewBox={`-0.2 -0.2 ${widthM + 0.4} ${depthM + 0.4}`}
      role={focusable ? 'group' : 'img'}
      aria-label={t('assign.planLabel', { room: plan.room.name, free, total: plan.booths.length })}
    >
      <rect className="floor-plan__room" x={0} y={0} width={widthM} height={depthM} />
      {plan.booths.map((b) => {
        const holder = holders.get(b.id) ?? null;
        return (
          <BoothShape
            key={b.id}
            booth={b}
            holder={holder}
            mine={holder !== null && holder.applicationId === highlight.applicationId}
            lacking={highlight.lacking.has(b.id)}
            changing={highlight.changing.has(b.id)}
            found={highlight.found === b.id}
            showName={scale === undefined || readableAt(scale, fontSizeFor(b) * NAME_RATIO)}
            drag={drag}
            focusable={focusable}
          />
        );
      })}
      {/* Each zone named once, by its booths (a white halo keeps it readable over them). */}
      <g aria-hidden="true" pointerEvents="none">
        {zones.map((z) => (
          <text
            key={z.zone}
            x={z.x}
            y={z.y}
            fontSize={ZONE_LABEL_SIZE}
            fontWeight={700}
            fill="currentColor"
            stroke="#fff"
            strokeWidth={0.12}
            paintOrder="stroke"
            className="floor-plan__zone"
          >
            {z.zone}
          </text>
        ))}
      </g>
      {/* Drawn last, so it lies on top of the booths around. */}
      {drag && <HoverProblems drag={drag} booths={plan.booths} room={plan.room} scale={scale} />}
    </svg>
  );
}

/** One booth: re-renders when its own facts change, or when a dragged card enters or leaves it. */
const BoothShape = memo(function BoothShape({
  booth: b,
  holder,
  mine,
  lacking,
  changing,
  found,
  showName,
  drag,
  focusable,
}: {
  booth: BoothBox;
  holder: Assignment | null;
  mine: boolean;
  lacking: boolean;
  changing: boolean;
  found: boolean;
  showName: boolean;
  drag: PlanDrag | undefined;
  focusable: boolean;
}) {
  const { t } = useI18n();
  const hovered = useSyncExternalStore(drag?.store.subscribe ?? NO_SUBSCRIBE, drag ? () => hoveredBoothId(drag.store) === b.id : NOT_HOVERED, NOT_HOVERED);
  const hover = hovered && drag ? (drag.problemsAt(b.id).length ? 'bad' : 'ok') : null;
  const fs = fontSizeFor(b);
  const className = boothClassName({ id: b.id, state: holder ? (mine ? 'mine' : 'taken') : 'free', lacking, hover, changing, found });
  const name = `${holder ? `${b.code} ${holder.municipalityName}${holder.pinned ? t('pin.onPlan') : ''}` : `${b.code} ${t('assign.free')}`}${
    b.zone ? ` ${t('plan.aria.zone', { zone: b.zone })}` : ''
  }`;
  return (
    <g
      className={className}
      data-booth-id={b.id}
      role={focusable ? 'img' : undefined}
      aria-label={focusable ? name : undefined}
      tabIndex={focusable && found ? -1 : undefined}
    >
      <title>{name}</title>
      <rect x={b.x} y={b.y} width={b.width} height={b.depth} rx={0.08} />
      <text x={b.x + b.width / 2} y={b.y + fs * 1.25} fontSize={fs} textAnchor="middle" className="booth__code">
        {b.code}
      </text>
      {holder && showName && (
        <text
          x={b.x + b.width / 2}
          y={b.y + fs * 2.5}
          fontSize={fs * NAME_RATIO}
          textAnchor="middle"
          className="booth__holder"
          {...(textWidth(holder.municipalityName, fs * NAME_RATIO) > b.width - 0.1
            ? { textLength: Math.max(0.1, b.width - 0.1), lengthAdjust: 'spacingAndGlyphs' as const }
            : {})}
        >
          {holder.municipalityName}
        </text>
      )}
      {holder?.pinned && <PlanLock x={b.x + b.width - fs * 1.15} y={b.y + fs * 0.3} size={fs} />}
    </g>
  );
});

/** The problems label of the booth under the dragged card (re-renders when that booth changes). */
function HoverProblems({ drag, booths, room, scale }: { drag: PlanDrag; booths: readonly BoothBox[]; room: PlanDrawing['room']; scale?: number }) {
  const hovered = useSyncExternalStore(
    drag.store.subscribe,
    () => hoveredBoothId(drag.store),
    () => null,
  );
  const booth = hovered ? (booths.find((b) => b.id === hovered) ?? null) : null;
  const problems = booth ? drag.problemsAt(booth.id) : [];
  if (!booth || problems.length === 0) return null;
  return <ProblemLabel booth={booth} problems={problems} room={room} fontSize={scale ? LABEL_PX / scale : Math.max(room.widthM, room.depthM) / 60} />;
}

/** The problems label's letters on screen, px. */
const LABEL_PX = 14;

/**
 * What stands in the way, written under the booth being hovered on a white plate so it reads over
 * other booths. `fontSize` (metres) keeps it about the size of body text at the plan's zoom.
 */
function ProblemLabel({
  booth: b,
  problems,
  room,
  fontSize: fs,
}: {
  booth: { x: number; y: number; width: number; depth: number };
  problems: string[];
  room: { widthM: number; depthM: number };
  fontSize: number;
}) {
  const lines = problems.slice(0, 3);
  const width = Math.min(room.widthM, Math.max(...lines.map((l) => textWidth(l, fs))) + fs);
  const height = lines.length * fs * 1.3 + fs * 0.5;
  const x = Math.min(Math.max(0, b.x + b.width / 2 - width / 2), room.widthM - width);
  const below = b.y + b.depth + fs * 0.3;
  const y = below + height <= room.depthM ? below : Math.max(0, b.y - height - fs * 0.3);
  return (
    <g className="booth__problems">
      <rect x={x} y={y} width={width} height={height} rx={fs * 0.3} />
      {lines.map((line, i) => (
        <text key={i} x={x + width / 2} y={y + fs * (1.1 + i * 1.3)} fontSize={fs} textAnchor="middle">
          {line}
        </text>
      ))}
    </g>
  );
}

/** What the colours and marks mean, in words; the proposal's marks only while it is drawn. */
export function PlanLegend({ showChanging = false, showProposal = false }: { showChanging?: boolean; showProposal?: boolean }) {
  const { t } = useI18n();
  const kinds = [
    'free',
    'taken',
    'mine',
    'lacking',
    ...(showChanging ? (['changing'] as const) : []),
    ...(showProposal ? (['move', 'newlyPlaced', 'leftOut', 'unchosen'] as const) : []),
  ] as const;
  return (
    <ul className="plan-legend">
      {kinds.map((k) => (
        <li key={k}>
          <span className={`plan-legend__swatch plan-legend__swatch--${k}`} aria-hidden="true" />
          {t(`assign.legend.${k}`)}
        </li>
      ))}
      <li>
        <LockIcon />
        {t('assign.legend.pinned')}
      </li>
    </ul>
  );
}
