import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isNotFound } from '../../api/error-messages';
import { canRetry } from '../../api/query-client';
import { registryApi } from '../api/registry';
import { KindExplanation, SignedFacts } from '../components/AgreementFacts';
import { KindBadge } from '../components/KindBadges';
import { DeleteConfirmation, RecordHeading, useRecordDeletion } from '../../components/RecordActions';
import { ErrorState, Loading } from '../../components/Status';
import { agreementKindKey, formatNumber, prefectureLabel } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { agreementDeleted, useAgreement, useAgreementKinds } from '../queries';
import { groupByPrefecture } from './group-parties';

export default function AgreementDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const agreement = useAgreement(id);
  const kinds = useAgreementKinds();
  const queryClient = useQueryClient();
  // Gone since it was shown (deleted, here or by another organizer): say so rather than show it.
  const a = isNotFound(agreement.error) ? undefined : agreement.data;
  useDocumentTitle(a?.title ?? null);

  const deletion = useRecordDeletion();

  const back = (
    <p className="back">
      <Link to="/registry/agreements">{t('agreements.backToList')}</Link>
    </p>
  );

  if (agreement.isError && !a) {
    const { error } = agreement;
    return (
      <>
        {back}
        <ErrorState error={error} onRetry={canRetry(error) ? () => void agreement.refetch() : undefined} />
      </>
    );
  }
  if (!a) return <Loading />;

  const kindInfo = kinds.data?.find((k) => k.kind === a.kind) ?? null;
  const groups = groupByPrefecture(a.parties);

  return (
    <>
      {back}
      <RecordHeading deletion={deletion} editTo={`/registry/agreements/${a.id}/edit`}>
        <div>
          <KindBadge kind={a.kind} />
          <h1>{a.title}</h1>
        </div>
      </RecordHeading>

      <dl className="facts">
        <div>
          <dt>{t('field.agreementKind')}</dt>
          <dd>{t(agreementKindKey(a.kind))}</dd>
        </div>
        <SignedFacts agreement={a} />
        {a.explanation && (
          <div>
            <dt>{t('field.explanation')}</dt>
            <dd className="pre-line">{a.explanation}</dd>
          </div>
        )}
      </dl>
      {kindInfo?.explanation && (
        <KindExplanation title={t('agreements.kindExplanation', { kind: t(agreementKindKey(a.kind)) })} explanation={kindInfo.explanation} />
      )}

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t('agreements.partiesCount', { n: formatNumber(a.parties.length, lang) })}</h2>
        {groups.map((g) => (
          <section key={g.prefectureCode} aria-labelledby={`prefecture-${g.prefectureCode}`} className="prefecture-group">
            <h3 id={`prefecture-${g.prefectureCode}`}>{prefectureLabel(g.prefectureCode, g.prefecture, lang)}</h3>
            <ul className="cards">
              {g.parties.map((p) => (
                <li key={p.municipalityId} className="card">
                  <h4>
                    <Link to={`/registry/municipalities/${p.municipalityId}`}>{p.name}</Link>
                  </h4>
                  {p.activities.length === 0 ? (
                    <p className="muted">{t('detail.noActivities')}</p>
                  ) : (
                    <>
                      <p className="sr-only">{t('detail.activities')}</p>
                      <ul className="activities">
                        {p.activities.map((activity, i) => (
                          <li key={i}>{activity}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <DeleteConfirmation
        deletion={deletion}
        name={a.title}
        remove={async () => {
          await registryApi.deleteAgreement(a.id);
          void agreementDeleted(queryClient, a);
        }}
        listPath="/registry/agreements"
      />
    </>
  );
}
