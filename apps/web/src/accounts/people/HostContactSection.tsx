import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { HostContact } from '@bussanten/contracts';
import { canRetry } from '../../api/query-client';
import { TextAreaField, TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { ErrorState, Loading } from '../../components/Status';
import { useI18n } from '../../i18n/i18n';
import { hostContactApi } from '../api/factors';
import { accountKeys, useHostContact } from '../queries';
import { hostContactValues, toHostContact, validateHostContact, type HostContactValues } from './host-contact-model';

const controlId = (field: string) => `host-${field}`;

/** The host's contact for its exhibitors, shown on each representative's application page. */
export function HostContactSection() {
  const { t } = useI18n();
  const contact = useHostContact();
  return (
    <section aria-labelledby="host-contact-heading">
      <h2 id="host-contact-heading">{t('hostContact.title')}</h2>
      <p className="hint">{t('hostContact.explain')}</p>
      {contact.isError && !contact.data ? (
        <ErrorState error={contact.error} onRetry={canRetry(contact.error) ? () => void contact.refetch() : undefined} />
      ) : !contact.data ? (
        <Loading />
      ) : (
        <HostContactForm initial={contact.data} />
      )}
    </section>
  );
}

function HostContactForm({ initial }: { initial: HostContact }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const { submission, field } = useRecordForm<HostContactValues, HostContact>({
    defaultValues: hostContactValues(initial),
    validate: validateHostContact,
    controlId,
    save: (v) => {
      setSaved(false);
      return hostContactApi.update(toHostContact(v));
    },
    onSaved: (answer) => {
      queryClient.setQueryData(accountKeys.hostContact(), answer);
      setSaved(true);
    },
  });
  const labels: Record<string, string> = {
    contactEmail: t('hostContact.email'),
    contactPhone: t('hostContact.phone'),
    contactNote: t('hostContact.note'),
  };
  return (
    <>
      <SubmissionSummary submission={submission} locate={(f) => ({ targetId: labels[f] ? controlId(f) : null, label: labels[f] ?? null })} />
      {saved && (
        <p className="flash" role="status">
          {t('hostContact.saved')}
        </p>
      )}
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('contactEmail')} label={labels.contactEmail} type="email" autoComplete="email" />
        <TextField {...field('contactPhone')} label={labels.contactPhone} type="tel" autoComplete="tel" />
        <TextAreaField {...field('contactNote')} label={labels.contactNote} rows={2} />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? t('common.saving') : t('hostContact.save')}
          </button>
        </div>
      </form>
    </>
  );
}
