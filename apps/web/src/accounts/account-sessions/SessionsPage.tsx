import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@bussanten/contracts';
import { sessionsApi } from '../api/accounts';
import { describeError } from '../../api/error-messages';
import { canRetry } from '../../api/query-client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState, Loading } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { browserLabel, currentFirst, sessionMembershipLabel } from './session-model';
import { invalidateAfter, useMySessions } from '../queries';

/** What the last action came to; kept as facts so a language switch redraws it. */
type Outcome = { kind: 'ended' } | { kind: 'signedOutOthers'; n: number } | { kind: 'error'; error: unknown } | null;

/**
 * /account/sessions: where one is signed in (browser, address, when signed in, when last used), across
 * all one's memberships; sign one of them out, or every one but this (confirmed first).
 */
export default function SessionsPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('sessions.title'));
  const list = useMySessions();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  // After an action the row (and its button) may be gone: the outcome takes the focus instead.
  const [focusOutcome, setFocusOutcome] = useState(0);
  useEffect(() => {
    if (focusOutcome > 0) outcomeRef.current?.focus();
  }, [focusOutcome]);

  const end = async (session: SessionInfo) => {
    setBusy(session.id);
    setOutcome(null);
    try {
      await sessionsApi.end(session.id);
      setOutcome({ kind: 'ended' });
      void invalidateAfter(queryClient, 'ownSessions');
    } catch (e) {
      setOutcome({ kind: 'error', error: e });
    } finally {
      setBusy(null);
      setFocusOutcome((n) => n + 1);
    }
  };

  const signOutOthers = async () => {
    setBusy('others');
    setOutcome(null);
    try {
      const { ended } = await sessionsApi.signOutOthers();
      setOutcome({ kind: 'signedOutOthers', n: ended });
      void invalidateAfter(queryClient, 'ownSessions');
    } catch (e) {
      setOutcome({ kind: 'error', error: e });
    } finally {
      setBusy(null);
      setConfirming(false);
      setFocusOutcome((n) => n + 1);
    }
  };

  const sessions = list.data ? currentFirst(list.data) : null;
  const others = sessions ? sessions.filter((s) => !s.current).length : 0;
  return (
    <>
      <p className="back">
        <Link to="/account/password">{t('account.changePassword')}</Link>
      </p>
      <h1>{t('sessions.title')}</h1>
      <p className="reading-width">{t('sessions.intro')}</p>

      <section aria-labelledby="sessions-heading" aria-busy={list.isFetching}>
        <div className="section-heading">
          <h2 id="sessions-heading" className="sr-only">
            {t('sessions.caption')}
          </h2>
          {sessions && (
            <div className="actions">
              <button type="button" onClick={() => void list.refetch()} disabled={list.isFetching}>
                {t('sessions.refresh')}
              </button>
              {others > 0 && (
                <button type="button" className="button--danger" onClick={() => setConfirming(true)} disabled={busy !== null}>
                  {t('sessions.signOutOthers')}
                </button>
              )}
            </div>
          )}
        </div>
        {outcome && (
          <p
            ref={outcomeRef}
            tabIndex={-1}
            className={outcome.kind === 'error' ? 'status status--error' : 'flash'}
            role={outcome.kind === 'error' ? 'alert' : 'status'}
          >
            {outcome.kind === 'error'
              ? describeError(outcome.error, lang).message
              : outcome.kind === 'ended'
                ? t('sessions.ended')
                : t('sessions.signedOutOthers', { n: outcome.n })}
          </p>
        )}
        {list.isError && !sessions ? (
          <ErrorState error={list.error} onRetry={canRetry(list.error) ? () => void list.refetch() : undefined} />
        ) : !sessions ? (
          <Loading label={t('sessions.loading')} />
        ) : (
          <>
            <div className="table-scroll">
              <table className="table">
                <caption className="sr-only">{t('sessions.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sessions.col.browser')}</th>
                    <th scope="col">{t('sessions.col.address')}</th>
                    <th scope="col">{t('sessions.col.membership')}</th>
                    <th scope="col">{t('sessions.col.signedIn')}</th>
                    <th scope="col">{t('sessions.col.lastSeen')}</th>
                    <th scope="col">{t('sessions.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.map((s) => (
                    <tr key={s.id} aria-current={s.current ? 'true' : undefined}>
                      <th scope="row">
                        {browserLabel(s, lang)}
                        {s.current && (
                          <>
                            {' '}
                            <span className="badge">{t('sessions.current')}</span>
                          </>
                        )}
                      </th>
                      <td>{s.address ? <code>{s.address}</code> : <span className="muted">{t('sessions.unknownAddress')}</span>}</td>
                      <td>{sessionMembershipLabel(s, lang)}</td>
                      <td>
                        <time dateTime={s.signedInAt}>{formatDateTime(s.signedInAt, lang)}</time>
                      </td>
                      <td>
                        <time dateTime={s.lastSeenAt}>{formatDateTime(s.lastSeenAt, lang)}</time>
                      </td>
                      <td>
                        {!s.current && (
                          <button
                            type="button"
                            onClick={() => void end(s)}
                            disabled={busy !== null}
                            aria-label={t('sessions.endFor', { browser: browserLabel(s, lang), signedIn: formatDateTime(s.signedInAt, lang) })}
                          >
                            {busy === s.id ? t('sessions.ending') : t('sessions.end')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {others === 0 && <p className="empty">{t('sessions.empty')}</p>}
          </>
        )}
      </section>

      <ConfirmDialog
        open={confirming}
        title={t('sessions.signOutOthersTitle')}
        confirmLabel={t('sessions.signOutOthersConfirm')}
        busyLabel={t('sessions.ending')}
        busy={busy === 'others'}
        onConfirm={() => void signOutOthers()}
        onCancel={() => setConfirming(false)}
        tone="danger"
      >
        <p>{t('sessions.signOutOthersBody', { n: others })}</p>
      </ConfirmDialog>
    </>
  );
}
