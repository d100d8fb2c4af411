import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { canRetry } from '../../api/query-client';
import { ResultsTable } from '../../components/ListPage';
import { Missing } from '../../components/Missing';
import { Pager, ResultCount } from '../../components/Pager';
import { FilterSelect } from '../../components/Select';
import { ErrorState, Loading } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { pageRange } from '../../registry';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_PAGE_SIZE,
  auditActionLabel,
  auditEntityLabel,
  auditFilterOptions,
  auditFiltersToQuery,
  auditFiltersToSearchParams,
  parseAuditFilters,
  type AuditFilters,
} from './audit-model';
import { auditChangeRows, auditEntityName } from './audit-words';
import { useAuditPage } from '../queries';

/** The organizer's activity log: who changed what and when, newest first, filtered by action and record type. */
export default function AuditPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAuditFilters(params), [params]);
  const setFilters = (next: AuditFilters) => setParams(auditFiltersToSearchParams(next), { preventScrollReset: true });

  const query = auditFiltersToQuery(filters);
  const log = useAuditPage(query);
  const data = log.data;
  const range = data ? pageRange(filters.page, AUDIT_PAGE_SIZE, data.total) : null;
  const pageLink = (page: number) => {
    const s = auditFiltersToSearchParams({ ...filters, page }).toString();
    return s ? `?${s}` : '?';
  };
  const filtered = filters.action !== '' || filters.entityType !== '';

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="hint">{t('audit.timeZoneNote')}</p>

      <section className="filters" aria-labelledby="audit-filters-heading">
        <h2 id="audit-filters-heading" className="sr-only">
          {t('list.filters')}
        </h2>
        <div className="filters__selects">
          <FilterSelect
            id="audit-action"
            label={t('audit.action')}
            value={filters.action}
            allLabel={t('audit.allActions')}
            options={auditFilterOptions(AUDIT_ACTIONS, filters.action, (a) => auditActionLabel(a, lang))}
            onChange={(action) => setFilters({ ...filters, action, page: 1 })}
          />
          <FilterSelect
            id="audit-entity-type"
            label={t('audit.entityType')}
            value={filters.entityType}
            allLabel={t('audit.allEntityTypes')}
            options={auditFilterOptions(AUDIT_ENTITY_TYPES, filters.entityType, (e) => auditEntityLabel(e, lang))}
            onChange={(entityType) => setFilters({ ...filters, entityType, page: 1 })}
          />
        </div>
        {filtered && (
          <button type="button" className="button--link" onClick={() => setFilters({ action: '', entityType: '', page: 1 })}>
            {t('list.clear')}
          </button>
        )}
      </section>

      <div className="results" aria-busy={log.isFetching}>
        <ResultCount loading={log.isFetching} total={data?.total} range={range} />
        {log.isError && !data ? (
          <ErrorState error={log.error} onRetry={canRetry(log.error) ? () => void log.refetch() : undefined} />
        ) : !data ? (
          <Loading />
        ) : data.items.length === 0 ? (
          <div className="empty">
            <p>{t('audit.empty')}</p>
          </div>
        ) : (
          <ResultsTable
            captionId="audit-caption"
            caption={t('audit.caption')}
            columns={[{ label: t('col.when') }, { label: t('col.actor') }, { label: t('col.action') }, { label: t('col.entity') }, { label: t('col.changes') }]}
          >
            {data.items.map((entry) => {
              const rows = auditChangeRows(entry, lang);
              const action = auditActionLabel(entry.action, lang);
              const name = auditEntityName(entry, lang);
              return (
                <tr key={entry.id}>
                  <th scope="row">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
                  </th>
                  <td>
                    {entry.actor ? (
                      <>
                        {entry.actor.displayName}
                        <span className="muted block">{entry.actor.email}</span>
                      </>
                    ) : (
                      t('audit.system')
                    )}
                  </td>
                  <td>{action}</td>
                  <td>
                    <span className="muted block">{auditEntityLabel(entry.entityType, lang)}</span>
                    {name ?? <Missing />}
                  </td>
                  <td className="wrap">
                    {rows.length === 0 ? (
                      <span className="muted">{t('audit.noChanges')}</span>
                    ) : (
                      <table className="audit-changes">
                        <caption className="sr-only">{t('audit.changesCaption', { action, name: name ?? auditEntityLabel(entry.entityType, lang) })}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('col.field')}</th>
                            <th scope="col">{t('col.before')}</th>
                            <th scope="col">{t('col.after')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {rows.map((row) => (
                            <tr key={row.key}>
                              <th scope="row">{row.label}</th>
                              <td>{row.before}</td>
                              <td>{row.after}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                  </td>
                </tr>
              );
            })}
          </ResultsTable>
        )}

        {data && range && data.total > AUDIT_PAGE_SIZE && <Pager page={filters.page} pages={range.pages} pageLink={pageLink} />}
      </div>
    </>
  );
}
