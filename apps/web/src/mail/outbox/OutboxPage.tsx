import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { OutboxState, type OutboxMessage } from '@bussanten/contracts';
import { Pager } from '../../components/Pager';
import { FilterSelect } from '../../components/Select';
import { ErrorState, Loading } from '../../components/Status';
import { outboxStateKey } from '../../applications';
import '../../styles/applications.css';
import { formatDateTime } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { outboxPages, parseOutboxQuery } from './outbox-model';
import { useOutboxPage } from '../queries';

const STATES = Object.values(OutboxState);

/**
 * /outbox: the mail the system has written (invitations, decisions, booth notices), newest first.
 * Without an SMTP server nothing is sent, and this is where the organizers read it instead.
 */
export default function OutboxPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('outbox.title'));
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseOutboxQuery(params), [params]);
  const outbox = useOutboxPage(query.page, query.state ?? null);
  const data = outbox.data;
  const pages = data ? outboxPages(data.total) : 1;
  const link = (page: number) => {
    const p = new URLSearchParams();
    if (query.state) p.set('state', query.state);
    if (page > 1) p.set('page', String(page));
    const s = p.toString();
    return s ? `?${s}` : '?';
  };

  return (
    <>
      <h1>{t('outbox.title')}</h1>
      {data && !data.delivering && (
        <p className="notice" role="note">
          {t('outbox.notDelivering')}
        </p>
      )}
      <p className="hint">{t('outbox.linksRemoved')}</p>
      <div className="filters">
        <div className="filters__selects">
          <FilterSelect
            id="outbox-state"
            label={t('outbox.stateFilter')}
            value={query.state ?? ''}
            allLabel={t('outbox.allStates')}
            options={STATES.map((s) => ({ value: s, label: t(outboxStateKey(s)) }))}
            onChange={(v) => {
              const p = new URLSearchParams();
              if (v) p.set('state', v);
              setParams(p, { replace: true });
            }}
          />
        </div>
      </div>
      <div className="results" aria-busy={outbox.isFetching}>
        <p className="result-count" role="status">
          {outbox.isFetching ? t('common.loading') : data ? t('outbox.count', { n: data.total }) : ''}
        </p>
        {outbox.isError && !data ? (
          <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
        ) : !data ? (
          <Loading />
        ) : data.items.length === 0 ? (
          <p className="empty">{t('outbox.empty')}</p>
        ) : (
          <ul className="outbox-list">
            {data.items.map((m) => (
              <li key={m.id}>
                <OutboxItem message={m} lang={lang} />
              </li>
            ))}
          </ul>
        )}
        {data && pages > 1 && <Pager page={query.page} pages={pages} pageLink={link} />}
      </div>
    </>
  );
}

/** One message: who, what, its state and when; the body opens with the native disclosure. */
function OutboxItem({ message: m, lang }: { message: OutboxMessage; lang: 'ja' | 'en' }) {
  const { t } = useI18n();
  return (
    <article className="card outbox-item" aria-labelledby={`outbox-${m.id}`}>
      <p id={`outbox-${m.id}`} className="card__title">
        {m.subject}
      </p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('outbox.recipient')}</dt>
          <dd>{m.recipient}</dd>
        </div>
        <div>
          <dt>{t('outbox.state')}</dt>
          <dd>
            <span className={`badge outbox-state outbox-state--${m.state}`}>{t(outboxStateKey(m.state))}</span>
            {m.state === 'failed' && m.lastError && <span className="block muted">{m.lastError}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('outbox.createdAt')}</dt>
          <dd>
            <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, lang)}</time>
          </dd>
        </div>
        {m.sentAt && (
          <div>
            <dt>{t('outbox.sentAt')}</dt>
            <dd>
              <time dateTime={m.sentAt}>{formatDateTime(m.sentAt, lang)}</time>
            </dd>
          </div>
        )}
      </dl>
      <details>
        <summary>{t('outbox.body')}</summary>
        <pre className="outbox-body">{m.body}</pre>
      </details>
    </article>
  );
}
