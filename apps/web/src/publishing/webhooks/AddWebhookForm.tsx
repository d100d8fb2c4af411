import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { publishingApi, type CreatedWebhook } from '../api/publishing';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useFormSubmission } from '../../hooks/useFormSubmission';
import { useI18n } from '../../i18n/i18n';
import { staleAfterWebhookChange } from '../queries';
import { checkWebhookUrl, isPlainHttp, withAddressReason } from './webhook-model';

const URL_ID = 'webhook-url';

/** Registers an address (the list is read again); the answer (with its one-time secret) goes to `onCreated`. */
export function AddWebhookForm({ onCreated }: { onCreated: (webhook: CreatedWebhook) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const submission = useFormSubmission({
    validate: () => checkWebhookUrl(url).problems,
    save: () =>
      publishingApi.createWebhook(checkWebhookUrl(url).url).catch((e: unknown) => {
        throw withAddressReason(e);
      }),
    onSaved: (created) => {
      setUrl('');
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
        <TextField
          id={URL_ID}
          name="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          messages={submission.byField['url']}
          label={t('webhooks.add.url')}
          hint={t('webhooks.add.urlHint')}
          type="url"
          inputMode="url"
          lang="en"
          required
        />
        {isPlainHttp(url) && <p className="notice">{t('webhooks.add.plainHttp')}</p>}
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('webhooks.add.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
