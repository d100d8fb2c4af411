import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CurrentUser } from '@bussanten/contracts';
import { describeError } from '../../api/error-messages';
import { signInStepApi } from '../api/factors';
import { useAuth } from '../../auth/AuthContext';
import { normaliseRecoveryCode, normaliseTotpCode, passkeyProblem, recoveryCodeDetails, totpCodeDetails, type PasskeyProblem } from '../../auth/second-factor';
import { getPasskeyAssertion } from '../../auth/webauthn';
import { PasskeyProblemNote } from '../components/PasskeyProblemNote';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { CodeStepForm } from './CodeStepForm';
import { StepShell } from './StepShell';
import { usePendingStep } from './usePendingStep';

/**
 * /sign-in/verify: the second step of a sign-in with the password. Offers the methods the person
 * can use (a passkey, a code from the authenticator app, a recovery code); once one is confirmed
 * the app goes on to where they were going.
 */
export default function VerifyPage() {
  const { t } = useI18n();
  useDocumentTitle(t('verify.title'));
  const [params] = useSearchParams();
  const view = usePendingStep('secondFactor', params.get('next'));
  const { completeSignIn } = useAuth();

  return (
    <StepShell view={view} title={t('verify.title')}>
      {({ methods }) => {
        const onlyRecovery = methods.length === 1 && methods[0] === 'recoveryCode';
        return (
          <>
            <p>{t('verify.intro')}</p>
            {methods.includes('passkey') && <PasskeyStep onSignedIn={completeSignIn} />}
            {methods.includes('totp') && (
              <section aria-labelledby="verify-totp-heading">
                <h2 id="verify-totp-heading">{t('verify.totpHeading')}</h2>
                <CodeStepForm
                  id="verify-totp-code"
                  label={t('verify.totpCode')}
                  hint={t('verify.totpHint')}
                  submitLabel={t('verify.submit')}
                  busyLabel={t('verify.checking')}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  normalise={normaliseTotpCode}
                  validate={(text) => totpCodeDetails(text)}
                  invalidRule="totpInvalid"
                  send={signInStepApi.totp}
                  onSignedIn={completeSignIn}
                />
              </section>
            )}
            {methods.includes('recoveryCode') && (
              <details className="disclosure" open={onlyRecovery}>
                <summary>{t('verify.useRecoveryCode')}</summary>
                <CodeStepForm
                  id="verify-recovery-code"
                  label={t('verify.recoveryCode')}
                  hint={t('verify.recoveryHint')}
                  submitLabel={t('verify.recoverySubmit')}
                  busyLabel={t('verify.checking')}
                  autoComplete="off"
                  normalise={normaliseRecoveryCode}
                  validate={(text) => recoveryCodeDetails(text)}
                  invalidRule="recoveryCodeInvalid"
                  send={signInStepApi.recoveryCode}
                  onSignedIn={completeSignIn}
                />
              </details>
            )}
            {methods.length === 0 && <p className="status status--error">{t('verify.noMethods')}</p>}
          </>
        );
      }}
    </StepShell>
  );
}

/** The passkey's button: the browser's prompt, then the API. */
function PasskeyStep({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PasskeyProblem | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setProblem(null);
    setError(null);
    try {
      const response = await getPasskeyAssertion(await signInStepApi.passkeyOptions());
      onSignedIn(await signInStepApi.passkey(response));
    } catch (e) {
      const why = passkeyProblem(e);
      if (why) setProblem(why);
      else setError(e);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="verify-passkey-heading">
      <h2 id="verify-passkey-heading">{t('verify.passkeyHeading')}</h2>
      <p className="hint">{t('verify.passkeyHint')}</p>
      <button type="button" className="button--primary" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? t('verify.passkeyBusy') : t('verify.passkey')}
      </button>
      {problem && <PasskeyProblemNote problem={problem} />}
      {error !== null && (
        <p className="status status--error" role="alert">
          {describeError(error, lang).message}
        </p>
      )}
    </section>
  );
}
