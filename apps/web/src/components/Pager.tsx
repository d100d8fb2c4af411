import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** The shown slice of a paged list: which rows of how many are on this page. */
export interface PageRange {
  from: number;
  to: number;
  pages: number;
}

/** A paged list's live count line: "loading" while a page loads, then which rows of how many are shown. */
export function ResultCount({ loading, total, range }: { loading: boolean; total: number | undefined; range: PageRange | null }) {
  const { t } = useI18n();
  return (
    <p className="result-count" role="status">
      {loading ? t('common.loading') : range && total !== undefined && total > 0 ? t('list.range', { total, from: range.from, to: range.to }) : ''}
    </p>
  );
}

/** Previous / "page N of M" / next links under a paged list; the ends are shown but disabled. */
export function Pager({ page, pages, pageLink }: { page: number; pages: number; pageLink: (page: number) => string }) {
  const { t } = useI18n();
  return (
    <nav className="pagination" aria-label={t('list.pagination')}>
      {page > 1 ? (
        <Link to={pageLink(page - 1)} rel="prev">
          {t('list.previous')}
        </Link>
      ) : (
        <span aria-disabled="true" className="pagination__disabled">
          {t('list.previous')}
        </span>
      )}
      <span>{t('list.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link to={pageLink(page + 1)} rel="next">
          {t('list.next')}
        </Link>
      ) : (
        <span aria-disabled="true" className="pagination__disabled">
          {t('list.next')}
        </span>
      )}
    </nav>
  );
}
