import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../api/error-messages';
import { publishingApi, type CreatedWebhook, type Webhook } from '../api/publishing';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryState } from '../../components/QueryState';
import '../../styles/applications.css';
import { formatDateTime } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import '../releases/releases.css';
import { staleAfterWebhookChange, useWebhooks } from '../queries';
import { AddWebhookForm } from './AddWebhookForm';
import { SecretPanel } from './SecretPanel';
import { SignatureHelp } from './SignatureHelp';
import { deliveryFacts } from './webhook-model';

/** What the last test or deletion came to; kept as facts so a language switch redraws it. */
type Outcome = { kind: 'tested' | 'deleted'; url: string } | { kind: 'error'; error: unknown } | null;

/**
 * /webhooks: the addresses every publication of the host's fairs is POSTed to. Add one (its secret is
 * shown once), send it a test, see how the last delivery went, delete it (confirmed first).
 */
export default function WebhooksPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('webhooks.title'));
  const list = useWebhooks();
  const queryClient = useQueryClient();
  // A test or a deletion changes the list (a delivery, a row gone): it is read again.
  const changed = () => {
    for (const filter of staleAfterWebhookChange()) void queryClient.invalidateQueries(filter);
  };
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [removing, setRemoving] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [testing, setTesting] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  // After a deletion the row (and its button) is gone: the outcome takes the focus instead.
  const [focusOutcome, setFocusOutcome] = useState(0);
  useEffect(() => {
    if (focusOutcome > 0) outcomeRef.current?.focus();
  }, [focusOutcome]);

  const sendTest = async (hook: Webhook) => {
    setTesting(hook.id);
    setOutcome(null);
    try {
      await publishingApi.testWebhook(hook.id);
      setOutcome({ kind: 'tested', url: hook.url });
      changed();
    } catch (e) {
      setOutcome({ kind: 'error', error: e });
    } finally {
      setTesting(null);
    }
  };

  const remove = async (hook: Webhook) => {
    setDeleting(true);
    try {
      await publishingApi.deleteWebhook(hook.id);
      setOutcome({ kind: 'deleted', url: hook.url });
      if (created?.id === hook.id) setCreated(null);
      changed();
    } catch (e) {
      setOutcome({ kind: 'error', error: e });
    } finally {
      setDeleting(false);
      setRemoving(null);
      setFocusOutcome((n) => n + 1);
    }
  };

  const hooks = list.data;
  return (
    <>
      <p className="back">
        <Link to="/fairs">{t('webhooks.backToFairs')}</Link>
      </p>
      <h1>{t('webhooks.title')}</h1>
      <p className="reading-width">{t('webhooks.intro')}</p>

      {created && <SecretPanel webhook={created} onDismiss={() => setCreated(null)} />}

      <section aria-labelledby="webhook-list-heading" aria-busy={list.isFetching}>
        <div className="section-heading">
          <h2 id="webhook-list-heading">{t('webhooks.list.heading')}</h2>
          {hooks && hooks.length > 0 && (
            <button type="button" onClick={() => void list.refetch()} disabled={list.isFetching}>
              {t('webhooks.refresh')}
            </button>
          )}
        </div>
        {outcome && (
          <p
            ref={outcomeRef}
            tabIndex={-1}
            className={outcome.kind === 'error' ? 'status status--error' : 'flash'}
            role={outcome.kind === 'error' ? 'alert' : 'status'}
          >
            {outcome.kind === 'error'
              ? describeError(outcome.error, lang).message
              : t(outcome.kind === 'tested' ? 'webhooks.tested' : 'webhooks.deleted', { url: outcome.url })}
          </p>
        )}
        <QueryState query={list} empty={t('webhooks.empty')}>
          {(data) => (
            <div className="table-scroll">
              <table className="table">
                <caption className="sr-only">{t('webhooks.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('webhooks.col.url')}</th>
                    <th scope="col">{t('webhooks.col.createdAt')}</th>
                    <th scope="col">{t('webhooks.col.lastDelivery')}</th>
                    <th scope="col">{t('webhooks.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((hook) => (
                    <tr key={hook.id}>
                      <th scope="row" className="webhook-url">
                        <code>{hook.url}</code>
                      </th>
                      <td>
                        <time dateTime={hook.createdAt}>{formatDateTime(hook.createdAt, lang)}</time>
                      </td>
                      <td className="wrap">
                        <LastDelivery hook={hook} />
                      </td>
                      <td>
                        <div className="actions">
                          <button
                            type="button"
                            onClick={() => void sendTest(hook)}
                            disabled={testing !== null}
                            aria-label={t('webhooks.testFor', { url: hook.url })}
                          >
                            {testing === hook.id ? t('webhooks.testing') : t('webhooks.test')}
                          </button>
                          <button
                            type="button"
                            className="button--danger"
                            onClick={() => setRemoving(hook)}
                            aria-label={t('webhooks.deleteFor', { url: hook.url })}
                          >
                            {t('webhooks.delete')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>

      <AddWebhookForm
        onCreated={(hook) => {
          setOutcome(null);
          setCreated(hook);
        }}
      />

      <SignatureHelp />

      <ConfirmDialog
        open={removing !== null}
        title={t('webhooks.deleteTitle')}
        confirmLabel={t('webhooks.deleteConfirm')}
        busyLabel={t('common.deleting')}
        busy={deleting}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
        tone="danger"
      >
        {removing && <p className="webhook-url">{t('webhooks.deleteBody', { url: removing.url })}</p>}
      </ConfirmDialog>
    </>
  );
}

/** The newest delivery: its state, when, how many tries, and how the latest try failed (a category, never the socket's error). */
function LastDelivery({ hook }: { hook: Webhook }) {
  const { t, lang } = useI18n();
  const facts = deliveryFacts(hook.lastDelivery);
  if (!facts || !hook.lastDelivery) return <span className="muted">{t('webhooks.delivery.none')}</span>;
  return (
    <>
      <span className={`badge webhook-state--${hook.lastDelivery.state}`}>{t(facts.stateKey)}</span>{' '}
      <span className="muted">{facts.event === 'ping' ? t('webhooks.event.ping') : t('webhooks.event.other', { event: facts.event })}</span>
      <span className="block">
        <time dateTime={facts.at}>{t(facts.atKey, { when: formatDateTime(facts.at, lang) })}</time>
        {facts.attempts > 1 && <span className="muted"> · {t('webhooks.delivery.attempts', { n: facts.attempts })}</span>}
      </span>
      {facts.failure && <span className="block field__error">{t(facts.failure.key, { status: facts.failure.status ?? '' })}</span>}
    </>
  );
}
