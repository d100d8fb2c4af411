import { useEffect, useState } from 'react';
import type { Appearance } from '@bussanten/contracts';
import { guestsApi } from '../api/guests';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';

/** Asks before an appearance is deleted; a failure stays in the dialog so it can be tried again. */
export function DeleteAppearance({
  removing,
  describe,
  onCancel,
  onDeleted,
}: {
  removing: Appearance | null;
  describe: (a: Appearance) => string;
  onCancel: () => void;
  onDeleted: (text: string) => void;
}) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setError(null), [removing]);
  const what = removing ? describe(removing) : '';

  const confirm = async () => {
    if (!removing) return;
    setBusy(true);
    setError(null);
    try {
      await guestsApi.removeAppearance(removing.id);
      onDeleted(t('delete.done', { name: what }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      open={removing !== null}
      title={t('delete.title', { name: what })}
      confirmLabel={t('delete.confirm')}
      busyLabel={t('common.deleting')}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t('timetable.deleteBody')}</p>
      {error !== null && (
        <p className="status status--error" role="alert">
          {describeError(error, lang).message}
        </p>
      )}
    </ConfirmDialog>
  );
}
