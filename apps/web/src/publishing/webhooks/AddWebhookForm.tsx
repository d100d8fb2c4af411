import { useQueryClient } from '@tanstack/react-query';
import { publishingApi, type CreatedWebhook } from '../api/publishing';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useI18n } from '../../i18n/i18n';
import { staleAfterWebhookChange } from '../queries';
import { EMPTY_WEBHOOK_FORM, checkWebhookUrl, isPlainHttp, validateWebhookForm, withAddressReason } from './webhook-model';

const URL_ID = 'webhook-url';

/** Registers an address (the list is read again); the answer (with its one-time secret) goes to `onCreated`. */
export function AddWebhookForm({ onCreated }: { onCreated: (webhook: CreatedWebhook) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { form, values, submission, field } = useRecordForm({
    defaultValues: EMPTY_WEBHOOK_FORM,
    validate: validateWebhookForm,
    controlId: () => URL_ID,
    save: (checked) =>
      publishingApi.createWebhook(checkWebhookUrl(checked.url).url).catch((e: unknown) => {
        throw withAddressReason(e);
      }),
    onSaved: (created) => {
      form.setValue('url', '');
      for (const filter of staleAfterWebhookChange()) void queryClient.invalidateQueries(filter);
      onCreated(created);
    },
  });

  return (
    <section aria-labelledby="webhook-add-heading">
      <h2 id="webhook-add-heading">{t('webhooks.add.heading')}</h2>
      <SubmissionSummary
        submission={submission}
        locate={(field) => (field === 'url' ? { targetId: URL_ID, label: t('webhooks.add.url') } : { targetId: null, label: null })}
      />
      <form className="form narrow" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('url')} label={t('webhooks.add.url')} hint={t('webhooks.add.urlHint')} type="url" inputMode="url" lang="en" required />
        {isPlainHttp(values.url) && <p className="notice">{t('webhooks.add.plainHttp')}</p>}
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('webhooks.add.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
