import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { ApiErrorDetail } from '@bussanten/contracts';
import { describeError } from '../../api/error-messages';
import { pathAfterSignIn } from '../../auth/access';
import { useAuth } from '../../auth/AuthContext';
import { browserHasWebAuthn, passkeyProblem, pathAfter, stepPath, type PasskeyProblem } from '../../auth/second-factor';
import { TextField } from '../../components/Field';
import { PasskeyProblemNote } from '../components/PasskeyProblemNote';
import { requiredDetails } from '../../components/form-helpers';
import { SubmissionSummary } from '../../components/FormErrors';
import { Loading } from '../../components/Status';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/dictionaries';

interface SignInValues {
  email: string;
  password: string;
}

const EMPTY_SIGN_IN: SignInValues = { email: '', password: '' };
const fieldId = (field: string) => `sign-in-${field}`;
const LABELS: Record<keyof SignInValues, MessageKey> = { email: 'auth.email', password: 'auth.password' };

export default function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.signInTitle'));
  const { status, user, pending, signIn } = useAuth();
  const [params] = useSearchParams();
  const next = params.get('next');
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;

  const { submission, field } = useRecordForm({
    defaultValues: EMPTY_SIGN_IN,
    validate: (typed): ApiErrorDetail[] => requiredDetails(typed, ['email', 'password']),
    controlId: fieldId,
    save: (checked) => signIn({ email: checked.email.trim(), password: checked.password }),
    pathAfterSave: (result) => pathAfter(result, next),
    replace: true,
  });
  const [passkeyBusy, setPasskeyBusy] = useState(false);

  if (status === 'loading') return <Loading label={t('auth.checking')} />;
  // Already signed in (and not just now, by this form or the passkey): nothing to do here.
  if (user && !submission.saving && !passkeyBusy) return <Navigate to={pathAfterSignIn(user, next)} replace />;

  return (
    <div className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <p>{t('auth.signInIntro')}</p>

      {notice === 'stepEnded' && (
        <p className="notice" role="status">
          {t('step.ended')}
        </p>
      )}
      {pending && !submission.saving && (
        <p className="notice">
          {t('step.waiting')} <Link to={stepPath(pending.pending, next)}>{t('step.continue')}</Link>
        </p>
      )}

      <SubmissionSummary
        submission={submission}
        locate={(f) => (f in LABELS ? { targetId: fieldId(f), label: t(LABELS[f as keyof SignInValues]) } : { targetId: null, label: null })}
      />

      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('email')} label={t('auth.email')} type="email" autoComplete="username" />
        <TextField {...field('password')} label={t('auth.password')} type="password" autoComplete="current-password" />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('auth.signIn')}
          </button>
        </div>
      </form>
      {browserHasWebAuthn() && <PasskeySignIn next={next} onBusy={setPasskeyBusy} />}
      <p>
        <Link to="/password-reset">{t('auth.forgotPassword')}</Link>
      </p>
      <p className="hint">{t('auth.noAccount')}</p>
    </div>
  );
}

/**
 * Signing in with a passkey alone, without the email address or password: the browser offers the
 * passkeys it holds for this site. The library behind the prompt is loaded on the first click.
 */
function PasskeySignIn({ next, onBusy }: { next: string | null; onBusy: (busy: boolean) => void }) {
  const { t, lang } = useI18n();
  const { signInWithPasskey } = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PasskeyProblem | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    onBusy(true);
    setProblem(null);
    setError(null);
    try {
      const result = await signInWithPasskey();
      navigate(pathAfter(result, next), { replace: true });
    } catch (e) {
      const why = passkeyProblem(e);
      if (why) setProblem(why);
      else setError(e);
      setBusy(false);
      onBusy(false);
    }
  };

  return (
    <div className="passkey-sign-in">
      <p className="divider" aria-hidden="true">
        {t('auth.or')}
      </p>
      <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy} aria-describedby="passkey-sign-in-hint">
        {busy ? t('auth.passkeyBusy') : t('auth.passkeySignIn')}
      </button>
      <p id="passkey-sign-in-hint" className="hint">
        {t('auth.passkeyHint')}
      </p>
      {problem && <PasskeyProblemNote problem={problem} />}
      {error !== null && (
        <p className="status status--error" role="alert">
          {describeError(error, lang).message}
        </p>
      )}
    </div>
  );
}
