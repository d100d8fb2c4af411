import { useQueryClient } from '@tanstack/react-query';
import { Role, type Invitation } from '@bussanten/contracts';
import { peopleApi } from '../api/accounts';
import { messagesUnder, pointErrorAt } from '../../api/error-messages';
import { SelectField, TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import type { MessageKey } from '../../i18n/dictionaries';
import { useI18n } from '../../i18n/i18n';
import { roleOptions } from '../../i18n/options';
import { EMPTY_INVITE_FORM, toInvitationInput, validateInviteForm } from './invite-model';
import { MunicipalityPicker } from './MunicipalityPicker';
import { invalidateAfter } from '../queries';
import { useFairs } from '../../fairs';

const fieldId = (field: string) => `invite-${field}`;
const LABELS: Record<string, MessageKey> = {
  email: 'people.inviteEmail',
  role: 'people.inviteRole',
  municipalityId: 'people.inviteMunicipality',
  displayName: 'people.inviteDisplayName',
};

/**
 * Invites a representative (for one municipality) or another organizer, with or without an account
 * already (at this host or another); the invitations are then stale, and the new link goes to `onInvited`.
 */
export function InviteForm({ onInvited }: { onInvited: (invitation: Invitation) => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();

  const { form, values, submission, field } = useRecordForm({
    defaultValues: EMPTY_INVITE_FORM,
    validate: validateInviteForm,
    controlId: fieldId,
    save: async (checked) => {
      const { input } = toInvitationInput(checked, checked.municipality, checked.fairIds);
      if (!input) throw new Error('validated input expected');
      try {
        return await peopleApi.invite(input);
      } catch (e) {
        // An address with an account may be invited (the membership is added to it), unless the
        // person already holds this very membership of the host.
        throw pointErrorAt(e, 'ALREADY_MEMBER', 'email', 'alreadyMember');
      }
    },
    onSaved: (invitation) => {
      void invalidateAfter(queryClient, 'invitationSent');
      form.reset(EMPTY_INVITE_FORM);
      onInvited(invitation);
    },
  });

  return (
    <>
      <SubmissionSummary
        submission={submission}
        locate={(f) => (f in LABELS ? { targetId: fieldId(f), label: t(LABELS[f] as MessageKey) } : { targetId: null, label: null })}
      />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('email')} label={t('people.inviteEmail')} type="email" autoComplete="off" required />
        <SelectField {...field('role')} label={t('people.inviteRole')} options={roleOptions(lang)} required />
        {values.role === Role.Representative && (
          <MunicipalityPicker
            inputId={fieldId('municipalityId')}
            value={values.municipality}
            onChange={(municipality) => form.setValue('municipality', municipality, { shouldDirty: true })}
            messages={messagesUnder(submission.byField, 'municipalityId')}
          />
        )}
        {values.role === Role.Staff && <StaffFairs value={values.fairIds} onChange={(fairIds) => form.setValue('fairIds', fairIds, { shouldDirty: true })} />}
        <TextField {...field('displayName')} label={t('people.inviteDisplayName')} hint={t('people.displayNameHint')} />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('people.inviteSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** On-site staff may be limited to some of the host's fairs: none ticked, every fair. */
function StaffFairs({ value, onChange }: { value: string[]; onChange: (fairIds: string[]) => void }) {
  const { t, lang } = useI18n();
  const fairs = useFairs();
  return (
    <fieldset className="field">
      <legend>{t('people.inviteStaffFairs')}</legend>
      <p className="hint">{t('people.inviteStaffFairsHint')}</p>
      {(fairs.data ?? []).map((f) => (
        <label key={f.id} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(f.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, f.id] : value.filter((id) => id !== f.id))}
          />{' '}
          {lang === 'en' ? (f.titleEn ?? f.title) : f.title}
        </label>
      ))}
    </fieldset>
  );
}
