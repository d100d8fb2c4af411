import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ApplicationSummary, AssignmentInput } from '@bussanten/contracts';
import { openDays } from '@bussanten/domain';
import { formatFairDay, useAssignments, useReviewList } from '../../applications';
import { fairsApi, useFair, useFloorPlan } from '../../fairs';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import '../../styles/applications.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { ApplicationCards, DragGhost, type DragPosition } from './ApplicationCards';
import { checkPlacement, dropRange, lackingBoothIds, problemSentences, unplacedOn } from './assign-model';
import { DayAssignments } from './DayAssignments';
import { FloorPlanSvg, PlanLegend } from './FloorPlanSvg';
import { InstanceDownload } from './InstanceDownload';
import { PlacementNoticeButton } from './PlacementNoticeButton';
import { KeyboardAssign } from './KeyboardAssign';
import { proposedAssignments } from './proposal-map';
import { changingBoothIds } from './proposal-model';
import { ProposalOverlay, PlanViewSwitch } from './ProposalOverlay';
import { ProposalPanel, ProposalRegion } from './ProposalPanel';
import { usePlacement } from './usePlacement';
import { useProposal } from './useProposal';

/** The plan's highlight when no proposal is shown. */
const NO_BOOTHS: ReadonlySet<string> = new Set();
/** The cards are the accepted applications. */
const ACCEPTED = { status: 'accepted' } as const;

/**
 * /fairs/:id/assign: the floor plan for one day, the accepted applications still to be placed that
 * day, and the two ways to place one: drag its card onto a booth, or choose it and use the form.
 * Above them, the button for an automatic proposal for the whole fair; the proposal itself comes
 * right below the plan, which draws it (before and after), to take in full or in part.
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

  const [params, setParams] = useSearchParams();
  const days = useMemo(() => (fair.data ? openDays(fair.data.days) : []), [fair.data]);
  const requested = params.get('day');
  const day = days.find((d) => d.date === requested)?.date ?? days[0]?.date ?? null;

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drag, setDrag] = useState<DragPosition | null>(null);
  const placement = usePlacement(fairId);
  const proposal = useProposal(fairId);
  const onDrag = useCallback((p: DragPosition | null) => setDrag(p), []);
  // A placed card leaves the list and the keyboard form closes with it: focus would fall to the page,
  // so it goes to the sentence saying what happened (or to the list of cards).
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const cardsHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusLost = () => !document.activeElement || document.activeElement === document.body;
  const waitingKey =
    apps.data && day
      ? unplacedOn(apps.data, day, held.data ?? [])
          .map((a) => a.id)
          .join()
      : '';
  useEffect(() => {
    if (focusLost()) (outcomeRef.current ?? cardsHeadingRef.current)?.focus();
  }, [waitingKey, placement.outcome]);

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
  const assignments = held.data;
  const booths = plan.data.booths;
  const fairDays = fair.data.days;

  const toPlace = day ? unplacedOn(apps.data, day, assignments) : [];
  const byId = new Map<string, ApplicationSummary>(apps.data.map((a) => [a.id, a]));
  const selected = selectedId ? (toPlace.find((a) => a.id === selectedId) ?? null) : null;
  const active = drag ? (byId.get(drag.applicationId) ?? null) : selected;

  // What a drop on the booth under the pointer would meet, for the live region and the booth itself.
  const hoverBooth = drag?.boothId ? (booths.find((b) => b.id === drag.boothId) ?? null) : null;
  const hoverRange = active && day ? dropRange(active, fairDays, day, assignments) : null;
  const hoverProblems = active && hoverBooth && hoverRange ? problemSentences(checkPlacement(active, hoverBooth, hoverRange, assignments), lang) : [];
  const liveText = !drag
    ? ''
    : hoverBooth
      ? `${hoverBooth.code}: ${hoverProblems.length ? hoverProblems.join('、') : t('assign.fits')}`
      : t('assign.dragging', { name: active?.municipality.name ?? '' });

  // While a proposal is on screen the map draws it: as the plan stands ("now"), or as it would be
  // with the chosen changes taken ("proposed"), arrows and outlines over it.
  const shown = proposal.proposal;
  const proposedView = shown !== null && proposal.view === 'proposed' && day !== null;
  const attends = (id: string) => (day ? (byId.get(id)?.days.includes(day) ?? false) : false);
  const drawn = proposedView && day ? proposedAssignments(assignments, shown.changes, proposal.chosen, day, attends) : assignments;

  const place = (app: ApplicationSummary, input: AssignmentInput, boothCode: string) => placement.send({ app, input, boothCode });
  const drop = (applicationId: string, boothId: string | null) => {
    const app = byId.get(applicationId);
    const booth = boothId ? booths.find((b) => b.id === boothId) : null;
    if (!app || !booth || !day) return;
    const range = dropRange(app, fairDays, day, assignments);
    if (!range) return;
    place(app, { boothId: booth.id, ...range }, booth.code);
  };

  return (
    <>
      {back}
      <h1>{t('assign.heading')}</h1>
      {plan.data.sample && <p className="hint">{t('assign.samplePlan')}</p>}
      <ProposalPanel state={proposal} />

      {days.length === 0 || !day ? (
        <p className="empty">{t('assign.noDays')}</p>
      ) : (
        <>
          <div className="day-tabs" role="group" aria-label={t('assign.dayGroup')}>
            {days.map((d) => (
              <button
                key={d.date}
                type="button"
                aria-pressed={d.date === day}
                onClick={() => {
                  setParams({ day: d.date }, { replace: true, preventScrollReset: true });
                  setSelectedId(null);
                  placement.setOutcome(null);
                }}
              >
                {formatFairDay(d.date, lang)}
              </button>
            ))}
          </div>

          <p className="drag-status" role="status" aria-live="polite">
            {liveText}
          </p>
          {placement.outcome && (
            <p
              ref={outcomeRef}
              tabIndex={-1}
              className={placement.outcome.kind === 'error' ? 'status status--error' : 'flash'}
              role={placement.outcome.kind === 'error' ? 'alert' : 'status'}
            >
              {placement.outcome.text}
            </p>
          )}

          <div className="assign-layout">
            <section className="assign-layout__cards" aria-labelledby="to-place-heading">
              <h2 id="to-place-heading" ref={cardsHeadingRef} tabIndex={-1}>
                {t('assign.toPlace', { day: formatFairDay(day, lang), n: toPlace.length })}
              </h2>
              <ApplicationCards
                applications={toPlace}
                selectedId={selected?.id ?? null}
                onSelect={(id) => setSelectedId((s) => (s === id ? null : id))}
                onDrag={onDrag}
                onDrop={drop}
              />
            </section>
            <section className="assign-layout__plan" aria-labelledby="plan-heading">
              <h2 id="plan-heading">{t('assign.plan', { room: plan.data.room.name })}</h2>
              {shown && <PlanViewSwitch view={proposal.view} onChange={proposal.setView} />}
              {booths.length === 0 ? (
                <p className="empty">{t('assign.noBooths')}</p>
              ) : (
                <div className="floor-plan-stack">
                  <FloorPlanSvg
                    plan={plan.data}
                    day={day}
                    assignments={drawn}
                    highlight={{
                      applicationId: active?.id ?? null,
                      lacking: active ? lackingBoothIds(booths, active.needs) : new Set(),
                      hover: hoverBooth ? { boothId: hoverBooth.id, problems: hoverProblems } : null,
                      changing: shown && !proposedView ? changingBoothIds(shown.changes, proposal.chosen) : NO_BOOTHS,
                    }}
                  />
                  {shown && proposedView && (
                    <ProposalOverlay
                      plan={plan.data}
                      day={day}
                      changes={shown.changes}
                      chosen={proposal.chosen}
                      applications={apps.data}
                      assignments={assignments}
                      store={proposal.highlight}
                      interactive={!drag}
                    />
                  )}
                </div>
              )}
              <PlanLegend showChanging={shown !== null && !proposedView} showProposal={proposedView} />
              {proposedView && <p className="hint">{t('proposal.map.hint')}</p>}
              <p className="hint">{t('assign.howTo')}</p>
            </section>
          </div>

          <ProposalRegion state={proposal} scrollTo={() => document.getElementById('plan-heading')} />

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

          <DayAssignments fairId={fairId} booths={booths} assignments={assignments} day={day} onDone={(text) => placement.setOutcome({ kind: 'done', text })} />
        </>
      )}

      {/* Without days there is no plan to draw on: the proposal stands on its own. */}
      {(days.length === 0 || !day) && <ProposalRegion state={proposal} />}

      {/* Below the plan, so on a phone a card and the plan fit on one screen. */}
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

      {drag && active && <DragGhost position={drag} name={active.municipality.name} problems={hoverProblems} boothCode={hoverBooth?.code ?? null} />}
      {placement.overrideDialog}
    </>
  );
}
