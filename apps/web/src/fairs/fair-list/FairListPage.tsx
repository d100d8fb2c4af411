import { Link } from 'react-router';
import { Flash } from '../../components/Flash';
import { ResultsTable } from '../../components/ListPage';
import { QueryState } from '../../components/QueryState';
import { FairPeriodText } from '../components/FairPeriodText';
import { FairStatusBadge, FairVisibilityBadge } from '../components/FairStatusBadge';
import { fairTitle } from '../components/fair-format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { FairImportForm } from '../fair-transfer/FairImportForm';
import { useFairs } from '../queries';
import { sortFairsForList } from './sort-fairs';

/** /fairs: the host's fairs, coming ones first, with the way to plan a new one and to the venues. */
export default function FairListPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('fairs.title'));
  const list = useFairs();

  return (
    <>
      <div className="page-heading">
        <h1>{t('fairs.title')}</h1>
        <div className="actions">
          <Link className="button" to="/venues">
            {t('fairs.venuesLink')}
          </Link>
          <Link className="button button--primary" to="/fairs/new">
            {t('fairs.new')}
          </Link>
        </div>
      </div>
      <Flash />

      <div className="results" aria-busy={list.isFetching}>
        <QueryState query={list}>
          {(data) => {
            const fairs = sortFairsForList(data);
            return fairs.length === 0 ? (
              <div className="empty">
                <p>{t('fairs.empty')}</p>
                <p>
                  <Link to="/fairs/new">{t('fairs.emptyAction')}</Link>
                </p>
              </div>
            ) : (
              <ResultsTable
                captionId="fairs-caption"
                caption={t('fairs.caption')}
                columns={[{ label: t('fairs.col.title') }, { label: t('fairs.col.dates') }, { label: t('fairs.col.venue') }, { label: t('fairs.col.status') }]}
              >
                {fairs.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">
                      <Link to={`/fairs/${f.id}`}>{fairTitle(f, lang)}</Link>
                    </th>
                    <td>
                      <FairPeriodText first={f.firstDay} last={f.lastDay} />
                    </td>
                    <td>
                      <span className="block">{f.venueName}</span>
                      <span className="block muted">{f.roomName}</span>
                    </td>
                    <td>
                      <FairStatusBadge status={f.status} /> <FairVisibilityBadge fair={f} />
                    </td>
                  </tr>
                ))}
              </ResultsTable>
            );
          }}
        </QueryState>
      </div>

      <FairImportForm />
    </>
  );
}
