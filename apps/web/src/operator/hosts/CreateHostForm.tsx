import { useQueryClient } from '@tanstack/react-query';
import type { CreatedHost } from '@bussanten/contracts';
import { operatorApi } from '../api/operator';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import type { MessageKey } from '../../i18n/dictionaries';
import { useI18n } from '../../i18n/i18n';
import { hostsChanged } from '../queries';
import { EMPTY_HOST, duplicateHostAtName, toCreateHostInput, validateHostForm, type HostValues } from './host-model';

const fieldId = (field: string) => `host-${field}`;
const LABELS: Record<keyof HostValues, MessageKey> = {
  name: 'hosts.field.name',
  nameEn: 'hosts.field.nameEn',
  organizerEmail: 'hosts.field.organizerEmail',
  organizerName: 'hosts.field.organizerName',
};

/** Creates a host and invites its first organizer (the list of hosts is then stale); the answer (with the invitation's link) goes to `onCreated`. */
export function CreateHostForm({ onCreated }: { onCreated: (created: CreatedHost) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();

  const { form, submission, field } = useRecordForm({
    defaultValues: EMPTY_HOST,
    validate: validateHostForm,
    controlId: fieldId,
    save: async (checked) => {
      const { input } = toCreateHostInput(checked);
      if (!input) throw new Error('validated input expected');
      try {
        return await operatorApi.createHost(input);
      } catch (e) {
        throw duplicateHostAtName(e);
      }
    },
    onSaved: (created) => {
      void hostsChanged(queryClient);
      for (const key of Object.keys(EMPTY_HOST) as (keyof HostValues)[]) form.setValue(key, EMPTY_HOST[key]);
      onCreated(created);
    },
  });

  return (
    <>
      <SubmissionSummary
        submission={submission}
        locate={(f) => (f in LABELS ? { targetId: fieldId(f), label: t(LABELS[f as keyof HostValues]) } : { targetId: null, label: null })}
      />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('name')} label={t('hosts.field.name')} required />
        <TextField {...field('nameEn')} label={t('hosts.field.nameEn')} lang="en" />
        <TextField {...field('organizerEmail')} label={t('hosts.field.organizerEmail')} type="email" hint={t('hosts.organizerHint')} required />
        <TextField {...field('organizerName')} label={t('hosts.field.organizerName')} />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? t('common.saving') : t('hosts.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
