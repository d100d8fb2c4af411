import { Link } from 'react-router';
import { canRetry } from '../../api/query-client';
import { Flash } from '../../components/Flash';
import { ResultsTable } from '../../components/ListPage';
import { Missing } from '../../components/Missing';
import { ErrorState, Loading } from '../../components/Status';
import '../components/guests.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useGuests } from '../queries';

/** /guests: the mascots, ambassadors and performers the host can schedule at its fairs. */
export default function GuestListPage() {
  const { t } = useI18n();
  useDocumentTitle(t('guests.title'));
  const list = useGuests();
  const guests = list.data ? [...list.data].sort((a, b) => a.name.localeCompare(b.name, 'ja')) : null;

  return (
    <>
      <div className="page-heading">
        <h1>{t('guests.title')}</h1>
        <Link className="button button--primary" to="/guests/new">
          {t('guests.new')}
        </Link>
      </div>
      <Flash />
      <p className="hint">{t('guests.intro')}</p>
      <div className="results" aria-busy={list.isFetching}>
        {list.isError && !guests ? (
          <ErrorState error={list.error} onRetry={canRetry(list.error) ? () => void list.refetch() : undefined} />
        ) : !guests ? (
          <Loading />
        ) : guests.length === 0 ? (
          <div className="empty">
            <p>{t('guests.empty')}</p>
            <p>
              <Link to="/guests/new">{t('guests.emptyAction')}</Link>
            </p>
          </div>
        ) : (
          <ResultsTable
            captionId="guests-caption"
            caption={t('guests.caption')}
            columns={[{ label: t('guests.col.photo') }, { label: t('guests.col.name') }, { label: t('guests.col.kind') }, { label: t('guests.col.owner') }]}
          >
            {guests.map((g) => (
              <tr key={g.id}>
                <td>
                  {/* The name is in the next cell: the thumbnail is decoration. */}
                  {g.photoUrl ? (
                    <img className="guest-thumb" src={g.photoUrl} alt="" loading="lazy" />
                  ) : (
                    <span className="guest-thumb guest-thumb--none" aria-hidden="true" />
                  )}
                </td>
                <th scope="row">
                  <Link to={`/guests/${g.id}/edit`}>{g.name}</Link>
                  {g.nameEn ? (
                    <span className="block muted" lang="en">
                      {g.nameEn}
                    </span>
                  ) : null}
                </th>
                <td>{t(`guests.kind.${g.kind}`)}</td>
                <td>{g.ownerName || <Missing />}</td>
              </tr>
            ))}
          </ResultsTable>
        )}
      </div>
    </>
  );
}
