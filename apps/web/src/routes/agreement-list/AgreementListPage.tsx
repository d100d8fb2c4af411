import { Link, useSearchParams } from 'react-router';
import { AGREEMENT_KINDS, type AgreementKind } from '@bussanten/contracts';
import { registryApi } from '../../api/registry';
import { Flash } from '../../components/Flash';
import { KindBadge } from '../../components/KindBadges';
import { ErrorState, Loading } from '../../components/Status';
import { agreementKindKey, formatNumber, formatSigned } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useResource } from '../../hooks/useResource';

function parseKind(value: string | null): AgreementKind | null {
  return AGREEMENT_KINDS.find((k) => k === value) ?? null;
}

export default function AgreementListPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('agreements.title'));
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get('kind'));
  const list = useResource(kind ?? 'all', (signal) => registryApi.listAgreements(kind ? { kind } : {}, { signal }));
  const data = list.data;

  return (
    <>
      <div className="page-heading">
        <h1>{t('agreements.title')}</h1>
        <Link className="button button--primary" to="/registry/agreements/new">
          {t('list.new')}
        </Link>
      </div>
      <Flash />

      <div className="filters">
        <div className="field">
          <label htmlFor="agreements-kind">{t('agreements.filterKind')}</label>
          <select
            id="agreements-kind"
            value={kind ?? ''}
            onChange={(e) => {
              const next = parseKind(e.target.value);
              setParams(next ? { kind: next } : {}, { preventScrollReset: true });
            }}
          >
            <option value="">{t('list.allKinds')}</option>
            {AGREEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(agreementKindKey(k))}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="results" aria-busy={list.loading}>
        <p className="result-count" role="status">
          {list.loading ? t('common.loading') : data && data.length > 0 ? t('agreements.count', { n: formatNumber(data.length, lang) }) : ''}
        </p>
        {list.error !== null ? (
          <ErrorState error={list.error} onRetry={list.reload} />
        ) : !data ? (
          <Loading />
        ) : data.length === 0 ? (
          <p className="empty">{t('agreements.empty')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="agreements-caption" tabIndex={0}>
            <table className="table">
              <caption id="agreements-caption" className="sr-only">
                {t('agreements.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('col.title')}</th>
                  <th scope="col">{t('col.kind')}</th>
                  <th scope="col">{t('col.signed')}</th>
                  <th scope="col" className="num">
                    {t('col.partyCount')}
                  </th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
