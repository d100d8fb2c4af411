import { useEffect, useRef } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState, Loading } from '../../components/Status';
import { useI18n } from '../../i18n/i18n';
import { moveCostText, needsNewProposal, summarize, summaryText } from './proposal-model';
import { ChangesTable, ObjectiveSummary } from './ProposalTables';
import type { ProposalState } from './useProposal';

/**
 * The "propose" button and what follows it: the wait, the confirmation, and the line saying what
 * was saved (the proposal itself is ProposalRegion, below the map it draws on). Focus follows
 * along, so a keyboard or screen reader user lands on the proposal when it comes and on the
 * outcome when it is gone.
 */
export function ProposalPanel({ state }: { state: ProposalState }) {
  const { t } = useI18n();
  const { proposal, proposing, failure, saved } = state;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const focusLost = () => !document.activeElement || document.activeElement === document.body;

  useEffect(() => {
    if (saved !== null) savedRef.current?.focus();
  }, [saved]);
  // Discarding removes the region the focus was in: back to the button that made it.
  useEffect(() => {
    if (!proposal && !proposing && focusLost()) buttonRef.current?.focus();
  }, [proposal, proposing]);

  // A refused accept keeps the proposal on screen (to propose again or send it again), so it is told inside it.
  const failedAccept = failure?.during === 'accept' && proposal ? failure : null;

  return (
    <div className="proposal-panel">
      <div className="actions">
        <button
          ref={buttonRef}
          type="button"
          className="button--primary"
          aria-disabled={proposing || undefined}
          onClick={() => {
            if (!proposing) state.propose();
          }}
        >
          {t('proposal.propose')}
        </button>
      </div>
      <p className="hint">{t('proposal.intro')}</p>

      {proposing && <Loading label={t('proposal.proposing')} />}
      {saved !== null && (
        <p ref={savedRef} tabIndex={-1} className="flash" role="status">
          {t('proposal.saved', { n: saved })}
        </p>
      )}
      {failure && !failedAccept && <ErrorState error={failure.error} onRetry={failure.during === 'propose' ? state.propose : undefined} />}

      {/* Outside the region, so it closes properly even when accepting removes the region. */}
      <ConfirmDialog
        open={state.pending !== null}
        title={t('proposal.confirmTitle')}
        confirmLabel={t('proposal.confirm')}
        busyLabel={t('proposal.accepting')}
        busy={state.accepting}
        tone="primary"
        onConfirm={state.confirm}
        onCancel={state.cancel}
      >
        <p>{t('proposal.confirmBody', { n: state.pending?.changes.length ?? 0 })}</p>
      </ConfirmDialog>
    </div>
  );
}

/**
 * The proposal to read and choose from: what it changes in words, each change with its reason and
 * checkbox, and the buttons to take it. The page puts it right below the floor plan, which draws it.
 * When it comes, focus lands on its heading with the plan scrolled into view above it.
 */
export function ProposalRegion({ state, scrollTo }: { state: ProposalState; scrollTo?: () => HTMLElement | null }) {
  const { t, lang } = useI18n();
  const { proposal, failure, chosen } = state;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!proposal) return;
    const top = scrollTo?.() ?? null;
    headingRef.current?.focus({ preventScroll: top !== null });
    top?.scrollIntoView({ block: 'start' });
    // Only when a new proposal comes, not on each tick of a checkbox.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [proposal]);

  const summary = proposal ? summarize(proposal.changes) : null;
  const failedAccept = failure?.during === 'accept' && proposal ? failure : null;
  const chosenCount = proposal ? proposal.changes.filter((c) => chosen.has(c.applicationId)).length : 0;
  return (
    <>
      {proposal && summary && (
        <section className="proposal" aria-labelledby="proposal-heading">
          <h2 id="proposal-heading" ref={headingRef} tabIndex={-1}>
            {t('proposal.heading')}
          </h2>
          {proposal.changes.length === 0 ? (
            <p className="empty">{t('proposal.noApplications')}</p>
          ) : (
            <>
              <p className="proposal__summary">{summaryText(summary, lang)}</p>
              <p className="proposal__moves">{moveCostText(proposal.moves, lang)}</p>
              <ObjectiveSummary proposal={proposal} />
              <ChangesTable changes={proposal.changes} chosen={chosen} onChoose={state.choose} highlight={state.highlight} />
            </>
          )}
          {/* Next to the buttons that sent it, where the eye (and the focus, back from the dialog) is. */}
          {failedAccept && (
            <ErrorState error={failedAccept.error}>
              {needsNewProposal(failedAccept.error) && (
                <button type="button" className="button--primary" onClick={state.propose}>
                  {t('proposal.proposeAgain')}
                </button>
              )}
            </ErrorState>
          )}
          <div className="actions proposal__actions">
            {summary.changing > 0 && (
              <>
                <button type="button" className="button--primary" disabled={chosenCount === 0} onClick={() => state.askToAccept('chosen')}>
                  {t('proposal.acceptSelected')}
                </button>
                <button type="button" onClick={() => state.askToAccept('all')}>
                  {t('proposal.acceptAll')}
                </button>
              </>
            )}
            <button type="button" onClick={state.discard}>
              {t('proposal.discard')}
            </button>
            {summary.changing > 0 && <span className="muted">{t('proposal.selected', { n: chosenCount })}</span>}
          </div>
        </section>
      )}
    </>
  );
}
