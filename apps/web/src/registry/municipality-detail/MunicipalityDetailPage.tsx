import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { AgreementKind, AgreementKindInfo, Municipality } from '@bussanten/contracts';
import { blockingAgreements, isNotFound, municipalityDependents } from '../../api/error-messages';
import { canRetry } from '../../api/query-client';
import { registryApi } from '../api/registry';
import { MunicipalityAgreements, MunicipalityProfile } from '../components/MunicipalityFacts';
import { DeleteConfirmation, RecordHeading, useRecordDeletion } from '../../components/RecordActions';
import { ErrorState, Loading } from '../../components/Status';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { municipalityDeleted, useAgreementKinds, useMunicipality } from '../queries';
import { MunicipalityHistory } from './MunicipalityHistory';

export default function MunicipalityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const municipality = useMunicipality(id);
  const kinds = useAgreementKinds();
  const queryClient = useQueryClient();
  // Gone since it was shown (deleted, here or by another organizer): say so rather than show it.
  const m = isNotFound(municipality.error) ? undefined : municipality.data;
  useDocumentTitle(m?.name ?? null);

  const deletion = useRecordDeletion();

  if (municipality.isError && !m) {
    const { error } = municipality;
    return (
      <>
        <BackLink />
        <ErrorState error={error} onRetry={canRetry(error) ? () => void municipality.refetch() : undefined} />
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

      <MunicipalityHistory municipalityId={m.id} />

      <DeleteConfirmation
        deletion={deletion}
        name={m.name}
        remove={async () => {
          await registryApi.deleteMunicipality(m.id);
          void municipalityDeleted(queryClient, m.id);
        }}
        listPath="/registry"
      />
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
