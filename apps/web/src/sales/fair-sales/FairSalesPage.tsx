import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { FairSales, FairSalesDay, FairSalesExhibitor } from '@bussanten/contracts';
import { formatFairDay } from '../../applications';
import { canRetry } from '../../api/query-client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState, Loading } from '../../components/Status';
import { useFair } from '../../fairs';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useConfirmSalesDay, useEnterSalesOnBehalf, useFairSales } from '../queries';
import { SalesDayForm } from '../SalesDayForm';
import { DayPhase } from '../SalesBits';
import { ComparisonSection } from './ComparisonSection';
import '../../styles/applications.css';
import '../sales.css';

/**
 * /fairs/:id/sales: the organizer's daily sales of a fair: per day the totals, who is missing from
 * closing time and the confirmation (with a dialog); per exhibitor and day the figures, with
 * 代理入力 for a closed day; and the comparison with an earlier fair.
 */
export default function FairSalesPage() {
  const { id: fairId = '' } = useParams();
  const { t, lang } = useI18n();
  const fair = useFair(fairId);
  const sales = useFairSales(fairId);
  const title = fair.data ? (lang === 'en' && fair.data.titleEn ? fair.data.titleEn : fair.data.title) : null;
  useDocumentTitle(title ? `${t('sales.fair.title')} ${title}` : t('sales.fair.title'));
  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}`}>{t('sales.fair.back')}</Link>
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
    <article className="sales sales--fair" aria-labelledby="fair-sales-heading">
      {back}
      <hgroup>
        <p className="eyebrow">{title}</p>
        <h1 id="fair-sales-heading">{t('sales.fair.title')}</h1>
      </hgroup>
      {sales.data.exhibitors.length === 0 || sales.data.days.length === 0 ? (
        <p className="empty">{t('sales.fair.empty')}</p>
      ) : (
        <FairSalesBody sales={sales.data} />
      )}
      <ComparisonSection fairId={fairId} />
    </article>
  );
}

function FairSalesBody({ sales }: { sales: FairSales }) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState<FairSalesDay | null>(null);
  const [entering, setEntering] = useState<{ exhibitor: FairSalesExhibitor; date: string } | null>(null);
  const confirm = useConfirmSalesDay(sales.fairId);
  const enter = useEnterSalesOnBehalf(sales.fairId);
  const name = (e: FairSalesExhibitor) => (lang === 'en' && e.municipalityNameEn ? e.municipalityNameEn : e.municipalityName);
  const byId = new Map(sales.exhibitors.map((e) => [e.applicationId, e]));

  return (
    <>
      <p className="sales__total" role="status">
        {t('sales.total', { yen: sales.totalYen, customers: sales.customers })}
      </p>
      {confirm.isError && <ErrorState error={confirm.error} />}
      <section aria-labelledby="sales-days-heading">
        <h2 id="sales-days-heading">{t('sales.fair.byDay')}</h2>
        <ul className="sales-days">
          {sales.days.map((d) => (
            <li key={d.date} className="sales-day">
              <div className="sales-day__head">
                <h3>{t('sales.fair.dayHeading', { n: d.dayNumber, day: formatFairDay(d.date, lang) })}</h3>
                <DayPhase phase={d.phase} confirmed={d.confirmedAt !== null} />
              </div>
              <p>{t('sales.figures', { yen: d.totalYen, customers: d.customers })}</p>
              <p className="muted">{t('sales.fair.entered', { entered: d.entered, expected: d.expected })}</p>
              {d.missing.length > 0 && (
                <p className="sales-day__missing">
                  {t('sales.fair.missing', {
                    names: d.missing.map((id) => (byId.get(id) ? name(byId.get(id) as FairSalesExhibitor) : id)).join(lang === 'ja' ? '、' : ', '),
                  })}
                </p>
              )}
              {d.confirmedAt ? (
                <p className="muted">{t('sales.fair.confirmedBy', { name: d.confirmedByName ?? '—' })}</p>
              ) : (
                d.phase === 'closed' && (
                  <button type="button" className="button--primary" onClick={() => setConfirming(d)}>
                    {t('sales.fair.confirm')}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sales-exhibitors-heading">
        <h2 id="sales-exhibitors-heading">{t('sales.fair.byExhibitor')}</h2>
        <div className="table-scroll">
          <table className="sales-table">
            <thead>
              <tr>
                <th scope="col">{t('sales.fair.exhibitor')}</th>
                {sales.days.map((d) => (
                  <th key={d.date} scope="col">
                    {formatFairDay(d.date, lang)}
                  </th>
                ))}
                <th scope="col">{t('sales.fair.exhibitorTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {sales.exhibitors.map((e) => (
                <tr key={e.applicationId}>
                  <th scope="row">{name(e)}</th>
                  {sales.days.map((d) => (
                    <td key={d.date}>
                      <ExhibitorDayCell exhibitor={e} day={d} name={name(e)} onEnter={() => setEntering({ exhibitor: e, date: d.date })} />
                    </td>
                  ))}
                  <td>{t('sales.figures', { yen: e.totalYen, customers: e.customers })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {entering && (
        <section aria-labelledby="sales-on-behalf-heading" className="sales-on-behalf">
          <h2 id="sales-on-behalf-heading">{t('sales.fair.onBehalfHeading', { name: name(entering.exhibitor), day: formatFairDay(entering.date, lang) })}</h2>
          <p className="hint">{t('sales.fair.onBehalfHint')}</p>
          <SalesDayForm
            key={`${entering.exhibitor.applicationId}-${entering.date}`}
            idPrefix="sales-on-behalf"
            products={entering.exhibitor.products}
            entry={entering.exhibitor.entries.find((x) => x.date === entering.date) ?? null}
            submitLabel={t('sales.fair.onBehalfSave')}
            save={(input) => enter.mutateAsync({ applicationId: entering.exhibitor.applicationId, date: entering.date, input })}
            onSaved={() => setEntering(null)}
          />
          <button type="button" onClick={() => setEntering(null)}>
            {t('common.cancel')}
          </button>
        </section>
      )}

      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t('sales.fair.confirmTitle', { day: formatFairDay(confirming.date, lang) }) : ''}
        confirmLabel={t('sales.fair.confirm')}
        busyLabel={t('sales.fair.confirming')}
        busy={confirm.isPending}
        tone="primary"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          confirm.mutate(confirming.date, { onSettled: () => setConfirming(null) });
        }}
      >
        <p>{t('sales.fair.confirmBody')}</p>
        {confirming && confirming.missing.length > 0 && <p>{t('sales.fair.confirmMissing', { n: confirming.missing.length })}</p>}
      </ConfirmDialog>
    </>
  );
}

function ExhibitorDayCell({ exhibitor, day, name, onEnter }: { exhibitor: FairSalesExhibitor; day: FairSalesDay; name: string; onEnter: () => void }) {
  const { t, lang } = useI18n();
  if (!exhibitor.days.includes(day.date)) return <span className="muted">{t('sales.fair.notAttending')}</span>;
  const entry = exhibitor.entries.find((x) => x.date === day.date);
  const action = entry ? t('sales.fair.change') : t('sales.fair.enter');
  // The accessible name starts with the visible words, then says whose and which day.
  const label = t('sales.fair.enterFor', { action, name, day: formatFairDay(day.date, lang) });
  return (
    <>
      {entry ? (
        <span>
          {t('sales.figures', { yen: entry.salesYen, customers: entry.customers })}
          {entry.enteredOnBehalf && <span className="badge badge--onBehalf">{t('sales.onBehalf')}</span>}
        </span>
      ) : (
        <span className={day.phase === 'closed' ? 'sales-missing' : 'muted'}>{t('sales.notEntered')}</span>
      )}
      {day.phase === 'closed' && (
        <button type="button" className="button--small" aria-label={label} onClick={onEnter}>
          {action}
        </button>
      )}
    </>
  );
}
