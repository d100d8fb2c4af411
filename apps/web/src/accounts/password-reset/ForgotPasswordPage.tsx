import { useState } from 'react';
import { Link } from 'react-router';
import type { ApiErrorDetail } from '@bussanten/contracts';
import { authApi } from '../api/accounts';
import { SIGN_IN_PATH } from '../../auth/access';
import { TextField } from '../../components/Field';
import { requiredDetails } from '../../components/form-helpers';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';

const fieldId = (field: string) => `forgot-${field}`;

/** "Forgot password": asks for a one-time link by mail. The answer says the same whatever the address. */
export default function ForgotPasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t('reset.requestTitle'));
  const [sentMinutes, setSentMinutes] = useState<number | null>(null);
  const { submission, field } = useRecordForm({
    defaultValues: { email: '' },
    controlId: fieldId,
    validate: (typed): ApiErrorDetail[] => requiredDetails(typed, ['email']),
    save: async (checked) => {
      const answer = await authApi.requestPasswordReset({ email: checked.email.trim() });
      setSentMinutes(answer.validMinutes);
    },
  });

  return (
    <div className="narrow">
      <h1>{t('reset.requestTitle')}</h1>
      <p>{t('reset.requestIntro')}</p>
      {sentMinutes !== null && (
        <p className="flash" role="status">
          {t('reset.sent', { minutes: sentMinutes })}
        </p>
      )}
      <SubmissionSummary
        submission={submission}
        locate={(f) => (f === 'email' ? { targetId: fieldId('email'), label: t('reset.email') } : { targetId: null, label: null })}
      />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('email')} label={t('reset.email')} type="email" autoComplete="username" />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('reset.send')}
          </button>
        </div>
      </form>
      <p>
        <Link to={SIGN_IN_PATH}>{t('reset.backToSignIn')}</Link>
      </p>
    </div>
  );
}
