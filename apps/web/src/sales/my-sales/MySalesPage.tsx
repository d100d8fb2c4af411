import { Link, useParams, useSearchParams } from 'react-router';
import type { MySales } from '@bussanten/contracts';
import { formatFairDay } from '../../applications';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useEnterMySales, useMySales } from '../queries';
import { SalesDayForm } from '../SalesDayForm';
import { DayPhase, EntryFigures } from '../SalesBits';
import '../sales.css';

/**
 * /my/applications/:id/sales: a representative enters its municipality's sales day by day, from a
 * phone. A day opens for entry at its opening time (Japan time) and stays open until the organizer
 * confirms it; `?day=` is the day being entered.
 */
export default function MySalesPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const sales = useMySales(id);
  useDocumentTitle(sales.data ? `${t('sales.my.title')} ${sales.data.fairTitle}` : t('sales.my.title'));
  const back = (
    <p className="back">
      <Link to={`/my/applications/${id}`}>{t('sales.my.back')}</Link>
    </p>
  );
  if (sales.isError && !sales.data) {
    return (
      <>
        {back}
        <ErrorState error={sales.error} onRetry={canRetry(sales.error) ? () => void sales.refetch() : undefined} />
      </>
    );
  }
  if (!sales.data) return <Loading label={t('sales.loading')} />;
  return (
    <article className="sales" aria-labelledby="my-sales-heading">
      {back}
      <hgroup>
        <p className="eyebrow">{sales.data.municipalityName}</p>
        <h1 id="my-sales-heading">{t('sales.my.title')}</h1>
        <p>{sales.data.fairTitle}</p>
      </hgroup>
      <MySalesBody sales={sales.data} />
    </article>
  );
}

function MySalesBody({ sales }: { sales: MySales }) {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const enter = useEnterMySales(sales.applicationId);
  const chosen = sales.days.find((d) => d.date === params.get('day') && d.phase !== 'notBegun' && !d.confirmedAt) ?? null;

  if (sales.days.length === 0) return <p className="empty">{t('sales.my.noDays')}</p>;
  return (
    <>
      <p className="sales__total" role="status">
        {t('sales.total', { yen: sales.totalYen, customers: sales.customers })}
      </p>
      <ul className="sales-days">
        {sales.days.map((d) => {
          const open = d.phase !== 'notBegun' && !d.confirmedAt;
          return (
            <li key={d.date} className={`sales-day${chosen?.date === d.date ? ' sales-day--chosen' : ''}`}>
              <div className="sales-day__head">
                <h2>{formatFairDay(d.date, lang)}</h2>
                <DayPhase phase={d.phase} confirmed={d.confirmedAt !== null} />
              </div>
              <EntryFigures entry={d.entry} />
              {d.confirmedAt && <p className="muted">{t('sales.my.confirmedNote')}</p>}
              {d.phase === 'notBegun' && <p className="muted">{t('sales.my.notBegunNote', { opens: d.opens ?? '' })}</p>}
              {open && chosen?.date !== d.date && (
                <button type="button" className={d.entry ? '' : 'button--primary'} onClick={() => setParams({ day: d.date }, { replace: true })}>
                  {d.entry ? t('sales.my.correct') : t('sales.my.enter')}
                </button>
              )}
              {chosen?.date === d.date && (
                <section aria-label={t('sales.my.formLabel', { day: formatFairDay(d.date, lang) })}>
                  <SalesDayForm
                    key={d.date}
                    idPrefix={`sales-${d.date}`}
                    products={sales.products}
                    entry={d.entry}
                    submitLabel={t('sales.my.save')}
                    save={(input) => enter.mutateAsync({ date: d.date, input })}
                    onSaved={() => setParams({}, { replace: true })}
                  />
                  <button type="button" onClick={() => setParams({}, { replace: true })}>
                    {t('common.cancel')}
                  </button>
                </section>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
