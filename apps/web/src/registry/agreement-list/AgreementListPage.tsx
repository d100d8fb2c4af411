import { Link, useSearchParams } from 'react-router';
import { AGREEMENT_KINDS, type AgreementKind } from '@bussanten/contracts';
import { canRetry } from '../../api/query-client';
import { ListHeading, ResultsTable } from '../../components/ListPage';
import { KindBadge } from '../components/KindBadges';
import { FilterSelect } from '../../components/Select';
import { ErrorState, Loading } from '../../components/Status';
import { formatNumber, formatSigned } from '../../i18n/format';
import { agreementKindOptions } from '../../i18n/options';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useAgreementList } from '../queries';

function parseKind(value: string | null): AgreementKind | null {
  return AGREEMENT_KINDS.find((k) => k === value) ?? null;
}

export default function AgreementListPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('agreements.title'));
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get('kind'));
  const list = useAgreementList(kind);
  const data = list.data;

  return (
    <>
      <ListHeading title={t('agreements.title')} newTo="/registry/agreements/new" />

      <div className="filters">
        <FilterSelect
          id="agreements-kind"
          label={t('agreements.filterKind')}
          value={kind ?? ''}
          allLabel={t('list.allKinds')}
          options={agreementKindOptions(lang)}
          onChange={(value) => {
            const next = parseKind(value);
            setParams(next ? { kind: next } : {}, { preventScrollReset: true });
          }}
        />
      </div>

      <div className="results" aria-busy={list.isFetching}>
        <p className="result-count" role="status">
          {list.isFetching ? t('common.loading') : data && data.length > 0 ? t('agreements.count', { n: formatNumber(data.length, lang) }) : ''}
        </p>
        {list.isError && !data ? (
          <ErrorState error={list.error} onRetry={canRetry(list.error) ? () => void list.refetch() : undefined} />
        ) : !data ? (
          <Loading />
        ) : data.length === 0 ? (
          <p className="empty">{t('agreements.empty')}</p>
        ) : (
          <ResultsTable
            captionId="agreements-caption"
            caption={t('agreements.caption')}
            columns={[{ label: t('col.title') }, { label: t('col.kind') }, { label: t('col.signed') }, { label: t('col.partyCount'), numeric: true }]}
          >
            {data.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/registry/agreements/${a.id}`}>{a.title}</Link>
                </th>
                <td>
                  <KindBadge kind={a.kind} />
                </td>
                <td>{formatSigned({ signedOn: null, signedYear: a.signedYear }, lang)}</td>
                <td className="num">{t('format.partyCount', { n: formatNumber(a.partyCount, lang) })}</td>
              </tr>
            ))}
          </ResultsTable>
        )}
      </div>
    </>
  );
}
