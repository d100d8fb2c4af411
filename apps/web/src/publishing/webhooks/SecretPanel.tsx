import { useEffect, useId, useRef, useState } from 'react';
import type { CreatedWebhook } from '../api/publishing';
import { useI18n } from '../../i18n/i18n';

/**
 * The secret of a webhook just registered, shown this once (the API never sends it again), with a
 * copy button and a warning. Focused when it appears so the organizer (and a screen reader) finds it.
 */
export function SecretPanel({ webhook, onDismiss }: { webhook: CreatedWebhook; onDismiss: () => void }) {
  const { t } = useI18n();
  const inputId = useId();
  const warningId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Another webhook's secret starts with nothing said about copying.
  const [shownId, setShownId] = useState(webhook.id);
  if (webhook.id !== shownId) {
    setShownId(webhook.id);
    setCopy('idle');
  }

  useEffect(() => {
    panelRef.current?.focus();
  }, [webhook.id]);

  const copySecret = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(webhook.secret);
      setCopy('copied');
    } catch {
      // Not allowed (no secure context, permission refused): select the text for Ctrl+C instead.
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section ref={panelRef} className="invitation-link" tabIndex={-1} aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('webhooks.secret.heading')}</h2>
      <p className="webhook-url">{t('webhooks.secret.for', { url: webhook.url })}</p>
      <p id={warningId} className="secret-warning">
        {t('webhooks.secret.warning')}
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t('webhooks.secret.label')}</label>
        <div className="copy-row">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            readOnly
            value={webhook.secret}
            aria-describedby={warningId}
            autoComplete="off"
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void copySecret()}>
            {t('webhooks.secret.copy')}
          </button>
        </div>
      </div>
      <p role="status" className={copy === 'failed' ? 'field__error' : 'copy-status'}>
        {copy === 'copied' ? t('webhooks.secret.copied') : copy === 'failed' ? t('webhooks.secret.copyFailed') : ''}
      </p>
      <p className="hint">{t('webhooks.secret.lost')}</p>
      <div className="form__actions">
        <button type="button" onClick={onDismiss}>
          {t('webhooks.secret.dismiss')}
        </button>
      </div>
    </section>
  );
}
