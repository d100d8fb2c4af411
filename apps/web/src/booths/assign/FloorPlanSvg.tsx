import type { Assignment, Booth, FloorPlan } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { ZONE_LABEL_SIZE, zoneLabels } from '../booth-plan/plan-geometry';
import { boothStateOn, holderOn } from './assign-model';
import { LockIcon, PlanLock } from './LockIcon';

export interface PlanHighlight {
  /** The application being placed or chosen: its own booths are marked as its own. */
  applicationId: string | null;
  /** Booths lacking what that application needs. */
  lacking: ReadonlySet<string>;
  /** The booth under the pointer while dragging, with what stands in the way there. */
  hover: { boothId: string; problems: string[] } | null;
  /** Booths whose holder the chosen changes of a proposal would change. */
  changing: ReadonlySet<string>;
}

/** What the drawing reads of a plan: the room and where each booth is (a FloorPlan is one; so is a day sheet's). */
export interface PlanDrawing {
  room: Pick<FloorPlan['room'], 'name' | 'widthM' | 'depthM'>;
  booths: readonly Pick<Booth, 'id' | 'code' | 'zone' | 'x' | 'y' | 'width' | 'depth'>[];
}

/** Rough width of a line of text in the SVG's units: full-width letters are 1em, others about 0.6em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) > 0xff ? 1 : 0.6;
  return em * fontSize;
}

/** Letters in metres: readable in a big booth, never spilling far out of a small one. */
const fontSizeFor = (b: { width: number; depth: number }) => Math.max(0.18, Math.min(0.55, b.width / 5, b.depth / 3.4));

/**
 * The room drawn to scale (1 unit = 1 m, x right, y down) with its booths coloured by their state
 * on `day`. Each booth's group carries data-booth-id, which is how a drop finds the booth under the
 * pointer. The picture is a visual aid: the same facts are in the lists and the keyboard form.
 */
export function FloorPlanSvg({
  plan,
  day,
  assignments,
  highlight,
}: {
  plan: PlanDrawing;
  day: string;
  assignments: readonly Assignment[];
  highlight: PlanHighlight;
}) {
  const { t } = useI18n();
  const { widthM, depthM } = plan.room;
  const free = plan.booths.filter((b) => !holderOn(b.id, day, assignments)).length;
  const hoveredBooth = highlight.hover ? (plan.booths.find((b) => b.id === highlight.hover?.boothId) ?? null) : null;
  return (
    <svg
      className="floor-plan"
      viewBox={`-0.2 -0.2 ${widthM + 0.4} ${depthM + 0.4}`}
      role="img"
      aria-label={t('assign.planLabel', { room: plan.room.name, free, total: plan.booths.length })}
    >
      <rect className="floor-plan__room" x={0} y={0} width={widthM} height={depthM} />
      {plan.booths.map((b) => {
        const state = boothStateOn(b.id, day, assignments, highlight.applicationId);
        const holder = holderOn(b.id, day, assignments);
        const hover = highlight.hover?.boothId === b.id ? highlight.hover : null;
        const fs = fontSizeFor(b);
        const classes = ['booth', `booth--${state}`];
        if (highlight.lacking.has(b.id)) classes.push('booth--lacking');
        if (hover) classes.push(hover.problems.length ? 'booth--hover-bad' : 'booth--hover-ok');
        if (highlight.changing.has(b.id)) classes.push('booth--changing');
        return (
          <g key={b.id} className={classes.join(' ')} data-booth-id={b.id}>
            <title>
              {holder ? `${b.code} ${holder.municipalityName}${holder.pinned ? t('pin.onPlan') : ''}` : `${b.code} ${t('assign.free')}`}
              {b.zone ? ` ${t('plan.aria.zone', { zone: b.zone })}` : ''}
            </title>
            <rect x={b.x} y={b.y} width={b.width} height={b.depth} rx={0.08} />
            <text x={b.x + b.width / 2} y={b.y + fs * 1.25} fontSize={fs} textAnchor="middle" className="booth__code">
              {b.code}
            </text>
            {holder && (
              <text x={b.x + b.width / 2} y={b.y + fs * 2.5} fontSize={fs * 0.85} textAnchor="middle" className="booth__holder">
                {holder.municipalityName}
              </text>
            )}
            {holder?.pinned && <PlanLock x={b.x + b.width - fs * 1.15} y={b.y + fs * 0.3} size={fs} />}
          </g>
        );
      })}
      {/* Each zone named once, by its booths (a white halo keeps it readable over them). */}
      <g aria-hidden="true" pointerEvents="none">
        {zoneLabels(plan.booths).map((z) => (
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
      {hoveredBooth && highlight.hover && highlight.hover.problems.length > 0 && (
        <ProblemLabel booth={hoveredBooth} problems={highlight.hover.problems} room={plan.room} />
      )}
    </svg>
  );
}

/**
 * What stands in the way, written under the booth being hovered on a white plate so it reads over
 * other booths. Sized to the room, so it stays about the size of body text however big the room is.
 */
function ProblemLabel({
  booth: b,
  problems,
  room,
}: {
  booth: { x: number; y: number; width: number; depth: number };
  problems: string[];
  room: { widthM: number; depthM: number };
}) {
  const fs = Math.max(room.widthM, room.depthM) / 60;
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
