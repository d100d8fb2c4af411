import type { FairStatus } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { FAIR_STATUS_KEYS } from './fair-format';
import './fairs.css';

/** The fair's status as a coloured pill; the word carries the meaning, the colour only helps. */
export function FairStatusBadge({ status }: { status: FairStatus }) {
  const { t } = useI18n();
  return <span className={`badge fair-status fair-status--${status}`}>{t(FAIR_STATUS_KEYS[status])}</span>;
}
