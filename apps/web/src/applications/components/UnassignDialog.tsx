import type { Assignment } from '@bussanten/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { formatDayRange } from './day-format';

/** Asks before freeing a booth: which booth, whose, which days. Shared by the assignment and review pages. */
export function UnassignDialog({
  removing,
  busy,
  onConfirm,
  onCancel,
}: {
  removing: Assignment | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <ConfirmDialog
      open={removing !== null}
      title={removing ? t('assign.unassignTitle', { code: removing.boothCode }) : ''}
      confirmLabel={t('assign.unassignConfirm')}
      busyLabel={t('assign.unassigning')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {removing && <p>{t('assign.unassignBody', { holder: removing.municipalityName, range: formatDayRange(removing, lang) })}</p>}
    </ConfirmDialog>
  );
}
