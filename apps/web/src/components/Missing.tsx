import { useI18n } from '../i18n/i18n';

/** A dash for an empty value, read out as "未登録" / "Not recorded". */
export function Missing() {
  const { t } = useI18n();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t('common.notSet')}</span>
    </>
  );
}
