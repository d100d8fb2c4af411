import type { PasskeyProblem } from '../../auth/second-factor';
import type { MessageKey } from '../../i18n/dictionaries';
import { useI18n } from '../../i18n/i18n';
import './factors.css';

const MESSAGES: Record<PasskeyProblem, MessageKey> = {
  cancelled: 'factors.passkeyCancelled',
  alreadyRegistered: 'factors.passkeyAlreadyRegistered',
  unsupported: 'factors.passkeyUnsupported',
  wrongAddress: 'factors.passkeyWrongAddress',
  failed: 'factors.passkeyFailed',
};

/**
 * Why the browser's passkey prompt gave nothing. A closed prompt is the person's own choice: said
 * calmly (a status, not an error); the rest are problems to act on (an alert).
 */
export function PasskeyProblemNote({ problem }: { problem: PasskeyProblem }) {
  const { t } = useI18n();
  const calm = problem === 'cancelled';
  return (
    <p className={calm ? 'notice' : 'status status--error'} role={calm ? 'status' : 'alert'}>
      {t(MESSAGES[problem])}
    </p>
  );
}
