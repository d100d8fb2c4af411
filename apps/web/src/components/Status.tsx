import type { ReactNode } from 'react';
import { describeError } from '../api/error-messages';
import { useI18n } from '../i18n/i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="status status--loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

/** An error from a request, in the reader's language, with a retry button when retrying can help. */
export function ErrorState({ error, onRetry, children }: { error: unknown; onRetry?: () => void; children?: ReactNode }) {
  const { t, lang } = useI18n();
  const { message, correlationId } = describeError(error, lang);
  return (
    <div className="status status--error" role="alert">
      <p>{message}</p>
      {correlationId && <p className="muted">{t('error.correlationId', { id: correlationId })}</p>}
      {children}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
