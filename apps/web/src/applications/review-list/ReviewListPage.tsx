import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { REVIEW_STATUSES, DECISIONS, type ApplicationSummary } from '@bussanten/contracts';
import { canRetry } from '../../api/query-client';
import { useFair } from '../../fairs';
import { ResultsTable } from '../../components/ListPage';
import { FilterSelect } from '../../components/Select';
import { ErrorState, Loading } from '../../components/Status';
import { BoothCodes } from '../components/AssignmentList';
import { formatDays } from '../components/day-format';
import { DECISION_KEYS, applicationStatusKey, decisionsFor } from '../components/labels';
import { NeedsList } from '../components/NeedsList';
import { EnteredMark } from '../components/EnteredMark';
import { StatusBadge } from '../components/StatusBadge';
import { DecisionButtons, useDecisionFlow } from '../components/useDecisionFlow';
import '../../styles/applications.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { prefectureLabel } from '../../i18n/format';
import { prefectureByName } from '@bussanten/domain';
import { useReviewList } from '../queries';
import {
  EMPTY_REVIEW_FILTERS,
  MAX_QUERY_LENGTH,
  NEEDS_FILTERS,
  hasReviewFilters,
  keepVisible,
  parseReviewFilters,
  reviewFiltersToQuery,
  reviewFiltersToSearchParams,
  type ReviewFilters,
} from './filters';

/**
 * /fairs/:id/applications: every application to a fair, filtered by status, text, needs or "not
 * placed yet"; decisions one by one from each row, or for the rows ticked, all or nothing.
 */
export default function ReviewListPage() {
  const { id: fairId = '' } = useParams();
  const { t, lang } = useI18n();
  const fair = useFair(fairId);
  const fairTitle = fair.data ? (lang === 'en' && fair.data.titleEn ? fair.data.titleEn : fair.data.title) : null;
  useDocumentTitle(fairTitle ? t('review.title', { fair: fairTitle }) : t('review.heading'));

  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseReviewFilters(params), [params]);
  const setFilters = (next: ReviewFilters) => setParams(reviewFiltersToSearchParams(next), { replace: true, preventScrollReset: true });
  const [text, setText] = useState(filters.q);
  // The URL's search (a link, back/forward, clearing) replaces what is in the box.
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    setText(filters.q);
  }

  const query = reviewFiltersToQuery(filters);
  const list = useReviewList(fairId, query);
  const items = list.data ?? [];

  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Another list (a filter, a read after a decision) keeps ticked only the rows it still shows.
  const [selectionOf, setSelectionOf] = useState(list.data);
  if (list.data !== selectionOf) {
    setSelectionOf(list.data);
    setSelected((s) =>
      keepVisible(
        s,
        (list.data ?? []).map((a) => a.id),
      ),
    );
  }
  const [flash, setFlash] = useState<string | null>(null);

  const decisions = useDecisionFlow((done) => {
    setFlash(done);
    setSelected(new Set());
  });

  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ ...filters, q: text.trim() });
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allSelected = items.length > 0 && items.every((a) => selected.has(a.id));

  return (
    <>
      <p className="back">
        <Link to={`/fairs/${fairId}`}>{fairTitle ?? t('review.backToFair')}</Link>
      </p>
      <div className="page-heading">
        <h1>{t('review.heading')}</h1>
        <div className="actions">
          <Link className="button" to={`/fairs/${fairId}/applications/enter`}>
            {t('entry.action')}
          </Link>
          <Link className="button" to={`/fairs/${fairId}/assign`}>
            {t('review.toAssign')}
          </Link>
        </div>
      </div>
      {fair.isError && !fair.data && <ErrorState error={fair.error} onRetry={canRetry(fair.error) ? () => void fair.refetch() : undefined} />}
      {flash && (
        <p className="flash" role="status">
          {flash}
        </p>
      )}

      <section className="filters" aria-labelledby="review-filters-heading">
        <h2 id="review-filters-heading" className="sr-only">
          {t('review.filters')}
        </h2>
        <form role="search" className="filters__search" onSubmit={submitSearch}>
          <label htmlFor="review-search">{t('review.search')}</label>
          <input
            id="review-search"
            type="search"
            value={text}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="review-search-hint"
            onChange={(e) => setText(e.target.value)}
          />
          <p id="review-search-hint" className="hint">
            {t('review.searchHint')}
          </p>
        </form>
        <div className="filters__selects">
          <FilterSelect
            id="review-status"
            label={t('review.status')}
            value={filters.status ?? ''}
            allLabel={t('review.allStatuses')}
            options={REVIEW_STATUSES.map((s) => ({ value: s, label: t(applicationStatusKey(s)) }))}
            onChange={(v) => setFilters({ ...filters, status: REVIEW_STATUSES.find((s) => s === v) ?? null })}
          />
          <FilterSelect
            id="review-needs"
            label={t('review.needs')}
            value={filters.needs ?? ''}
            allLabel={t('review.anyNeeds')}
            options={NEEDS_FILTERS.map((n) => ({ value: n, label: t(`facility.${n}`) }))}
            onChange={(v) => setFilters({ ...filters, needs: NEEDS_FILTERS.find((n) => n === v) ?? null })}
          />
          <div className="check check--filter">
            <input
              id="review-unassigned"
              type="checkbox"
              checked={filters.unassigned}
              onChange={(e) => setFilters({ ...filters, unassigned: e.target.checked })}
            />
            <label htmlFor="review-unassigned">{t('review.unassignedOnly')}</label>
          </div>
        </div>
        {hasReviewFilters(filters) && (
          <button
            type="button"
            className="button--link"
            onClick={() => {
              setText('');
              setFilters(EMPTY_REVIEW_FILTERS);
            }}
          >
            {t('list.clear')}
          </button>
        )}
      </section>

      <div className="bulk-bar" role="group" aria-label={t('review.bulk')}>
        <div className="check">
          <input
            id="review-select-all"
            type="checkbox"
            checked={allSelected}
            disabled={items.length === 0}
            onChange={(e) => setSelected(e.target.checked ? new Set(items.map((a) => a.id)) : new Set())}
          />
          <label htmlFor="review-select-all">{t('review.selectAll')}</label>
        </div>
        <span role="status">{t('review.selectedCount', { n: selected.size })}</span>
        {DECISIONS.map((d) => (
          <button
            key={d}
            type="button"
            disabled={selected.size === 0}
            onClick={() => decisions.ask(d, { kind: 'many', fairId, applicationIds: [...selected] })}
          >
            {t(DECISION_KEYS[d].button)}
          </button>
        ))}
      </div>

      <div className="results" aria-busy={list.isFetching}>
        <p className="result-count" role="status">
          {list.isFetching ? t('common.loading') : list.data ? t('review.count', { n: items.length }) : ''}
        </p>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={canRetry(list.error) ? () => void list.refetch() : undefined} />
        ) : !list.data ? (
          <Loading />
        ) : items.length === 0 ? (
          <p className="empty">{hasReviewFilters(filters) ? t('review.emptyFiltered') : t('review.empty')}</p>
        ) : (
          <ResultsTable
            captionId="review-caption"
            caption={t('review.caption')}
            columns={[
              { label: t('review.select') },
              { label: t('review.municipality') },
              { label: t('review.status') },
              { label: t('application.days') },
              { label: t('review.needs') },
              { label: t('application.products') },
              { label: t('review.booths') },
              { label: t('review.actions') },
            ]}
          >
            {items.map((a) => (
              <ReviewRow
                key={a.id}
                application={a}
                fairId={fairId}
                selected={selected.has(a.id)}
                onToggle={(on) => toggle(a.id, on)}
                onAsk={(d) => decisions.ask(d, { kind: 'one', applicationId: a.id, name: a.municipality.name })}
                lang={lang}
              />
            ))}
          </ResultsTable>
        )}
      </div>
      {decisions.dialog}
    </>
  );
}

function ReviewRow({
  application: a,
  fairId,
  selected,
  onToggle,
  onAsk,
  lang,
}: {
  application: ApplicationSummary;
  fairId: string;
  selected: boolean;
  onToggle: (on: boolean) => void;
  onAsk: Parameters<typeof DecisionButtons>[0]['onAsk'];
  lang: 'ja' | 'en';
}) {
  const { t } = useI18n();
  const pref = prefectureByName(a.municipality.prefecture);
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          id={`review-select-${a.id}`}
          checked={selected}
          aria-label={t('review.selectOne', { name: a.municipality.name })}
          onChange={(e) => onToggle(e.target.checked)}
        />
      </td>
      <th scope="row">
        <Link to={`/fairs/${fairId}/applications/${a.id}`}>{a.municipality.name}</Link>
        <span className="muted block">{pref ? prefectureLabel(pref.code, a.municipality.prefecture, lang) : a.municipality.prefecture}</span>
        <span className="block tie-label">
          <span className="sr-only">{t('review.tie')}: </span>
          {a.tieLabel ?? <span className="muted">{t('review.noTie')}</span>}
        </span>
      </th>
      <td>
        <StatusBadge status={a.status} />
        {a.enteredByOrganizer && <EnteredMark />}
      </td>
      <td>{formatDays(a.days, lang)}</td>
      <td>
        <NeedsList needs={a.needs} />
      </td>
      <td className="wrap">{a.productNames.join(lang === 'ja' ? '、' : ', ')}</td>
      <td>
        <BoothCodes assignments={a.assignments} />
      </td>
      <td>
        <DecisionButtons decisions={decisionsFor(a.status)} name={a.municipality.name} onAsk={onAsk} compact />
      </td>
    </tr>
  );
}
