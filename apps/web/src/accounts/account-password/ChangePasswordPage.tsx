import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { PASSWORD_MIN_LENGTH } from '@bussanten/domain';
import { authApi } from '../api/accounts';
import { useAuth } from '../../auth/AuthContext';
import { pointErrorAt } from '../../api/error-messages';
import { newPasswordDetails } from '../components/password-form';
import { usePasswordEstimator } from '../components/password-strength';
import { PasswordStrength } from '../components/PasswordStrength';
import { TextField } from '../../components/Field';
import { requiredDetails } from '../../components/form-helpers';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import type { MessageKey } from '../../i18n/dictionaries';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { invalidateAfter } from '../queries';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
}

const EMPTY: PasswordValues = { currentPassword: '', newPassword: '', newPasswordConfirm: '' };
const fieldId = (field: string) => `password-${field}`;
const LABELS: Record<keyof PasswordValues, MessageKey> = {
  currentPassword: 'account.currentPassword',
  newPassword: 'account.newPassword',
  newPasswordConfirm: 'account.newPasswordConfirm',
};

export default function ChangePasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t('account.passwordTitle'));
  const { user, refresh } = useAuth();
  const queryClient = useQueryClient();
  const [done, setDone] = useState(false);
  const estimator = usePasswordEstimator();

  const { form, values, submission, field } = useRecordForm({
    defaultValues: EMPTY,
    controlId: fieldId,
    validate: (typed: PasswordValues) => [
      ...requiredDetails(typed, ['currentPassword']),
      ...newPasswordDetails(
        { password: typed.newPassword, confirmation: typed.newPasswordConfirm },
        { password: 'newPassword', confirmation: 'newPasswordConfirm' },
        user?.email,
        estimator,
      ),
    ],
    save: async (checked) => {
      setDone(false);
      try {
        await authApi.changePassword({ currentPassword: checked.currentPassword, newPassword: checked.newPassword });
      } catch (e) {
        throw pointErrorAt(pointErrorAt(e, 'WEAK_PASSWORD', 'newPassword', 'weakPassword'), 'INVALID_CREDENTIALS', 'currentPassword', 'incorrect');
      }
    },
    onSaved: () => {
      for (const key of Object.keys(EMPTY) as (keyof PasswordValues)[]) form.setValue(key, EMPTY[key]);
      setDone(true);
      // The person's other sessions have ended.
      void invalidateAfter(queryClient, 'ownSessions');
      // The session may have been renewed with the password: take its CSRF token.
      void refresh();
    },
  });

  return (
    <div className="narrow">
      <h1>{t('account.passwordTitle')}</h1>
      <p>{t('account.otherSessionsNote')}</p>

      {done && (
        <p className="flash" role="status">
          {t('account.changed')}
        </p>
      )}

      <SubmissionSummary
        submission={submission}
        locate={(f) => (f in LABELS ? { targetId: fieldId(f), label: t(LABELS[f as keyof PasswordValues]) } : { targetId: null, label: null })}
      />

      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        {user && <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />}
        <TextField {...field('currentPassword')} label={t('account.currentPassword')} type="password" autoComplete="current-password" />
        <TextField
          {...field('newPassword')}
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('invitation.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        />
        <PasswordStrength id={fieldId('strength')} password={values.newPassword} email={user?.email} estimator={estimator} />
        <TextField {...field('newPasswordConfirm')} label={t('account.newPasswordConfirm')} type="password" autoComplete="new-password" />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? t('common.saving') : t('account.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
