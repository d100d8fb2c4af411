import type { ApplicationStatus } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { applicationStatusKey } from './labels';
import '../../styles/applications.css';

/** 審査中 / 承認 / キャンセル待ち / 不承認 / 辞退, each in its own colour (the word carries the meaning, not the colour). */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useI18n();
  return <span className={`badge app-status app-status--${status}`}>{t(applicationStatusKey(status))}</span>;
}
