import { useState } from 'react';
import type { SalesComparisonFigure } from '@bussanten/contracts';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import { useI18n } from '../../i18n/i18n';
import { useSalesComparison } from '../queries';

/** The comparison with an earlier fair of the host: the default one, or the one picked. */
export function ComparisonSection({ fairId }: { fairId: string }) {
  const { t, lang } = useI18n();
  const [picked, setPicked] = useState<string | null>(null);
  const cmp = useSalesComparison(fairId, picked);
  const figure = (f: SalesComparisonFigure) => (
    <>
      <td>{t('sales.yen', { yen: f.currentYen })}</td>
      <td>{f.previousYen === null ? '—' : t('sales.yen', { yen: f.previousYen })}</td>
    </>
  );
  return (
    <section aria-labelledby="sales-comparison-heading" className="sales-comparison">
      <h2 id="sales-comparison-heading">{t('sales.cmp.title')}</h2>
      {cmp.isError && !cmp.data ? (
        <ErrorState error={cmp.error} onRetry={canRetry(cmp.error) ? () => void cmp.refetch() : undefined} />
      ) : !cmp.data ? (
        <Loading label={t('sales.cmp.loading')} />
      ) : (
        <>
          <div className="field">
            <label htmlFor="sales-compare-with">{t('sales.cmp.with')}</label>
            <select id="sales-compare-with" value={cmp.data.compareWith?.id ?? ''} onChange={(e) => setPicked(e.target.value || null)}>
              {cmp.data.compareWith === null && <option value="">{t('sales.cmp.none')}</option>}
              {cmp.data.candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          {cmp.data.compareWith === null ? (
            <p className="empty">{t('sales.cmp.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="sales-table">
                <thead>
                  <tr>
                    <th scope="col">{t('sales.cmp.row')}</th>
                    <th scope="col">{t('sales.cmp.current')}</th>
                    <th scope="col">{cmp.data.compareWith.title}</th>
                  </tr>
                </thead>
                <tbody>
                  {cmp.data.byDayNumber.map((d) => (
                    <tr key={d.dayNumber}>
                      <th scope="row">{t('sales.cmp.dayNumber', { n: d.dayNumber })}</th>
                      {figure(d)}
                    </tr>
                  ))}
                  {cmp.data.byExhibitor.map((e) => (
                    <tr key={e.municipalityId}>
                      <th scope="row">{lang === 'en' && e.municipalityNameEn ? e.municipalityNameEn : e.municipalityName}</th>
                      {figure(e)}
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t('sales.cmp.total')}</th>
                    {figure(cmp.data.total)}
                  </tr>
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
