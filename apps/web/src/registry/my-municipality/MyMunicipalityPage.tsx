import type { AgreementKind, AgreementKindInfo } from '@bussanten/contracts';
import { canRetry } from '../../api/query-client';
import { MunicipalityAgreements, MunicipalityProfile } from '../components/MunicipalityFacts';
import { ErrorState, Loading } from '../../components/Status';
import { useAgreementKinds, useMyMunicipality } from '../queries';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';

/**
 * A representative's home: their own municipality as the registry records it, with the agreements it
 * is a party to. Read-only: the organizers keep the registry.
 */
export default function MyMunicipalityPage() {
  const { t } = useI18n();
  const municipality = useMyMunicipality();
  const kinds = useAgreementKinds();
  const m = municipality.data;
  useDocumentTitle(t('my.title'));

  if (municipality.isError && !m) {
    return <ErrorState error={municipality.error} onRetry={canRetry(municipality.error) ? () => void municipality.refetch() : undefined} />;
  }
  if (!m) return <Loading />;
  const kindInfo = new Map<AgreementKind, AgreementKindInfo>((kinds.data ?? []).map((k) => [k.kind, k]));

  return (
    <>
      <hgroup className="page-heading">
        <p className="eyebrow">{t('my.title')}</p>
        <h1>{m.name}</h1>
        <p className="reading" lang="ja">
          {m.reading}
        </p>
      </hgroup>
      <p className="hint">{t('my.readOnly')}</p>
      <MunicipalityProfile municipality={m} />
      <MunicipalityAgreements municipality={m} kindInfo={kindInfo} />
    </>
  );
}
