import { Link, useParams } from 'react-router';
import type { AgreementKind, AgreementKindInfo, Municipality } from '@bussanten/contracts';
import { blockingAgreements, municipalityDependents } from '../../api/error-messages';
import { agreementKindsOnce, registryApi } from '../api/registry';
import { MunicipalityAgreements, MunicipalityProfile } from '../components/MunicipalityFacts';
import { DeleteConfirmation, RecordHeading, useRecordDeletion } from '../../components/RecordActions';
import { ErrorState, Loading } from '../../components/Status';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useRecord } from '../../hooks/useRecord';
import { useResource } from '../../hooks/useResource';
import { MunicipalityHistory } from './MunicipalityHistory';

export default function MunicipalityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { record: m, error, retry } = useRecord(id, (id, signal) => registryApi.getMunicipality(id, { signal }));
  const kinds = useResource('kinds', () => agreementKindsOnce());
  useDocumentTitle(m?.name ?? null);

  const deletion = useRecordDeletion();

  if (error !== null && !m) {
    return (
      <>
        <BackLink />
        <ErrorState error={error} onRetry={retry} />
      </>
    );
  }
  if (!m) return <Loading />;

  // Agreements still naming the municipality keep it from being deleted: list them, linked, so they
  // can be fixed. Applications, accounts and guests that refer to it are counted.
  const explainDeleteError = (error: unknown) => {
    const dependents = municipalityDependents(error);
    if (dependents.length > 0) {
      return (
        <>
          <p>{t('error.municipalityDependents', { name: m.name })}</p>
          <ul>
            {dependents.map((d) => (
              <li key={d.rule}>{t(`dependents.${d.rule}`, { count: d.count })}</li>
            ))}
          </ul>
        </>
      );
    }
    const blocking = blockingAgreements(error);
    if (blocking.length === 0) return null;
    return (
      <>
        <p>{t('error.blockingAgreements', { name: m.name })}</p>
        <ul>
          {blocking.map((a) => (
            <li key={a.id}>
              <Link to={`/registry/agreements/${a.id}`}>{a.title}</Link>
            </li>
          ))}
        </ul>
      </>
    );
  };
  const kindInfo = new Map<AgreementKind, AgreementKindInfo>((kinds.data ?? []).map((k) => [k.kind, k]));

  return (
    <>
      <BackLink />
      <RecordHeading deletion={deletion} editTo={`/registry/municipalities/${m.id}/edit`} explainDeleteError={explainDeleteError}>
        <hgroup>
          <h1>{m.name}</h1>
          <p className="reading" lang="ja">
            {m.reading}
          </p>
        </hgroup>
      </RecordHeading>

      {m.listed && <p className="hint">{t('registry.listedBadge')}</p>}
      <MunicipalityProfile municipality={m} />
      <AsOf municipality={m} />
      <MunicipalityAgreements municipality={m} kindInfo={kindInfo} agreementPath={(a) => `/registry/agreements/${a.id}`} />

      <MunicipalityHistory municipalityId={m.id} onReverted={() => retry?.()} />

      <DeleteConfirmation deletion={deletion} name={m.name} remove={() => registryApi.deleteMunicipality(m.id)} listPath="/registry" />
    </>
  );
}

/** Where the population and area figures come from, and the day they describe, when a host said so. */
function AsOf({ municipality: m }: { municipality: Municipality }) {
  const { t } = useI18n();
  const line = (figure: 'population' | 'area', asOf: string | null, source: string | null) =>
    asOf || source ? <li>{t(`registry.asOf.${figure}`, { asOf: asOf ?? '—', source: source ?? '—' })}</li> : null;
  const lines = [line('population', m.populationAsOf, m.populationSource), line('area', m.areaAsOf, m.areaSource)].filter(Boolean);
  return lines.length ? <ul className="hint">{lines}</ul> : null;
}

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back">
      <Link to="/registry">{t('detail.backToList')}</Link>
    </p>
  );
}
