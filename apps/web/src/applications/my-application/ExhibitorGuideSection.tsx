import type { ExhibitorGuide, GuideBooth } from '@bussanten/contracts';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { myApplicationsApi } from '../api/applications';
import { formatFairDay } from '../components/day-format';
import { useExhibitorGuide } from '../queries';

/**
 * On a representative's own application: the deadline and the host's contact always, and once it
 * is accepted, its booth highlighted on the room's plan, its days and hours, the public page and an
 * .ics of its days at its booth. The plan has booth codes and places only, nothing of other exhibitors.
 */
export function ExhibitorGuideSection({ applicationId, accepted }: { applicationId: string; accepted: boolean }) {
  const { t, lang } = useI18n();
  const guide = useExhibitorGuide(applicationId);
  const g = guide.data;
  return (
    <section aria-labelledby="guide-heading" className="card exhibitor-guide">
      <h2 id="guide-heading">{t('guide.title')}</h2>
      {guide.isError && !g ? (
        <ErrorState error={guide.error} onRetry={canRetry(guide.error) ? () => void guide.refetch() : undefined} />
      ) : !g ? (
        <Loading />
      ) : (
        <>
          {accepted && <PlacedFacts guide={g} applicationId={applicationId} />}
          <dl className="facts facts--compact">
            <div>
              <dt>{t('guide.deadline')}</dt>
              <dd>{g.applicationsCloseAt ? formatDateTime(g.applicationsCloseAt, lang) : t('guide.noDeadline')}</dd>
            </div>
          </dl>
          <h3>{t('guide.contact')}</h3>
          <p>{lang === 'en' && g.host.nameEn ? g.host.nameEn : g.host.name}</p>
          {g.host.contactEmail || g.host.contactPhone || g.host.contactNote ? (
            <div id="guide-contact">
              <dl className="facts facts--compact">
                {g.host.contactEmail && (
                  <div>
                    <dt>{t('guide.email')}</dt>
                    <dd>
                      <a href={`mailto:${g.host.contactEmail}`}>{g.host.contactEmail}</a>
                    </dd>
                  </div>
                )}
                {g.host.contactPhone && (
                  <div>
                    <dt>{t('guide.phone')}</dt>
                    <dd>
                      <a href={`tel:${g.host.contactPhone}`}>{g.host.contactPhone}</a>
                    </dd>
                  </div>
                )}
              </dl>
              {g.host.contactNote && <p className="pre-line">{g.host.contactNote}</p>}
            </div>
          ) : (
            <p className="muted">{t('guide.noContact')}</p>
          )}
        </>
      )}
    </section>
  );
}

function PlacedFacts({ guide, applicationId }: { guide: ExhibitorGuide; applicationId: string }) {
  const { t, lang } = useI18n();
  const mine = guide.plan.booths.filter((b) => b.mine).map((b) => b.code);
  return (
    <>
      {mine.length > 0 && (
        <>
          <h3>{t('guide.map')}</h3>
          <BoothMap widthM={guide.plan.widthM} depthM={guide.plan.depthM} booths={guide.plan.booths} label={t('guide.mapLabel', { booths: mine.join(', ') })} />
        </>
      )}
      <h3>{t('guide.days')}</h3>
      <ul className="guide-days">
        {guide.days.map((d) => (
          <li key={d.date}>
            {formatFairDay(d.date, lang)} {d.opens && d.closes ? t('apply.hours', { opens: d.opens, closes: d.closes }) : t('apply.closedDay')}{' '}
            <span className="muted">{d.boothCodes.length ? t('guide.dayBooth', { booths: d.boothCodes.join(', ') }) : t('guide.noBooth')}</span>
          </li>
        ))}
      </ul>
      <p className="actions">
        <a className="button" href={myApplicationsApi.calendarUrl(applicationId)} download>
          {t('guide.calendar')}
        </a>
        {guide.publicUrl && (
          <a className="button" href={lang === 'en' ? guide.publicUrl.replace(/\/f\//, '/en/f/') : guide.publicUrl}>
            {t('guide.publicPage')}
          </a>
        )}
      </p>
    </>
  );
}

/** A small read-only plan: every booth by its code, the exhibitor's own filled and outlined. */
function BoothMap({ widthM, depthM, booths, label }: { widthM: number; depthM: number; booths: GuideBooth[]; label: string }) {
  return (
    <svg className="floor-plan guide-map" viewBox={`-0.5 -0.5 ${widthM + 1} ${depthM + 1}`} role="img" aria-label={label}>
      <rect className="floor-plan__room" x={0} y={0} width={widthM} height={depthM} />
      {booths.map((b) => (
        <g key={b.code} className={`booth ${b.mine ? 'booth--mine' : 'booth--free'}`} data-booth={b.code} data-mine={b.mine ? 'true' : undefined}>
          <rect x={b.x} y={b.y} width={b.width} height={b.depth} />
          <text x={b.x + b.width / 2} y={b.y + b.depth / 2} textAnchor="middle" dominantBaseline="central" fontSize={Math.min(b.width, b.depth) * 0.35}>
            {b.code}
          </text>
        </g>
      ))}
    </svg>
  );
}
