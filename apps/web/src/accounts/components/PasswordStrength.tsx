import { useMemo } from 'react';
import { passwordUserInputs, type PasswordEstimator } from '@bussanten/domain';
import { feedbackTexts } from '../../auth/password-feedback';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/dictionaries';

/**
 * zxcvbn's estimate of the password being typed, and its reasons, under a new-password field:
 * announced politely to screen readers. Nothing while the field is empty.
 */
export function PasswordStrength({ id, password, email, estimator }: { id: string; password: string; email?: string; estimator: PasswordEstimator | null }) {
  const { t, lang } = useI18n();
  const estimate = useMemo(() => (estimator && password ? estimator.estimate(password, passwordUserInputs(email)) : null), [estimator, password, email]);
  if (!password) return <p id={id} className="password-strength" aria-live="polite" />;
  if (!estimator) {
    return (
      <p id={id} className="password-strength hint" aria-live="polite">
        {t('strength.loading')}
      </p>
    );
  }
  if (!estimate) return null;
  const reasons = feedbackTexts(estimate, lang);
  return (
    <div id={id} className={`password-strength password-strength--${estimate.score}`} aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={estimate.score} aria-hidden="true" />
      <span data-testid="password-strength-label">
        {t('strength.label', { score: estimate.score, level: t(`strength.level.${estimate.score}` as MessageKey) })}
      </span>
      {reasons.length > 0 && (
        <ul className="password-strength__reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
