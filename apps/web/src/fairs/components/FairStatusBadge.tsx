import type { FairStatus, FairSummary } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { FAIR_STATUS_KEYS, visibilityOf, VISIBILITY_KEYS } from './fair-format';
import '../../styles/fairs.css';

/** The fair's status as a coloured pill; the word carries the meaning, the colour only helps. */
export function FairStatusBadge({ status }: { status: FairStatus }) {
  const { t } = useI18n();
  return <span className={`badge fair-status fair-status--${status}`}>{t(FAIR_STATUS_KEYS[status])}</span>;
}

/** 公開中 / 公開停止 / 未公開: whether the public sees the fair, a state apart from its status. */
export function FairVisibilityBadge({ fair }: { fair: Pick<FairSummary, 'visible' | 'releasedVersion'> }) {
  const { t } = useI18n();
  const state = visibilityOf(fair);
  return <span className={`badge fair-status fair-visibility--${state}`}>{t(VISIBILITY_KEYS[state])}</span>;
}
