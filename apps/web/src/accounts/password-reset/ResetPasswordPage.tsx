import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@bussanten/domain';
import { authApi } from '../api/accounts';
import { isApiError } from '../../api/client';
import { pointErrorAt } from '../../api/error-messages';
import { SIGN_IN_PATH } from '../../auth/access';
import { newPasswordDetails } from '../components/password-form';
import { usePasswordEstimator } from '../components/password-strength';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { PasswordStrength } from '../components/PasswordStrength';
import { useRecordForm } from '../../components/forms/useRecordForm';
import type { MessageKey } from '../../i18n/dictionaries';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';

interface ResetValues {
  password: string;
  passwordConfirm: string;
}

const EMPTY_RESET: ResetValues = { password: '', passwordConfirm: '' };
const fieldId = (field: string) => `reset-${field}`;
const LABELS: Record<keyof ResetValues, MessageKey> = { password: 'reset.password', passwordConfirm: 'reset.passwordConfirm' };

/** The page a reset link opens (/password-reset/:token, written as its pattern in the logs): sets the new password once. */
export default function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  useDocumentTitle(t('reset.title'));
  const estimator = usePasswordEstimator();
  const [state, setState] = useState<'editing' | 'done' | 'invalid'>('editing');
  const { values, submission, field } = useRecordForm({
    defaultValues: EMPTY_RESET,
    controlId: fieldId,
    validate: (typed: ResetValues) =>
      newPasswordDetails(
        { password: typed.password, confirmation: typed.passwordConfirm },
        { password: 'password', confirmation: 'passwordConfirm' },
        undefined,
        estimator,
      ),
    save: async (checked) => {
      try {
        await authApi.resetPassword(token, { password: checked.password });
        setState('done');
      } catch (e) {
        if (isApiError(e) && e.body?.code === 'PASSWORD_RESET_INVALID') {
          setState('invalid');
          return;
        }
        throw pointErrorAt(e, 'WEAK_PASSWORD', 'password', 'weakPassword');
      }
    },
  });

  if (state === 'invalid') {
    return (
      <div className="narrow">
        <h1>{t('reset.invalidTitle')}</h1>
        <div className="status status--error" role="alert">
          <p>{t('error.PASSWORD_RESET_INVALID')}</p>
        </div>
        <p>
          <Link to="/password-reset">{t('reset.requestAgain')}</Link>
        </p>
      </div>
    );
  }
  if (state === 'done') {
    return (
      <div className="narrow">
        <h1>{t('reset.title')}</h1>
        <p className="flash" role="status">
          {t('reset.done')}
        </p>
        <p>
          <Link to={SIGN_IN_PATH}>{t('auth.signIn')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t('reset.title')}</h1>
      <p>{t('reset.intro')}</p>
      <SubmissionSummary
        submission={submission}
        locate={(f) => (f in LABELS ? { targetId: fieldId(f), label: t(LABELS[f as keyof ResetValues]) } : { targetId: null, label: null })}
      />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField
          {...field('password')}
          label={t('reset.password')}
          type="password"
          autoComplete="new-password"
          hint={t('invitation.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        />
        <PasswordStrength id={fieldId('strength')} password={values.password} estimator={estimator} />
        <TextField {...field('passwordConfirm')} label={t('reset.passwordConfirm')} type="password" autoComplete="new-password" />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('reset.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
