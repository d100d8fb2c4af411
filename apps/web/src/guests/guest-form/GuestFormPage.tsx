import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { Guest } from '@bussanten/contracts';
import { GUEST_KINDS } from '@bussanten/contracts';
import { guestsApi } from '../api/guests';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { QueryState } from '../../components/QueryState';
import { RecordFormActions, RecordFormHeading } from '../../components/RecordForm';
import { DeleteConfirmation, DeletionError, useRecordDeletion } from '../../components/RecordActions';
import { useRecordForm } from '../../components/forms/useRecordForm';
import '../components/guests.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { isMessageKey } from '../../i18n/dictionaries';
import { guestRemoved, guestSaved, useGuest } from '../queries';
import {
  EMPTY_GUEST_FORM,
  GUEST_FIELDS,
  ownerFromGuest,
  toGuestInput,
  validateGuestForm,
  valuesFromGuest,
  type GuestFormValues,
  type OwnerChoice,
} from './guest-form-model';
import { OwnerField } from './OwnerField';
import { PhotoUpload } from './PhotoUpload';

/** /guests/new and /guests/:id/edit. */
export default function GuestFormPage() {
  const { id } = useParams();
  if (!id) return <GuestForm existing={null} />;
  return <EditGuest key={id} id={id} />;
}

/** The form starts from the saved guest, so it is rendered only once that is loaded (a missing guest is final). */
function EditGuest({ id }: { id: string }) {
  const guest = useGuest(id);
  return <QueryState query={guest}>{(g) => <GuestForm existing={g} />}</QueryState>;
}

const fieldId = (field: string) => `guest-${field}`;
const KNOWN = new Set<string>(GUEST_FIELDS);

/** The typed fields and who sends the guest, together in one form. */
type GuestFormState = GuestFormValues & { owner: OwnerChoice };

function GuestForm({ existing }: { existing: Guest | null }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const title = existing ? t('guests.form.editTitle', { name: existing.name }) : t('guests.form.newTitle');
  useDocumentTitle(title);
  const deletion = useRecordDeletion();
  const { form, values, submission, field } = useRecordForm<GuestFormState, Guest>({
    defaultValues: {
      ...(existing ? valuesFromGuest(existing) : EMPTY_GUEST_FORM),
      owner: existing ? ownerFromGuest(existing) : { kind: 'host' },
    },
    validate: ({ owner, ...typed }) => validateGuestForm(typed, owner),
    controlId: fieldId,
    save: ({ owner, ...typed }) => {
      const input = toGuestInput(typed, owner);
      return existing ? guestsApi.update(existing.id, input) : guestsApi.create(input);
    },
    onSaved: (saved) => void guestSaved(queryClient, saved, existing),
    // A new guest goes on to its edit page, where the photo is added; a saved one back to the list.
    pathAfterSave: (saved) => (existing ? '/guests' : `/guests/${saved.id}/edit`),
  });
  const kindOptions = GUEST_KINDS.map((k) => ({ value: k, label: t(`guests.kind.${k}`) }));
  const label = (f: string) => {
    const key = `guests.field.${f}`;
    return isMessageKey(key) ? t(key) : null;
  };

  return (
    <>
      <RecordFormHeading title={title} backTo="/guests" backLabel={t('guests.backToList')} />
      <DeletionError error={deletion.error} />

      <SubmissionSummary submission={submission} locate={(f) => ({ targetId: KNOWN.has(f) ? fieldId(f) : null, label: label(f) })} />

      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('name')} label={t('guests.field.name')} required lang="ja" />
        <TextField {...field('nameEn')} label={t('guests.field.nameEn')} lang="en" />
        <SelectField {...field('kind')} label={t('guests.field.kind')} required options={kindOptions} />
        <OwnerField
          value={values.owner}
          onChange={(owner) => form.setValue('owner', owner, { shouldDirty: true })}
          messages={submission.byField['ownerMunicipalityId'] ?? []}
        />
        <TextAreaField {...field('profile')} label={t('guests.field.profile')} hint={t('guests.field.profileHint')} />
        <TextAreaField {...field('profileEn')} label={t('guests.field.profileEn')} />
        <TextAreaField {...field('contact')} label={t('guests.field.contact')} hint={t('guests.field.contactHint')} rows={2} />

        <RecordFormActions saving={submission.saving} isNew={!existing} cancelTo="/guests" />
      </form>

      {existing && (
        <>
          <PhotoUpload guest={existing} />
          <section aria-labelledby="guest-delete-heading">
            <h2 id="guest-delete-heading">{t('guests.delete.heading')}</h2>
            <p className="hint">{t('guests.delete.hint')}</p>
            <button type="button" className="button--danger" onClick={deletion.ask}>
              {t('guests.delete.button')}
            </button>
          </section>
          <DeleteConfirmation
            deletion={deletion}
            name={existing.name}
            remove={async () => {
              await guestsApi.remove(existing.id);
              void guestRemoved(queryClient, existing.id);
            }}
            listPath="/guests"
          />
        </>
      )}
    </>
  );
}
