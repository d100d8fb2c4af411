import type { InvitationPreview } from '@bussanten/contracts';
import { pointErrorAt } from '../../api/error-messages';
import { pathAfter } from '../../auth/second-factor';
import { useAuth } from '../../auth/AuthContext';
import { TextField } from '../../components/Field';
import { requiredDetails } from '../../components/form-helpers';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { roleKey } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { InvitationFacts } from './InvitationFacts';

const fieldId = (field: string) => `invitation-${field}`;

/**
 * Accepting an invitation with an account that exists already (this person works with another host,
 * or in another role): only that account's password, to show the account is theirs. The membership
 * is added to it and becomes the active one; the name and password stay as they are.
 */
export function ExistingAccountForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useI18n();
  const { acceptInvitation } = useAuth();
  const { submission, field } = useRecordForm({
    defaultValues: { password: '' },
    validate: (typed) => requiredDetails(typed, ['password']),
    controlId: fieldId,
    save: (checked) =>
      acceptInvitation(token, { password: checked.password }).catch((e: unknown) => {
        throw pointErrorAt(e, 'INVALID_CREDENTIALS', 'password', 'invalidCredentials');
      }),
    pathAfterSave: (result) => pathAfter(result, null),
    replace: true,
  });

  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.existingIntro', { host: preview.hostName, role: t(roleKey(preview.role)) })}</p>
      <InvitationFacts preview={preview} />
      <p>{t('invitation.existingAccount', { email: preview.email })}</p>

      <SubmissionSummary
        submission={submission}
        locate={(f) => (f === 'password' ? { targetId: fieldId(f), label: t('invitation.existingPassword') } : { targetId: null, label: null })}
      />

      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        {/* For password managers: the account the password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={preview.email} readOnly hidden />
        <TextField
          {...field('password')}
          label={t('invitation.existingPassword')}
          type="password"
          autoComplete="current-password"
          hint={t('invitation.existingPasswordHint')}
        />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('invitation.accept')}
          </button>
        </div>
      </form>
    </div>
  );
}
