import type { AgreementKind, AgreementKindInfo } from '@bussanten/contracts';
import { agreementKindsOnce, meApi } from '../api/registry';
import { MunicipalityAgreements, MunicipalityProfile } from '../components/MunicipalityFacts';
import { ErrorState, Loading } from '../../components/Status';
import { useResource } from '../../hooks/useResource';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';

/**
 * A representative's home: their own municipality as the registry records it, with the agreements it
 * is a party to. Read-only: the organizers keep the registry.
 */
export default function MyMunicipalityPage() {
  const { t } = useI18n();
  const municipality = useResource('me', (signal) => meApi.municipality({ signal }));
  const kinds = useResource('kinds', () => agreementKindsOnce());
  const m = municipality.data;
  useDocumentTitle(t('my.title'));

  if (municipality.error !== null && !m) return <ErrorState error={municipality.error} onRetry={municipality.reload} />;
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
