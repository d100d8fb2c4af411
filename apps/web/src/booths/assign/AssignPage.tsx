import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ApplicationSummary, Assignment, AssignmentInput, Fair, FloorPlan } from '@bussanten/contracts';
import { openDays } from '@bussanten/domain';
import { formatFairDay, useAssignments, useReviewList } from '../../applications';
import { fairsApi, useFair, useFloorPlan } from '../../fairs';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import '../../styles/applications.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { PlanSearch } from '../plan-view/PlanSearch';
import { PlanViewport, type PlanViewportHandle } from '../plan-view/PlanViewport';
import type { PlanMatch } from '../plan-view/plan-search';
import { ApplicationCards, DragGhost, boothAt } from './ApplicationCards';
import { checkPlacement, dropRange, lackingBoothIds, problemSentences, unplacedOn } from './assign-model';
import { holdersOn } from './booth-look';
import { DayAssignments } from './DayAssignments';
import { createDragStore, draggedId, hoveredBoothId, type DragStore } from './drag-store';
import { FloorPlanSvg, PlanLegend, typicalCodeSize, type PlanDrag } from './FloorPlanSvg';
import { InstanceDownload } from './InstanceDownload';
import { PlacementNoticeButton } from './PlacementNoticeButton';
import { KeyboardAssign } from './KeyboardAssign';
import { proposedAssignments } from './proposal-map';
import { changingBoothIds } from './proposal-model';
import { ProposalOverlay, PlanViewSwitch } from './ProposalOverlay';
import { ProposalPanel, ProposalRegion } from './ProposalPanel';
import { usePlacement } from './usePlacement';
import { useProposal, type ProposalState } from './useProposal';

/** The plan's highlight when no proposal is shown. */
const NO_BOOTHS: ReadonlySet<string> = new Set();
/** The cards are the accepted applications. */
const ACCEPTED = { status: 'accepted' } as const;

/**
 * /fairs/:id/assign: the floor plan for one day, the accepted applications still to be placed that
 * day, and the two ways to place one: drag its card onto a booth, or choose it and use the form.
 * Above them, the button for an automatic proposal for the whole fair. On a wide screen the plan
 * stays in view beside the lists (the cards, the proposal, the day's holdings) while they scroll.
 */
export default function AssignPage() {
  const { id: fairId = '' } = useParams();
  const { t, lang } = useI18n();
  const fair = useFair(fairId);
  const plan = useFloorPlan(fairId);
  const apps = useReviewList(fairId, ACCEPTED);
  const held = useAssignments(fairId);
  const fairTitle = fair.data ? (lang === 'en' && fair.data.titleEn ? fair.data.titleEn : fair.data.title) : null;
  useDocumentTitle(fairTitle ? t('assign.title', { fair: fairTitle }) : t('assign.heading'));
  const proposal = useProposal(fairId);

  const [params, setParams] = useSearchParams();
  const days = useMemo(() => (fair.data ? openDays(fair.data.days) : []), [fair.data]);
  const requested = params.get('day');
  const day = days.find((d) => d.date === requested)?.date ?? days[0]?.date ?? null;

  const failed = [fair, plan, apps, held].find((r) => r.isError && !r.data);
  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}`}>{fairTitle ?? t('review.backToFair')}</Link>
    </p>
  );
  if (failed) {
    return (
      <>
        {back}
        <ErrorState error={failed.error} onRetry={canRetry(failed.error) ? () => void failed.refetch() : undefined} />
      </>
    );
  }
  if (!fair.data || !plan.data || !apps.data || !held.data) return <Loading />;

  return (
    <>
      {back}
      <h1>{t('assign.heading')}</h1>
      {plan.data.sample && <p className="hint">{t('assign.samplePlan')}</p>}
      <ProposalPanel state={proposal} />

      {days.length === 0 || !day ? (
        <>
          <p className="empty">{t('assign.noDays')}</p>
          {/* Without days there is no plan to draw on: the proposal stands on its own. */}
          <ProposalRegion state={proposal} />
        </>
      ) : (
        <AssignBoard
          key={fairId}
          fair={fair.data}
          plan={plan.data}
          applications={apps.data}
          assignments={held.data}
          day={day}
          days={days.map((d) => d.date)}
          onDay={(d) => setParams({ day: d }, { replace: true, preventScrollReset: true })}
          proposal={proposal}
        />
      )}

      <section aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t('assign.exports')}</h2>
        <div className="actions">
          <a className="button" href={fairsApi.boothsCsvUrl(fairId)} download>
            {t('assign.csv')}
          </a>
          {day && (
            <Link className="button" to={`/fairs/${fairId}/day-sheet?day=${day}`}>
              {t('assign.daySheet')}
            </Link>
          )}
        </div>
        <InstanceDownload fairId={fairId} />
      </section>

      <section aria-labelledby="notice-heading">
        <h2 id="notice-heading">{t('assign.notice.heading')}</h2>
        <PlacementNoticeButton fairId={fairId} published={(fair.data?.releasedVersion ?? null) !== null} />
      </section>
    </>
  );
}

/**
 * The day's board: day buttons, the cards, the plan (zoom, pan, search) and the lists. A drag lives
 * in a store outside React's state: this component re-renders when a drag starts or ends, never on
 * a pointer move (only the booth entered and the one left, the ghost and the live line do).
 */
export function AssignBoard({
  fair,
  plan,
  applications,
  assignments,
  day,
  days,
  onDay,
  proposal,
}: {
  fair: Fair;
  plan: FloorPlan;
  applications: readonly ApplicationSummary[];
  assignments: readonly Assignment[];
  day: string;
  days: readonly string[];
  onDay: (day: string) => void;
  proposal: ProposalState;
}) {
  const { t, lang } = useI18n();
  const fairId = fair.id;
  const booths = plan.booths;
  const fairDays = fair.days;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [found, setFound] = useState<{ boothId: string | null; n: number } | null>(null);
  const placement = usePlacement(fairId);
  const [store] = useState<DragStore>(createDragStore);
  const dragId = useSyncExternalStore(store.subscribe, () => draggedId(store));
  const viewRef = useRef<PlanViewportHandle>(null);
  const onDrag = useCallback(
    (p: Parameters<DragStore['set']>[0]) => {
      store.set(p);
      if (p) viewRef.current?.edgeScroll(p.x, p.y);
      else viewRef.current?.stopEdgeScroll();
    },
    [store],
  );
  // The plan scrolled under a still pointer: the booth under it is another.
  const onAutoScroll = useCallback(() => {
    const d = store.get();
    if (d) store.set({ ...d, boothId: boothAt(d.x, d.y) });
  }, [store]);

  // A placed card leaves the list and the keyboard form closes with it: focus would fall to the page,
  // so it goes to the sentence saying what happened (or to the list of cards).
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const cardsHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusLost = () => !document.activeElement || document.activeElement === document.body;
  const toPlace = useMemo(() => unplacedOn(applications, day, assignments), [applications, day, assignments]);
  const waitingKey = toPlace.map((a) => a.id).join();
  useEffect(() => {
    if (focusLost()) (outcomeRef.current ?? cardsHeadingRef.current)?.focus();
  }, [waitingKey, placement.outcome]);

  const byId = useMemo(() => new Map<string, ApplicationSummary>(applications.map((a) => [a.id, a])), [applications]);
  const boothsById = useMemo(() => new Map(booths.map((b) => [b.id, b])), [booths]);
  const selected = selectedId ? (toPlace.find((a) => a.id === selectedId) ?? null) : null;
  const active = dragId ? (byId.get(dragId) ?? null) : selected;

  // What a drop on a booth would meet: read by the booth under the pointer, the ghost and the live line.
  const range = useMemo(() => (active ? dropRange(active, fairDays, day, assignments) : null), [active, fairDays, day, assignments]);
  const problemsAt = useCallback(
    (boothId: string) => {
      const booth = boothsById.get(boothId);
      return active && booth && range ? problemSentences(checkPlacement(active, booth, range, assignments), lang) : [];
    },
    [active, boothsById, range, assignments, lang],
  );
  const planDrag = useMemo<PlanDrag>(() => ({ store, problemsAt }), [store, problemsAt]);
  const lacking = useMemo(() => (active ? lackingBoothIds(booths, active.needs) : NO_BOOTHS), [active, booths]);

  // While a proposal is on screen the map draws it: as the plan stands ("now"), or as it would be
  // with the chosen changes taken ("proposed"), arrows and outlines over it.
  const shown = proposal.proposal;
  const proposedView = shown !== null && proposal.view === 'proposed';
  const drawn = useMemo(() => {
    if (!proposedView || !shown) return assignments;
    const attends = (id: string) => byId.get(id)?.days.includes(day) ?? false;
    return proposedAssignments(assignments, shown.changes, proposal.chosen, day, attends);
  }, [proposedView, shown, assignments, proposal.chosen, day, byId]);
  const changing = useMemo(
    () => (shown && !proposedView ? changingBoothIds(shown.changes, proposal.chosen) : NO_BOOTHS),
    [shown, proposedView, proposal.chosen],
  );
  const highlight = useMemo(
    () => ({ applicationId: active?.id ?? null, lacking, changing, found: found?.boothId ?? null }),
    [active, lacking, changing, found],
  );

  // The plan's search: exhibitors by name, on their booth of the day or still waiting.
  const content = useMemo(() => ({ x: -0.2, y: -0.2, width: plan.room.widthM + 0.4, height: plan.room.depthM + 0.4 }), [plan.room]);
  const textM = useMemo(() => typicalCodeSize(booths), [booths]);
  const exhibitors = useMemo(() => {
    const holders = holdersOn(day, assignments);
    const placed = [...holders.entries()].map(([boothId, a]) => ({ applicationId: a.applicationId, name: a.municipalityName, boothId }));
    return [...placed, ...toPlace.map((a) => ({ applicationId: a.id, name: a.municipality.name, boothId: null }))];
  }, [day, assignments, toPlace]);
  const choose = (m: PlanMatch) => {
    if (m.kind === 'zone') {
      setFound(null);
      viewRef.current?.focusOn(m.rect, textM);
      return;
    }
    const boothId = m.boothId;
    if (m.kind === 'exhibitor' && !boothId) {
      // Still waiting: its card is chosen (the keyboard form opens) and focused.
      setFound(null);
      setSelectedId(m.applicationId);
      requestAnimationFrame(() => document.getElementById(`place-card-${m.applicationId}-name`)?.focus());
      return;
    }
    const booth = boothId ? boothsById.get(boothId) : null;
    if (!booth) return;
    viewRef.current?.focusOn({ x: booth.x, y: booth.y, width: booth.width, height: booth.depth }, textM);
    setFound((f) => ({ boothId: booth.id, n: (f?.n ?? 0) + 1 }));
  };
  // The booth found is focused once drawn at its new zoom (the view already centred it).
  useEffect(() => {
    if (!found?.boothId) return;
    const frame = requestAnimationFrame(() =>
      document.querySelector<SVGGElement>(`.plan-view [data-booth-id="${CSS.escape(found.boothId ?? '')}"]`)?.focus({ preventScroll: true }),
    );
    return () => cancelAnimationFrame(frame);
  }, [found]);

  const place = (app: ApplicationSummary, input: AssignmentInput, boothCode: string) => placement.send({ app, input, boothCode });
  const drop = useCallback(
    (applicationId: string, boothId: string | null) => {
      const app = byId.get(applicationId);
      const booth = boothId ? boothsById.get(boothId) : null;
      if (!app || !booth) return;
      const r = dropRange(app, fairDays, day, assignments);
      if (!r) return;
      placement.send({ app, input: { boothId: booth.id, ...r }, boothCode: booth.code });
    },
    [byId, boothsById, fairDays, day, assignments, placement],
  );
  const onSelect = useCallback((id: string) => setSelectedId((s) => (s === id ? null : id)), []);

  return (
    <>
      <div className="day-tabs" role="group" aria-label={t('assign.dayGroup')}>
        {days.map((d) => (
          <button
            key={d}
            type="button"
            aria-pressed={d === day}
            onClick={() => {
              onDay(d);
              setSelectedId(null);
              setFound(null);
              placement.setOutcome(null);
            }}
          >
            {formatFairDay(d, lang)}
          </button>
        ))}
      </div>

      <DragStatus store={store} active={active} boothsById={boothsById} problemsAt={problemsAt} />
      {placement.outcome && (
        <div className="assign-outcome">
          <p
            id="assign-outcome"
            ref={outcomeRef}
            tabIndex={-1}
            className={placement.outcome.kind === 'error' ? 'status status--error' : 'flash'}
            role={placement.outcome.kind === 'error' ? 'alert' : 'status'}
          >
            {placement.outcome.text}
          </p>
          {placement.lastPlaced && (
            <button
              type="button"
              onClick={placement.undo}
              aria-disabled={placement.undoing || undefined}
              aria-label={t('assign.undoPlacement', { name: placement.lastPlaced.municipalityName, code: placement.lastPlaced.boothCode })}
            >
              {t('plan.history.undo')}
            </button>
          )}
        </div>
      )}

      <div className="assign-layout">
        <section className="assign-layout__cards" aria-labelledby="to-place-heading">
          <h2 id="to-place-heading" ref={cardsHeadingRef} tabIndex={-1}>
            {t('assign.toPlace', { day: formatFairDay(day, lang), n: toPlace.length })}
          </h2>
          <ApplicationCards applications={toPlace} selectedId={selected?.id ?? null} onSelect={onSelect} onDrag={onDrag} onDrop={drop} />
        </section>

        <section className="assign-layout__plan" aria-labelledby="plan-heading">
          <h2 id="plan-heading">{t('assign.plan', { room: plan.room.name })}</h2>
          {shown && <PlanViewSwitch view={proposal.view} onChange={proposal.setView} />}
          {booths.length === 0 ? (
            <p className="empty">{t('assign.noBooths')}</p>
          ) : (
            <>
              <PlanSearch id="assign-plan-search" booths={booths} exhibitors={exhibitors} onChoose={choose} />
              <PlanViewport content={content} label={t('assign.plan', { room: plan.room.name })} textM={textM} handle={viewRef} onAutoScroll={onAutoScroll}>
                {(scale) => (
                  <div className="floor-plan-stack">
                    <FloorPlanSvg plan={plan} day={day} assignments={drawn} highlight={highlight} drag={planDrag} scale={scale} focusable />
                    {shown && proposedView && (
                      <ProposalOverlay
                        plan={plan}
                        day={day}
                        changes={shown.changes}
                        chosen={proposal.chosen}
                        applications={applications}
                        assignments={assignments}
                        store={proposal.highlight}
                        interactive={!dragId}
                      />
                    )}
                  </div>
                )}
              </PlanViewport>
            </>
          )}
          <PlanLegend showChanging={shown !== null && !proposedView} showProposal={proposedView} />
          {proposedView && <p className="hint">{t('proposal.map.hint')}</p>}
          <p className="hint">{t('assign.howTo')}</p>
        </section>

        <div className="assign-layout__lists">
          {selected && (
            <KeyboardAssign
              app={selected}
              booths={booths}
              fairDays={fairDays}
              day={day}
              assignments={assignments}
              busy={placement.busy}
              onAssign={(input, code) => place(selected, input, code)}
              onClose={() => setSelectedId(null)}
            />
          )}
          {/* Beside the plan that draws it, which stays in view while the proposal's table scrolls. */}
          <ProposalRegion state={proposal} />
          <DayAssignments fairId={fairId} booths={booths} assignments={assignments} day={day} onDone={(text) => placement.setOutcome({ kind: 'done', text })} />
        </div>
      </div>

      <DragFollower store={store} active={active} boothsById={boothsById} problemsAt={problemsAt} />
      {placement.overrideDialog}
    </>
  );
}

type DragReaderProps = {
  store: DragStore;
  active: ApplicationSummary | null;
  boothsById: ReadonlyMap<string, { code: string }>;
  problemsAt: (boothId: string) => string[];
};

/** The live line: who is being dragged, and what a drop on the booth under it would meet (re-renders when that booth changes). */
function DragStatus({ store, active, boothsById, problemsAt }: DragReaderProps) {
  const { t } = useI18n();
  const dragging = useSyncExternalStore(store.subscribe, () => draggedId(store) !== null);
  const hovered = useSyncExternalStore(store.subscribe, () => hoveredBoothId(store));
  const booth = hovered ? (boothsById.get(hovered) ?? null) : null;
  const problems = booth && hovered ? problemsAt(hovered) : [];
  const text = !dragging
    ? ''
    : booth
      ? `${booth.code}: ${problems.length ? problems.join('、') : t('assign.fits')}`
      : t('assign.dragging', { name: active?.municipality.name ?? '' });
  return (
    <p className="drag-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

/** The card following the pointer (re-renders on each move: it is one small box). */
function DragFollower({ store, active, boothsById, problemsAt }: DragReaderProps) {
  const position = useSyncExternalStore(store.subscribe, store.get);
  if (!position || !active) return null;
  const booth = position.boothId ? (boothsById.get(position.boothId) ?? null) : null;
  const problems = booth && position.boothId ? problemsAt(position.boothId) : [];
  return <DragGhost position={position} name={active.municipality.name} problems={problems} boothCode={booth?.code ?? null} />;
}
