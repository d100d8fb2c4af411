import type { Application } from '@bussanten/contracts';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { Missing } from '../../components/Missing';
import { formatFairDay } from './day-format';
import { permitStatusKey, productCategoryKey } from './labels';
import { NeedsList } from './NeedsList';

/** '¥500〜¥1,200', '¥500〜', '〜¥1,200'; null when no price is given. */
function priceRange(min: number | null, max: number | null, lang: 'ja' | 'en'): string | null {
  const yen = (n: number) => `¥${formatNumber(n, lang)}`;
  if (min === null && max === null) return null;
  if (min !== null && max !== null) return min === max ? yen(min) : `${yen(min)}〜${yen(max)}`;
  return min !== null ? `${yen(min)}〜` : `〜${yen(max as number)}`;
}

/**
 * Everything an application says, for the municipality that sent it and for the host's organizers
 * (the only readers of its staff and permit). Each part is its own section so a screen reader can
 * jump between them.
 */
export function ApplicationFacts({ application: a }: { application: Application }) {
  const { t, lang } = useI18n();
  return (
    <>
      <section aria-labelledby="app-days-heading">
        <h2 id="app-days-heading">{t('application.days')}</h2>
        <ul className="day-list">
          {[...a.days].sort().map((d) => (
            <li key={d}>
              <time dateTime={d}>{formatFairDay(d, lang)}</time>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="app-products-heading">
        <h2 id="app-products-heading">{t('application.products')}</h2>
        {a.products.length === 0 ? (
          <p className="muted">{t('application.noProducts')}</p>
        ) : (
          <ul className="product-list">
            {a.products.map((p, i) => (
              <li key={i}>
                <span className="product-list__name">{p.name}</span>
                {p.category && <span className="badge need">{t(productCategoryKey(p.category))}</span>}
                {p.food && <span className="badge need">{t('application.food')}</span>}
                {p.alcohol && <span className="badge need">{t('application.alcohol')}</span>}
                <span className="muted">{priceRange(p.priceMin, p.priceMax, lang) ?? ''}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="app-needs-heading">
        <h2 id="app-needs-heading">{t('application.needs')}</h2>
        <NeedsList needs={a.needs} />
      </section>

      <section aria-labelledby="app-permit-heading">
        <h2 id="app-permit-heading">{t('application.permit')}</h2>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('application.permitStatus')}</dt>
            <dd>{a.permit.status ? t(permitStatusKey(a.permit.status)) : <Missing />}</dd>
          </div>
          {a.permit.status === 'held' && (
            <>
              <div>
                <dt>{t('application.permitNumber')}</dt>
                <dd>{a.permit.number ?? <Missing />}</dd>
              </div>
              <div>
                <dt>{t('application.healthCentre')}</dt>
                <dd>{a.permit.healthCentre ?? <Missing />}</dd>
              </div>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="app-staff-heading">
        <h2 id="app-staff-heading">{t('application.staff')}</h2>
        <p className="hint">{t('application.staffPrivate')}</p>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('application.staffCount')}</dt>
            <dd>{a.staffCount === null ? <Missing /> : t('application.people', { n: formatNumber(a.staffCount, lang) })}</dd>
          </div>
        </dl>
        {a.staff.length > 0 && (
          <ul className="staff-list">
            {a.staff.map((s, i) => (
              <li key={i}>
                {s.name}
                {s.phone && (
                  <>
                    {' '}
                    <a href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="app-loadin-heading">
        <h2 id="app-loadin-heading">{t('application.loadIn')}</h2>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('application.vehicle')}</dt>
            <dd>{a.vehicle ?? <Missing />}</dd>
          </div>
          <div>
            <dt>{t('application.loadInTime')}</dt>
            <dd>{a.loadInTime ?? <Missing />}</dd>
          </div>
          <div>
            <dt>{t('application.note')}</dt>
            <dd className="pre-line">{a.note ?? <Missing />}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="app-pr-heading">
        <h2 id="app-pr-heading">{t('application.pr')}</h2>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('application.prText')}</dt>
            <dd className="pre-line">{a.prText ?? <Missing />}</dd>
          </div>
          <div>
            <dt>{t('application.prTextEn')}</dt>
            <dd className="pre-line" lang="en">
              {a.prTextEn ?? <Missing />}
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
