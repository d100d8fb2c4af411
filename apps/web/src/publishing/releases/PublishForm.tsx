import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Fair } from '@bussanten/contracts';
import { canPublish } from '@bussanten/domain';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/error-messages';
import { publishingApi } from '../api/publishing';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextAreaField } from '../../components/Field';
import { ErrorSummary, SummaryNote } from '../../components/FormErrors';
import { summaryItems } from '../../components/form-helpers';
import type { FormSubmission } from '../../components/forms/form-submission';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { FAIR_STATUS_KEYS, publicPath } from '../../fairs';
import { useI18n } from '../../i18n/i18n';
import { staleAfterPublish } from '../queries';
import { toPublishInput } from './release-model';

const NOTE_ID = 'release-note';

interface PublishFormProps {
  fair: Fair;
  /** The version this publication will get. */
  version: number;
  /** Whether the fair was ever published (the first publication makes the page public at all). */
  published: boolean;
  /** The changes the preview found; null while unknown. */
  changeCount: number | null;
}

/**
 * The 公開メモ and the 公開する button. Publishing changes what everyone sees and notifies every webhook,
 * so it is confirmed first, naming the version and how many changes it carries. Once published, what
 * that changed is read again (staleAfterPublish: the releases, the preview, the fair made visible again).
 */
export function PublishForm({ fair, version, published, changeCount }: PublishFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  // The version just published, said in the current language (switching it redraws the line).
  // Another fair's page starts without it.
  const [done, setDone] = useState<number | null>(null);
  const [doneFor, setDoneFor] = useState(fair.id);
  if (fair.id !== doneFor) {
    setDoneFor(fair.id);
    setDone(null);
  }

  const { form, values, submission, field } = useRecordForm({
    defaultValues: { note: '' },
    validate: ({ note }) => toPublishInput(note).problems,
    controlId: () => NOTE_ID,
    save: async ({ note }) => {
      try {
        return await publishingApi.publish(fair.id, toPublishInput(note).input);
      } finally {
        setAsking(false);
      }
    },
    onSaved: (release) => {
      form.setValue('note', '');
      setDone(release.version);
      for (const filter of staleAfterPublish(fair.id)) void queryClient.invalidateQueries(filter);
    },
  });
  const note = values.note;

  // The button asks first; only the dialog's own button publishes (through the same submission).
  const ask = (e: FormEvent) => {
    if (toPublishInput(note).problems.length > 0) {
      submission.onSubmit(e);
      return;
    }
    e.preventDefault();
    setDone(null);
    setAsking(true);
  };
  const publish = () => submission.onSubmit({ preventDefault: () => undefined } as FormEvent);

  const allowed = canPublish(fair.status);
  const blockedText = fair.status === 'draft' ? t('releases.publish.draft') : fair.status === 'archived' ? t('releases.publish.archived') : '';
  const trimmed = note.trim();

  return (
    <section aria-labelledby="release-publish-heading">
      <h2 id="release-publish-heading">{t('releases.publish.heading')}</h2>
      <p className="flash" role="status" hidden={done === null}>
        {done !== null ? t('releases.publish.done', { version: done }) : ''}
      </p>
      <PublishErrors submission={submission} />
      {!allowed && (
        <p id="release-blocked" className="notice" role="note">
          {blockedText || t('releases.publish.notAllowedStatus', { status: t(FAIR_STATUS_KEYS[fair.status]) })}
        </p>
      )}
      <form className="form" noValidate onSubmit={ask} aria-busy={submission.saving}>
        <TextAreaField {...field('note')} label={t('releases.publish.note')} hint={t('releases.publish.noteHint')} rows={3} />
        <div className="form__actions">
          <button
            type="submit"
            className="button--primary"
            disabled={!allowed || submission.saving}
            aria-describedby={!allowed ? 'release-blocked' : undefined}
          >
            {t('releases.publish.submit')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={asking}
        title={t('releases.publish.confirmTitle', { version })}
        confirmLabel={t('releases.publish.confirm')}
        busyLabel={t('releases.publish.publishing')}
        busy={submission.saving}
        onConfirm={publish}
        onCancel={() => setAsking(false)}
        tone="primary"
      >
        <p>
          {!published
            ? t('releases.publish.confirmFirst', { path: publicPath(fair.slug) })
            : changeCount === null
              ? ''
              : changeCount > 0
                ? t('releases.publish.confirmChanges', { n: changeCount })
                : t('releases.publish.confirmNoChanges')}
        </p>
        <p>{t('releases.publish.confirmBody')}</p>
        <p>{t('releases.publish.keepsStatus', { status: t(FAIR_STATUS_KEYS[fair.status]) })}</p>
        {published && !fair.visible && <p>{t('releases.publish.restarts')}</p>}
        {trimmed && <p className="pre-line">{t('releases.publish.confirmNote', { note: trimmed })}</p>}
      </ConfirmDialog>
    </section>
  );
}

/**
 * What went wrong: the form's own problems, the API's field problems, or a refusal. A refusal to
 * publish (409 FAIR_STATUS_TRANSITION: a draft or archived fair) gets its own heading, since the
 * generic "this status cannot change" would not say why publishing failed.
 */
function PublishErrors({ submission: s }: { submission: FormSubmission }) {
  const { t, lang } = useI18n();
  // Taken out of the submission (as SubmissionSummary does), so only the ref is a ref, not all the submission says.
  const { summaryRef } = s;
  if (s.attempts === 0 || (s.details.length === 0 && s.failure === null)) return null;
  const refused = isApiError(s.failure) && s.failure.body?.code === 'FAIR_STATUS_TRANSITION';
  const validation = s.failure === null || (isApiError(s.failure) && s.failure.body?.code === 'VALIDATION_FAILED');
  const heading = refused
    ? t('releases.publish.refused')
    : validation && s.details.length > 0
      ? t('error.summaryTitle', { count: s.details.length })
      : describeError(s.failure, lang).message;
  const locate = (field: string) => (field === 'note' ? { targetId: NOTE_ID, label: t('releases.publish.note') } : { targetId: null, label: '' });
  return (
    <ErrorSummary ref={summaryRef} heading={heading} items={summaryItems(s.details, lang, locate)}>
      {refused && s.details.length === 0 && <p>{describeError(s.failure, lang).message}</p>}
      {!refused && <SummaryNote failure={s.failure} hasDetails={s.details.length > 0} />}
    </ErrorSummary>
  );
}
