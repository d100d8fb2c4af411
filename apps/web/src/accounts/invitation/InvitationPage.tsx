import { Link, useParams } from 'react-router';
import type { InvitationPreview } from '@bussanten/contracts';
import { PASSWORD_MIN_LENGTH } from '@bussanten/domain';
import { isApiError } from '../../api/client';
import { SIGN_IN_PATH } from '../../auth/access';
import { pathAfter } from '../../auth/second-factor';
import { useAuth } from '../../auth/AuthContext';
import { pointErrorAt } from '../../api/error-messages';
import { newPasswordDetails } from '../components/password-form';
import { usePasswordEstimator } from '../components/password-strength';
import { PasswordStrength } from '../components/PasswordStrength';
import { TextField } from '../../components/Field';
import { requiredDetails } from '../../components/form-helpers';
import { SubmissionSummary } from '../../components/FormErrors';
import { ErrorState, Loading } from '../../components/Status';
import { canRetry } from '../../api/query-client';
import { useRecordForm } from '../../components/forms/useRecordForm';
import type { MessageKey } from '../../i18n/dictionaries';
import { roleKey } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { ExistingAccountForm } from './ExistingAccountForm';
import { InvitationFacts } from './InvitationFacts';
import { useInvitationPreview } from '../queries';

export default function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  useDocumentTitle(t('invitation.title'));
  const preview = useInvitationPreview(token);

  if (preview.isError) {
    const invalid = isApiError(preview.error) && (preview.error.status === 404 || preview.error.body?.code === 'INVITATION_INVALID');
    if (invalid) return <InvalidInvitation />;
    if (!preview.data) return <ErrorState error={preview.error} onRetry={canRetry(preview.error) ? () => void preview.refetch() : undefined} />;
  }
  if (!preview.data) return <Loading />;
  // An address with an account already only confirms it is theirs; a new one sets a name and password.
  if (preview.data.existingAccount) return <ExistingAccountForm key={token} token={token} preview={preview.data} />;
  return <NewAccountForm key={token} token={token} preview={preview.data} />;
}

function InvalidInvitation() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t('invitation.invalidTitle')}</h1>
      <div className="status status--error" role="alert">
        <p>{t('invitation.invalidBody')}</p>
      </div>
      <p>
        <Link to={SIGN_IN_PATH}>{t('invitation.signInInstead')}</Link>
      </p>
    </div>
  );
}

interface AcceptValues {
  displayName: string;
  password: string;
  passwordConfirm: string;
}

const fieldId = (field: string) => `invitation-${field}`;
const LABELS: Record<keyof AcceptValues, MessageKey> = {
  displayName: 'invitation.displayName',
  password: 'invitation.password',
  passwordConfirm: 'invitation.passwordConfirm',
};

function NewAccountForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useI18n();
  const { acceptInvitation } = useAuth();
  const estimator = usePasswordEstimator();

  const { values, submission, field } = useRecordForm({
    defaultValues: { displayName: preview.displayName ?? '', password: '', passwordConfirm: '' } satisfies AcceptValues,
    controlId: fieldId,
    validate: (typed: AcceptValues) => [
      ...requiredDetails(typed, ['displayName']),
      ...newPasswordDetails(
        { password: typed.password, confirmation: typed.passwordConfirm },
        { password: 'password', confirmation: 'passwordConfirm' },
        preview.email,
        estimator,
      ),
    ],
    save: (checked) =>
      acceptInvitation(token, { displayName: checked.displayName.trim(), password: checked.password }).catch((e: unknown) => {
        throw pointErrorAt(e, 'WEAK_PASSWORD', 'password', 'weakPassword');
      }),
    pathAfterSave: (result) => pathAfter(result, null),
    replace: true,
  });

  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.invitedBy', { host: preview.hostName, role: t(roleKey(preview.role)) })}</p>
      <InvitationFacts preview={preview} />

      <SubmissionSummary
        submission={submission}
        locate={(f) => (f in LABELS ? { targetId: fieldId(f), label: t(LABELS[f as keyof AcceptValues]) } : { targetId: null, label: null })}
      />

      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={preview.email} readOnly hidden />
        <TextField {...field('displayName')} label={t('invitation.displayName')} hint={t('invitation.displayNameHint')} autoComplete="name" />
        <TextField
          {...field('password')}
          label={t('invitation.password')}
          type="password"
          autoComplete="new-password"
          hint={t('invitation.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        />
        <PasswordStrength id={fieldId('strength')} password={values.password} email={preview.email} estimator={estimator} />
        <TextField {...field('passwordConfirm')} label={t('invitation.passwordConfirm')} type="password" autoComplete="new-password" />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('invitation.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
