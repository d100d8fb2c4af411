import { useI18n } from '../../i18n/i18n';

const EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

// body: the request body exactly as received (text, before JSON.parse)
function verify(secret, headers, body) {
  const timestamp = headers['x-bussanten-timestamp'] ?? '';
  const given = headers['x-bussanten-signature'] ?? '';
  const expected = 'sha256=' + createHmac('sha256', secret).update(\`\${timestamp}.\${body}\`).digest('hex');
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}`;

/** How a receiver checks that a delivery comes from here: the headers and the HMAC, with an example. */
export function SignatureHelp() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="webhook-signature-heading" className="signature">
      <h2 id="webhook-signature-heading">{t('webhooks.signature.heading')}</h2>
      <p>{t('webhooks.signature.intro')}</p>
      <dl className="facts">
        <div>
          <dt>
            <code>X-Bussanten-Signature</code>
          </dt>
          <dd>
            {t('webhooks.signature.signature')}
            <span className="block">
              <code>{'sha256=HMAC-SHA256(secret, "<timestamp>.<body>")'}</code>
            </span>
          </dd>
        </div>
        <div>
          <dt>
            <code>X-Bussanten-Timestamp</code>
          </dt>
          <dd>{t('webhooks.signature.timestamp')}</dd>
        </div>
        <div>
          <dt>
            <code>X-Bussanten-Event</code>
          </dt>
          <dd>{t('webhooks.signature.event')}</dd>
        </div>
        <div>
          <dt>
            <code>X-Bussanten-Delivery</code>
          </dt>
          <dd>{t('webhooks.signature.delivery')}</dd>
        </div>
      </dl>
      <p>{t('webhooks.signature.verify')}</p>
      <details>
        <summary>{t('webhooks.signature.example')}</summary>
        <pre lang="en">
          <code>{EXAMPLE}</code>
        </pre>
      </details>
    </section>
  );
}
