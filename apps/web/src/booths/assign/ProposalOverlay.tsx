import { memo, useMemo, useSyncExternalStore } from 'react';
import type { ApplicationSummary, Assignment, ProposalChange } from '@bussanten/contracts';
import { formatFairDay } from '../../applications';
import { useI18n } from '../../i18n/i18n';
import type { Lang } from '../../i18n/dictionaries';
import type { PlanDrawing } from './FloorPlanSvg';
import { markLabel, proposalMarks, type HighlightStore, type PlanView, type ProposalMark } from './proposal-map';

/** Whether this change is the one pointed at or focused (re-renders only when that answer changes). */
export function useHighlighted(store: HighlightStore, applicationId: string): boolean {
  return useSyncExternalStore(store.subscribe, () => store.get() === applicationId);
}

type BoothBox = PlanDrawing['booths'][number];
const centre = (b: BoothBox) => ({ x: b.x + b.width / 2, y: b.y + b.depth / 2 });

/**
 * The proposal drawn over the floor plan for one day: an SVG laid exactly on the plan's (same box,
 * same viewBox), so the plan's own drawing, its hit-testing for drops and its text stay as they
 * are. Each mark is an image with its own name ('宮古市: A2 → B3'); the same facts are in the
 * table of changes, row by row.
 */
export const ProposalOverlay = memo(function ProposalOverlay({
  plan,
  day,
  changes,
  chosen,
  applications,
  assignments,
  store,
  interactive,
}: {
  plan: PlanDrawing;
  day: string;
  changes: readonly ProposalChange[];
  chosen: ReadonlySet<string>;
  applications: readonly ApplicationSummary[];
  assignments: readonly Assignment[];
  store: HighlightStore;
  /** False while a card is dragged, so the marks never stand between the pointer and a booth. */
  interactive: boolean;
}) {
  const { t, lang } = useI18n();
  const { widthM, depthM } = plan.room;
  const booths = useMemo(() => new Map(plan.booths.map((b) => [b.id, b])), [plan.booths]);
  const marks = useMemo(() => {
    const attending = new Set(applications.filter((a) => a.days.includes(day)).map((a) => a.id));
    return proposalMarks(changes, chosen, day, (id) => attending.has(id), assignments);
  }, [changes, chosen, day, applications, assignments]);
  // Strokes in metres, about the same on screen whatever the room's size.
  const unit = Math.max(widthM, depthM) / 200;
  return (
    <svg
      className={`floor-plan floor-plan__overlay${interactive ? '' : ' floor-plan__overlay--inert'}`}
      viewBox={`-0.2 -0.2 ${widthM + 0.4} ${depthM + 0.4}`}
      role="group"
      aria-label={t('proposal.map.label', { day: formatFairDay(day, lang) })}
    >
      <defs>
        {(['chosen', 'unchosen'] as const).map((k) => (
          <marker key={k} id={`proposal-arrow-${k}`} viewBox="0 0 10 10" refX="7" refY="5" markerWidth="4" markerHeight="4" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" className={`proposal-arrowhead proposal-arrowhead--${k}`} />
          </marker>
        ))}
      </defs>
      {marks.map((m) => (
        <Mark key={m.applicationId} mark={m} booths={booths} unit={unit} store={store} lang={lang} />
      ))}
    </svg>
  );
});

function Mark({ mark, booths, unit, store, lang }: { mark: ProposalMark; booths: Map<string, BoothBox>; unit: number; store: HighlightStore; lang: Lang }) {
  const on = useHighlighted(store, mark.applicationId);
  const label = markLabel(mark, lang);
  const classes = ['proposal-mark', `proposal-mark--${mark.kind}`];
  if (!mark.chosen) classes.push('proposal-mark--unchosen');
  if (on) classes.push('proposal-mark--highlight');
  const shape = markShape(mark, booths, unit);
  if (!shape) return null;
  return (
    <g
      role="img"
      aria-label={label}
      className={classes.join(' ')}
      data-application-id={mark.applicationId}
      onMouseEnter={() => store.set(mark.applicationId)}
      onMouseLeave={() => store.set(null)}
    >
      <title>{label}</title>
      {shape}
    </g>
  );
}

/** The drawing of one mark; null when a booth it names is not on the plan. */
function markShape(mark: ProposalMark, booths: Map<string, BoothBox>, unit: number) {
  if (mark.kind === 'move') {
    const from = booths.get(mark.from);
    const to = booths.get(mark.to);
    if (!from || !to) return null;
    const a = centre(from);
    const b = centre(to);
    const marker = `url(#proposal-arrow-${mark.chosen ? 'chosen' : 'unchosen'})`;
    return (
      <>
        {/* A wide invisible line under the arrow, so it is easy to point at. */}
        <line className="proposal-mark__hit" x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={unit * 6} />
        <circle className="proposal-mark__start" cx={a.x} cy={a.y} r={unit * 2} />
        <line className="proposal-mark__line" x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={unit * 1.6} markerEnd={marker} />
      </>
    );
  }
  const booth = booths.get(mark.kind === 'assign' ? mark.to : mark.from);
  if (!booth) return null;
  const pad = unit * 1.5;
  const outline = (
    <rect
      className="proposal-mark__outline"
      x={booth.x - pad}
      y={booth.y - pad}
      width={booth.width + 2 * pad}
      height={booth.depth + 2 * pad}
      rx={unit * 2}
      strokeWidth={unit * 1.6}
    />
  );
  if (mark.kind === 'assign') return outline;
  return (
    <>
      {outline}
      <path
        className="proposal-mark__cross"
        d={`M${booth.x} ${booth.y} L${booth.x + booth.width} ${booth.y + booth.depth} M${booth.x + booth.width} ${booth.y} L${booth.x} ${booth.y + booth.depth}`}
        strokeWidth={unit * 1.2}
      />
    </>
  );
}

/** 「現在」/「提案」: which plan the map draws while a proposal is on screen (radio buttons, so arrow keys work). */
export function PlanViewSwitch({ view, onChange }: { view: PlanView; onChange: (view: PlanView) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="plan-view-switch">
      <legend>{t('proposal.map.view')}</legend>
      {(['now', 'proposed'] as const).map((v) => (
        <label key={v}>
          <input type="radio" name="plan-view" value={v} checked={view === v} onChange={() => onChange(v)} />
          {t(v === 'now' ? 'proposal.now' : 'proposal.proposed')}
        </label>
      ))}
    </fieldset>
  );
}
