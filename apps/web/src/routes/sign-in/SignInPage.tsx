import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { ApiErrorDetail } from '@bussanten/contracts';
import { pathAfterSignIn } from '../../auth/access';
import { useAuth } from '../../auth/AuthContext';
import { TextField } from '../../components/Field';
import { fieldBinder, requiredDetails } from '../../components/form-helpers';
import { SubmissionSummary } from '../../components/FormErrors';
import { Loading } from '../../components/Status';
import { useFormSubmission } from '../../hooks/useFormSubmission';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/dictionaries';

interface SignInValues {
  email: string;
  password: string;
}

const fieldId = (field: string) => `sign-in-${field}`;
const LABELS: Record<keyof SignInValues, MessageKey> = { email: 'auth.email', password: 'auth.password' };

export default function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.signInTitle'));
  const { status, user, signIn } = useAuth();
  const [params] = useSearchParams();
  const next = params.get('next');

  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const submission = useFormSubmission({
    validate: (): ApiErrorDetail[] => requiredDetails(values, ['email', 'password']),
    save: () => signIn({ email: values.email.trim(), password: values.password }),
    pathAfterSave: (signedIn) => pathAfterSignIn(signedIn, next),
    replace: true,
  });
  const field = fieldBinder(fieldId, values, setValues, submission.byField);

  if (status === 'loading') return <Loading label={t('auth.checking')} />;
  // Already signed in (and not just now, by this form): nothing to do here.
  if (user && !submission.saving) return <Navigate to={pathAfterSignIn(user, next)} replace />;

  return (
    <div className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <p>{t('auth.signInIntro')}</p>

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
      <p>
        <Link to="/password-reset">{t('auth.forgotPassword')}</Link>
      </p>
      <p className="hint">{t('auth.noAccount')}</p>
    </div>
  );
}
