import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../api/error-messages';
import { canRetry } from '../../api/query-client';
import { hostSecurityApi } from '../api/factors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState, Loading } from '../../components/Status';
import { useI18n } from '../../i18n/i18n';
import { hostRuleChanged, useHostSecurity } from '../queries';

/**
 * The host's sign-in rule: whether its organizers must use a second factor, and how many have none
 * yet (they enrol one at their next sign-in). Turning it on is confirmed first; turning it off is not.
 * `selfWithout` says the organizer looking at it has no second factor either.
 */
export function HostSecuritySection({ selfWithout }: { selfWithout: boolean }) {
  const { t, lang } = useI18n();
  const security = useHostSecurity();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'done'; on: boolean } | { kind: 'error'; error: unknown } | null>(null);
  const data = security.data;

  const update = async (requireSecondFactor: boolean) => {
    setBusy(true);
    setOutcome(null);
    try {
      void hostRuleChanged(queryClient, await hostSecurityApi.update({ requireSecondFactor }));
      setOutcome({ kind: 'done', on: requireSecondFactor });
    } catch (e) {
      setOutcome({ kind: 'error', error: e });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="host-security-heading">
      <h2 id="host-security-heading">{t('hostSecurity.title')}</h2>
      {outcome && (
        <p className={outcome.kind === 'error' ? 'status status--error' : 'flash'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.kind === 'error' ? describeError(outcome.error, lang).message : t(outcome.on ? 'hostSecurity.turnedOn' : 'hostSecurity.turnedOff')}
        </p>
      )}
      {security.isError && !data ? (
        <ErrorState error={security.error} onRetry={canRetry(security.error) ? () => void security.refetch() : undefined} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p>
            <span className={`state state--${data.requireSecondFactor ? 'on' : 'off'}`}>
              {data.requireSecondFactor ? t('hostSecurity.on') : t('hostSecurity.off')}
            </span>{' '}
            {data.requireSecondFactor ? t('hostSecurity.onExplain') : t('hostSecurity.offExplain')}
          </p>
          <p>{t('hostSecurity.without', { n: data.organizersWithoutFactor })}</p>
          {data.requireSecondFactor ? (
            <button type="button" disabled={busy} onClick={() => void update(false)}>
              {busy ? t('common.saving') : t('hostSecurity.turnOff')}
            </button>
          ) : (
            <button type="button" className="button--primary" disabled={busy} onClick={() => setConfirming(true)}>
              {t('hostSecurity.turnOn')}
            </button>
          )}
          <ConfirmDialog
            open={confirming}
            title={t('hostSecurity.confirmTitle')}
            confirmLabel={t('hostSecurity.turnOn')}
            busyLabel={t('common.saving')}
            busy={busy}
            tone="primary"
            onConfirm={() => void update(true)}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('hostSecurity.confirmBody', { n: data.organizersWithoutFactor })}</p>
            {selfWithout && <p>{t('hostSecurity.confirmSelf')}</p>}
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
