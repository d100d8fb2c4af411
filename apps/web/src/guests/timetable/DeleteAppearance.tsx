import { useState } from 'react';
import type { Appearance } from '@bussanten/contracts';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { useRemoveAppearance } from '../queries';

/**
 * Asks before an appearance is deleted; a failure stays in the dialog so it can be tried again.
 * Deleting marks the fair's appearances stale; `onDeleted` only hears what to say.
 */
export function DeleteAppearance({
  fairId,
  removing,
  describe,
  onCancel,
  onDeleted,
}: {
  fairId: string;
  removing: Appearance | null;
  describe: (a: Appearance) => string;
  onCancel: () => void;
  onDeleted: (text: string) => void;
}) {
  const { t, lang } = useI18n();
  const removal = useRemoveAppearance(fairId);
  const [error, setError] = useState<unknown>(null);
  // Another appearance asked about (or the dialog closed) forgets the last failure.
  const [asked, setAsked] = useState(removing);
  if (removing !== asked) {
    setAsked(removing);
    setError(null);
  }
  const what = removing ? describe(removing) : '';

  const confirm = () => {
    if (!removing) return;
    setError(null);
    removal.mutate(removing, { onSuccess: () => onDeleted(t('delete.done', { name: what })), onError: setError });
  };

  return (
    <ConfirmDialog
      open={removing !== null}
      title={t('delete.title', { name: what })}
      confirmLabel={t('delete.confirm')}
      busyLabel={t('common.deleting')}
      busy={removal.isPending}
      onConfirm={confirm}
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
