import { useEffect, useEffectEvent, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AGREEMENT_KINDS, MUNICIPALITY_SORTS } from '@bussanten/contracts';
import { canRetry } from '../../api/query-client';
import { ListHeading, ResultsTable } from '../../components/ListPage';
import { KindBadges } from '../components/KindBadges';
import { Missing } from '../../components/Missing';
import { Pager, ResultCount } from '../../components/Pager';
import { FilterSelect } from '../../components/Select';
import { ErrorState, Loading } from '../../components/Status';
import { prefectureLabel, formatArea, formatPopulation, formatYearWithEra, municipalityKindKey } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { agreementKindOptions, municipalitySortOptions, prefectureOptions } from '../../i18n/options';
import { useMunicipalityList } from '../queries';
import {
  EMPTY_FILTERS,
  MAX_QUERY_LENGTH,
  PAGE_SIZE,
  filtersToQuery,
  filtersToSearchParams,
  hasFilters,
  pageRange,
  parseFilters,
  withFilter,
  type ListFilters,
} from './filters';

const SEARCH_DEBOUNCE_MS = 300;

export default function MunicipalityListPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('list.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);

  const setFilters = (next: ListFilters, replace = false) => {
    setParams(filtersToSearchParams(next), { replace, preventScrollReset: true });
  };

  // The search box is typed into freely; the URL (and so the request) follows 300 ms after the last key.
  const [text, setText] = useState(filters.q);
  const pushedQ = useRef(filters.q);
  useEffect(() => {
    if (filters.q !== pushedQ.current) {
      // The URL changed by itself (back/forward, a link): show what it says.
      pushedQ.current = filters.q;
      setText(filters.q);
    }
  }, [filters.q]);
  // Pushing the search is not what restarts the wait: only the text typed, or the URL changing, does.
  const pushSearch = useEffectEvent((q: string) => {
    pushedQ.current = q;
    setFilters(withFilter(filters, { q }), true);
  });
  useEffect(() => {
    const q = text.trim();
    if (q === filters.q.trim()) return;
    const timer = setTimeout(() => pushSearch(q), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filters]);

  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (q === filters.q.trim()) return;
    pushedQ.current = q;
    setFilters(withFilter(filters, { q }));
  };

  const query = filtersToQuery(filters);
  const list = useMunicipalityList(query);
  const data = list.data;
  const range = data ? pageRange(filters.page, PAGE_SIZE, data.total) : null;

  const pageLink = (page: number) => {
    const s = filtersToSearchParams({ ...filters, page }).toString();
    return s ? `?${s}` : '?';
  };

  return (
    <>
      <ListHeading title={t('list.title')} newTo="/registry/municipalities/new" />

      <section className="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="sr-only">
          {t('list.filters')}
        </h2>
        <form role="search" className="filters__search" onSubmit={submitSearch}>
          <label htmlFor="registry-search">{t('list.search')}</label>
          <input
            id="registry-search"
            type="search"
            value={text}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="registry-search-hint"
            onChange={(e) => setText(e.target.value)}
          />
          <p id="registry-search-hint" className="hint">
            {t('list.searchHint')}
          </p>
        </form>
        <div className="filters__selects">
          <FilterSelect
            id="registry-prefecture"
            label={t('list.prefecture')}
            value={filters.prefectureCode === null ? '' : String(filters.prefectureCode)}
            allLabel={t('list.allPrefectures')}
            options={prefectureOptions(lang)}
            onChange={(value) => setFilters(withFilter(filters, { prefectureCode: value ? Number(value) : null }))}
          />
          <FilterSelect
            id="registry-agreement-kind"
            label={t('list.agreementKind')}
            value={filters.agreementKind ?? ''}
            allLabel={t('list.allKinds')}
            options={agreementKindOptions(lang)}
            onChange={(value) => setFilters(withFilter(filters, { agreementKind: AGREEMENT_KINDS.find((k) => k === value) ?? null }))}
          />
          <FilterSelect
            id="registry-sort"
            label={t('list.sort')}
            value={filters.sort}
            options={municipalitySortOptions(lang)}
            onChange={(value) => setFilters(withFilter(filters, { sort: MUNICIPALITY_SORTS.find((s) => s === value) ?? filters.sort }))}
          />
          <label className="filters__check" htmlFor="registry-partners">
            <input
              id="registry-partners"
              type="checkbox"
              checked={filters.partners}
              onChange={(e) => setFilters(withFilter(filters, { partners: e.target.checked }))}
            />{' '}
            {t('registry.partnersOnly')}
          </label>
        </div>
        {hasFilters(filters) && (
          <button
            type="button"
            className="button--link"
            onClick={() => {
              pushedQ.current = '';
              setText('');
              setFilters({ ...EMPTY_FILTERS, sort: filters.sort });
            }}
          >
            {t('list.clear')}
          </button>
        )}
      </section>

      <div className="results" aria-busy={list.isFetching}>
        <ResultCount loading={list.isFetching} total={data?.total} range={range} />

        {list.isError && !data ? (
          <ErrorState error={list.error} onRetry={canRetry(list.error) ? () => void list.refetch() : undefined} />
        ) : !data ? (
          <Loading />
        ) : data.items.length === 0 ? (
          <div className="empty">
            <p>{t('list.empty')}</p>
            {filters.page > 1 && data.total > 0 && <Link to={pageLink(1)}>{t('list.previous')}</Link>}
          </div>
        ) : (
          <ResultsTable
            captionId="results-caption"
            caption={t('list.caption')}
            columns={[
              { label: t('col.name') },
              { label: t('col.reading') },
              { label: t('col.prefecture') },
              { label: t('col.kind') },
              { label: t('col.population'), numeric: true },
              { label: t('col.area'), numeric: true },
              { label: t('col.agreementKinds') },
              { label: t('col.firstAgreementYear') },
            ]}
          >
            {data.items.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link to={`/registry/municipalities/${m.id}`}>{m.name}</Link>
                  {lang === 'en' && m.nameEn && <span className="muted block">{m.nameEn}</span>}
                </th>
                <td>{m.reading}</td>
                <td>{prefectureLabel(m.prefectureCode, m.prefecture, lang)}</td>
                <td>{t(municipalityKindKey(m.kind))}</td>
                <td className="num">{m.population !== null ? formatPopulation(m.population, lang) : <Missing />}</td>
                <td className="num">{m.areaKm2 !== null ? formatArea(m.areaKm2, lang) : <Missing />}</td>
                <td>
                  <KindBadges kinds={m.agreementKinds} />
                </td>
                <td>{m.firstAgreementYear !== null ? formatYearWithEra(m.firstAgreementYear, lang) : <Missing />}</td>
              </tr>
            ))}
          </ResultsTable>
        )}

        {data && range && data.total > PAGE_SIZE && <Pager page={filters.page} pages={range.pages} pageLink={pageLink} />}
      </div>
    </>
  );
}
