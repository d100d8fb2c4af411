import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

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
