import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { fairsApi } from '../api/fairs';
import { canRetry } from '../../api/query-client';
import { Flash } from '../../components/Flash';
import { DeleteConfirmation, DeletionError, useRecordDeletion } from '../../components/RecordActions';
import { ErrorState, Loading } from '../../components/Status';
import { FairPeriodText } from '../components/FairPeriodText';
import { FairStatusBadge, FairVisibilityBadge } from '../components/FairStatusBadge';
import { fairTitle, publicPath } from '../components/fair-format';
import { formatDateTime } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { FairExportButton } from '../fair-transfer/FairExportButton';
import { fairScopedKeys, staleAfterFairDeleted, useFair } from '../queries';
import { FairDaysTable } from './FairDaysTable';
import { StatusActions } from './StatusActions';
import { VisibilityActions } from './VisibilityActions';
import { WithdrawalsPanel } from './WithdrawalsPanel';
import { venueAddressLine } from '@bussanten/domain';

/** /fairs/:id: what the fair is, where and when, its status changes, and the way to its other pages. */
export default function FairDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  // A status or visibility change answers with the whole fair, which replaces the cached one.
  const loaded = useFair(id);
  const fair = loaded.data;
  useDocumentTitle(fair ? fairTitle(fair, lang) : null);
  const deletion = useRecordDeletion();
  // Once deleted, what was read about the fair goes when the page does (not before: this page
  // still shows it until the list opens, and would otherwise ask for it again).
  const deleted = useRef(false);
  useEffect(
    () => () => {
      if (deleted.current) for (const queryKey of fairScopedKeys(id)) queryClient.removeQueries({ queryKey });
    },
    [id, queryClient],
  );
  const remove = async (fairId: string) => {
    await fairsApi.deleteFair(fairId);
    deleted.current = true;
    for (const filter of staleAfterFairDeleted()) void queryClient.invalidateQueries(filter);
  };

  const back = (
    <p className="back">
      <Link to="/fairs">{t('fairs.backToList')}</Link>
    </p>
  );
  if (loaded.isError && !fair) {
    return (
      <>
        {back}
        <ErrorState error={loaded.error} onRetry={canRetry(loaded.error) ? () => void loaded.refetch() : undefined} />
      </>
    );
  }
  if (!fair) return <Loading />;

  const name = fairTitle(fair, lang);
  return (
    <>
      {back}
      <div className="page-heading">
        <div>
          <FairStatusBadge status={fair.status} /> <FairVisibilityBadge fair={fair} />
          <h1>{fair.title}</h1>
          {fair.titleEn && (
            <p className="muted" lang="en">
              {fair.titleEn}
            </p>
          )}
        </div>
        <div className="actions">
          {fair.status !== 'archived' && (
            <Link className="button" to={`/fairs/${fair.id}/edit`}>
              {t('common.edit')}
            </Link>
          )}
          {/* Only a draft can go: once applications were taken, the fair is history to keep (archive it instead). */}
          {fair.status === 'draft' && (
            <button type="button" className="button--danger" onClick={deletion.ask}>
              {t('common.delete')}
            </button>
          )}
        </div>
      </div>
      <Flash />
      <DeletionError error={deletion.error} />

      <dl className="facts">
        <div>
          <dt>{t('fairs.detail.period')}</dt>
          <dd>
            <FairPeriodText first={fair.firstDay} last={fair.lastDay} />
          </dd>
        </div>
        <div>
          <dt>{t('fairs.detail.venue')}</dt>
          <dd>
            <span className="block">{fair.venue.name}</span>
            <span className="block">{t('fairs.roomOption', { room: fair.room.name, width: fair.room.widthM, depth: fair.room.depthM })}</span>
            <span className="block muted">{venueAddressLine(fair.venue)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('fairs.detail.window')}</dt>
          <dd>
            {fair.applicationsOpenAt || fair.applicationsCloseAt
              ? t('fairs.detail.windowRange', {
                  opens: fair.applicationsOpenAt ? formatDateTime(fair.applicationsOpenAt, lang) : t('fairs.detail.windowOpenEnd'),
                  closes: fair.applicationsCloseAt ? formatDateTime(fair.applicationsCloseAt, lang) : t('fairs.detail.windowOpenEnd'),
                })
              : t('fairs.detail.windowNone')}
            <span className="block muted">{t('fairs.detail.japanTime')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('fairs.detail.publicPath')}</dt>
          <dd>
            <code>{publicPath(fair.slug)}</code>
          </dd>
        </div>
        {fair.programme && (
          <div>
            <dt>{t('fairs.detail.programme')}</dt>
            <dd>{fair.programme}</dd>
          </div>
        )}
        {fair.description && (
          <div>
            <dt>{t('fairs.field.description')}</dt>
            <dd className="pre-line">{fair.description}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="fair-days-heading">
        <h2 id="fair-days-heading">{t('fairs.detail.days')}</h2>
        <FairDaysTable days={fair.days} />
      </section>

      <section aria-labelledby="fair-work-heading">
        <h2 id="fair-work-heading">{t('fairs.detail.work')}</h2>
        <ul className="link-list">
          <li>
            <Link className="button" to={`/fairs/${fair.id}/booths`}>
              {t('fairs.link.booths')}
            </Link>
          </li>
          <li>
            <Link className="button" to={`/fairs/${fair.id}/applications`}>
              {t('fairs.link.applications')}
            </Link>
          </li>
          <li>
            <Link className="button" to={`/fairs/${fair.id}/assign`}>
              {t('fairs.link.assign')}
            </Link>
          </li>
          <li>
            <Link className="button" to={`/fairs/${fair.id}/day-sheet`}>
              {t('fairs.link.daySheet')}
            </Link>
          </li>
          <li>
            <Link className="button" to={`/fairs/${fair.id}/sales`}>
              {t('sales.link')}
            </Link>
          </li>
          <li>
            <Link className="button" to={`/fairs/${fair.id}/timetable`}>
              {t('timetable.link')}
            </Link>
          </li>
          <li>
            <Link className="button" to={`/fairs/${fair.id}/releases`}>
              {t('releases.link')}
            </Link>
          </li>
          <li>
            {/* A plain link, not fetched: the browser downloads the file with the session cookie. */}
            <a className="button" href={fairsApi.boothsCsvUrl(fair.id)} download>
              {t('fairs.link.csv')}
            </a>
          </li>
        </ul>
        <FairExportButton fairId={fair.id} />
      </section>

      <WithdrawalsPanel fairId={fair.id} />
      <StatusActions fair={fair} />
      <VisibilityActions fair={fair} />

      <DeleteConfirmation deletion={deletion} name={name} remove={() => remove(fair.id)} listPath="/fairs" />
    </>
  );
}
