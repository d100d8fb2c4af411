import { Link, useParams } from 'react-router';
import type { AgreementKind, AgreementKindInfo, MunicipalityAgreement } from '@bussanten/contracts';
import { blockingAgreements } from '../../api/error-messages';
import { agreementKindsOnce, registryApi } from '../../api/registry';
import { KindExplanation, SignedFacts } from '../../components/AgreementFacts';
import { KindBadge } from '../../components/KindBadges';
import { Missing } from '../../components/Missing';
import { DeleteConfirmation, RecordHeading, useRecordDeletion } from '../../components/RecordActions';
import { ErrorState, Loading } from '../../components/Status';
import { prefectureLabel, formatArea, formatNumber, formatPopulation, municipalityKindKey, agreementKindKey } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useRecord } from '../../hooks/useRecord';
import { useResource } from '../../hooks/useResource';

export default function MunicipalityDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
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

  // Agreements still naming the municipality keep it from being deleted: list them, linked, so they can be fixed.
  const explainDeleteError = (error: unknown) => {
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

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('detail.profile')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('field.reading')}</dt>
            <dd lang="ja">{m.reading}</dd>
          </div>
          <div>
            <dt>{t('field.nameEn')}</dt>
            <dd lang="en">{m.nameEn ?? <Missing />}</dd>
          </div>
          <div>
            <dt>{t('field.prefectureCode')}</dt>
            <dd>{prefectureLabel(m.prefectureCode, m.prefecture, lang)}</dd>
          </div>
          <div>
            <dt>{t('field.kind')}</dt>
            <dd>{t(municipalityKindKey(m.kind))}</dd>
          </div>
          <div>
            <dt>{t('field.localGovernmentCode')}</dt>
            <dd>{m.localGovernmentCode ?? <Missing />}</dd>
          </div>
          <div>
            <dt>{t('field.population')}</dt>
            <dd>{m.population !== null ? formatPopulation(m.population, lang) : <Missing />}</dd>
          </div>
          <div>
            <dt>{t('col.area')}</dt>
            <dd>{m.areaKm2 !== null ? formatArea(m.areaKm2, lang) : <Missing />}</dd>
          </div>
          <div>
            <dt>{t('field.website')}</dt>
            <dd>
              {m.website ? (
                <a href={m.website} rel="noopener noreferrer" target="_blank">
                  {m.website}
                </a>
              ) : (
                <Missing />
              )}
            </dd>
          </div>
          <div>
            <dt>{t('field.notes')}</dt>
            <dd className="pre-line">{m.notes ?? <Missing />}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">{t('detail.agreements')}</h2>
        {m.agreements.length === 0 ? (
          <p>{t('detail.noAgreements')}</p>
        ) : (
          <ul className="cards">
            {m.agreements.map((a) => (
              <li key={a.id}>
                <AgreementCard agreement={a} kindInfo={kindInfo.get(a.kind) ?? null} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <DeleteConfirmation deletion={deletion} name={m.name} remove={() => registryApi.deleteMunicipality(m.id)} listPath="/registry" />
    </>
  );
}

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back">
      <Link to="/registry">{t('detail.backToList')}</Link>
    </p>
  );
}

function AgreementCard({ agreement: a, kindInfo }: { agreement: MunicipalityAgreement; kindInfo: AgreementKindInfo | null }) {
  const { t, lang } = useI18n();
  const headingId = `agreement-${a.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <KindBadge kind={a.kind} />
      {/* Not a heading: the page has exactly one heading naming the municipality, and titles often contain it. */}
      <p id={headingId} className="card__title">
        <Link to={`/registry/agreements/${a.id}`}>{a.title}</Link>
      </p>
      <dl className="facts facts--compact">
        <SignedFacts agreement={a} />
        <div>
          <dt>{t('detail.partyCount')}</dt>
          <dd>{t('format.partyCount', { n: formatNumber(a.partyCount, lang) })}</dd>
        </div>
      </dl>
      {a.explanation && <p className="pre-line">{a.explanation}</p>}
      {kindInfo?.explanation && (
        <KindExplanation title={t('detail.kindExplanation', { kind: t(agreementKindKey(a.kind)) })} explanation={kindInfo.explanation} />
      )}
      <p className="card__subtitle">{t('detail.activities')}</p>
      {a.activities.length === 0 ? (
        <p className="muted">{t('detail.noActivities')}</p>
      ) : (
        <ul className="activities">
          {a.activities.map((activity, i) => (
            <li key={i}>{activity}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
