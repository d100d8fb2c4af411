import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useRecord } from '../hooks/useRecord';
import { useI18n } from '../i18n/i18n';
import { ErrorState, Loading } from './Status';

/**
 * Loads the record an edit form works on and renders the form only once it is there, so the form's
 * state starts from the saved values. A missing record is final; other failures can be retried.
 */
export function WithRecord<T extends { id: string }>({
  id,
  load,
  children,
}: {
  id: string;
  load: (id: string, signal: AbortSignal) => Promise<T>;
  children: (record: T) => ReactNode;
}) {
  const { record, error, retry } = useRecord(id, load);
  if (error !== null && !record) return <ErrorState error={error} onRetry={retry} />;
  if (!record) return <Loading />;
  return <>{children(record)}</>;
}

/** Top of a record form: the way back (to the record, or to the list for a new one) and the title. */
export function RecordFormHeading({ title, backTo, backLabel }: { title: string; backTo: string; backLabel: string }) {
  const { t } = useI18n();
  return (
    <>
      <p className="back">
        <Link to={backTo}>{backLabel}</Link>
      </p>
      <h1>{title}</h1>
      <p className="hint">{t('common.requiredNote')}</p>
    </>
  );
}

/** Save (or create) and Cancel, which leaves for the same place as the back link. */
export function RecordFormActions({ saving, isNew, cancelTo }: { saving: boolean; isNew: boolean; cancelTo: string }) {
  const { t } = useI18n();
  return (
    <div className="form__actions">
      <button type="submit" className="button--primary" disabled={saving}>
        {saving ? t('common.saving') : isNew ? t('form.create') : t('form.save')}
      </button>
      <Link className="button" to={cancelTo}>
        {t('common.cancel')}
      </Link>
    </div>
  );
}
