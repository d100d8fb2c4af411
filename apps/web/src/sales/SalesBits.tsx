import type { SalesDayPhase, SalesEntry } from '@bussanten/contracts';
import { useI18n } from '../i18n/i18n';

/** Where a day stands: not begun, open for entry, closed, or confirmed. */
export function DayPhase({ phase, confirmed }: { phase: SalesDayPhase; confirmed: boolean }) {
  const { t } = useI18n();
  if (confirmed) return <span className="badge badge--done">{t('sales.phase.confirmed')}</span>;
  return <span className={`badge badge--${phase}`}>{t(`sales.phase.${phase}`)}</span>;
}

/** A day's figures in words, marked when an organizer entered them for the exhibitor. */
export function EntryFigures({ entry }: { entry: SalesEntry | null }) {
  const { t } = useI18n();
  if (!entry) return <p className="muted">{t('sales.notEntered')}</p>;
  return (
    <div className="sales-entry">
      <p>{t('sales.figures', { yen: entry.salesYen, customers: entry.customers })}</p>
      {entry.products.length > 0 && (
        <ul className="sales-entry__lines">
          {entry.products.map((l) => (
            <li key={l.product}>{t('sales.line', { name: l.name, quantity: l.quantity, yen: l.amountYen })}</li>
          ))}
        </ul>
      )}
      {entry.enteredOnBehalf && <p className="badge badge--onBehalf">{t('sales.onBehalf')}</p>}
    </div>
  );
}
