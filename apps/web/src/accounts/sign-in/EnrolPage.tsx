import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FactorEnrolled } from '@bussanten/contracts';
import { useAuth } from '../../auth/AuthContext';
import { hostName } from '../../auth/membership';
import { AddPasskeyForm } from '../components/AddPasskeyForm';
import { RecoveryCodesPanel } from '../components/RecoveryCodesPanel';
import { TotpSetupPanel } from '../components/TotpSetupPanel';
import { ErrorState } from '../../components/Status';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { StepShell } from './StepShell';
import { usePendingStep } from './usePendingStep';

/**
 * /sign-in/enrol: a host requires a second factor of its organizers and this person has none yet.
 * They add a passkey or an authenticator app, see their ten recovery codes once, and then enter the
 * app (enrolling finished the sign-in).
 */
export default function EnrolPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('enrol.title'));
  const [params] = useSearchParams();
  const view = usePendingStep('enrol', params.get('next'));
  const { completeSignIn, refresh } = useAuth();
  const [enrolled, setEnrolled] = useState<FactorEnrolled | null>(null);
  const [finishError, setFinishError] = useState<unknown>(null);

  // Enrolling signed the person in: the app is entered once the recovery codes were seen (or at once without any).
  const finish = (done: FactorEnrolled) => {
    setFinishError(null);
    if (done.user) completeSignIn(done.user);
    else refresh().catch((e: unknown) => setFinishError(e));
  };

  const onEnrolled = (done: FactorEnrolled) => {
    if (done.recoveryCodes && done.recoveryCodes.length > 0) setEnrolled(done);
    else finish(done);
  };

  return (
    <StepShell view={view} title={t('enrol.title')}>
      {(pending) =>
        enrolled?.recoveryCodes ? (
          <>
            <p className="flash" role="status">
              {t('enrol.done')}
            </p>
            <RecoveryCodesPanel codes={enrolled.recoveryCodes} email={pending.email} doneLabel={t('enrol.continue')} onDone={() => finish(enrolled)} />
            {finishError !== null && <ErrorState error={finishError} />}
          </>
        ) : (
          <>
            <p>{pending.requiredBy ? t('enrol.intro', { host: hostName(pending.requiredBy, lang) }) : t('enrol.introNoHost')}</p>
            <p>{t('enrol.choose')}</p>
            {pending.methods.includes('passkey') && (
              <section aria-labelledby="enrol-passkey-heading">
                <h2 id="enrol-passkey-heading">{t('enrol.passkeyHeading')}</h2>
                <p className="hint">{t('factors.passkeyExplain')}</p>
                <AddPasskeyForm existing={[]} onAdded={onEnrolled} idPrefix="enrol-passkey" />
              </section>
            )}
            {pending.methods.includes('totp') && (
              <section aria-labelledby="enrol-totp-heading">
                <h2 id="enrol-totp-heading">{t('enrol.totpHeading')}</h2>
                <p className="hint">{t('factors.totpExplain')}</p>
                <TotpSetupPanel email={pending.email} onEnrolled={onEnrolled} idPrefix="enrol-totp" />
              </section>
            )}
          </>
        )
      }
    </StepShell>
  );
}
