import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AgreementKind, AgreementKindInfo, MunicipalityAgreement } from '@bussanten/contracts';
import { describeError, blockingAgreements, isNotFound } from '../../api/error-messages';
import { agreementKindsOnce, registryApi } from '../../api/registry';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { KindBadge } from '../../components/KindBadges';
import { Missing } from '../../components/Missing';
import { ErrorState, Loading } from '../../components/Status';
import { prefectureLabel, formatArea, formatNumber, formatPopulation, formatSigned, municipalityKindKey, agreementKindKey } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useResource } from '../../hooks/useResource';

export default function MunicipalityDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const municipality = useResource(id, (signal) => registryApi.getMunicipality(id, { signal }));
  const kinds = useResource('kinds', () => agreementKindsOnce());
  const m = municipality.data && municipality.data.id === id ? municipality.data : null;
  useDocumentTitle(m?.name ?? null);

  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const deleteErrorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (deleteError !== null) deleteErrorRef.current?.focus();
  }, [deleteError]);

  if (municipality.error !== null && !m) {
    return (
      <>
        <BackLink />
        <ErrorState error={municipality.error} onRetry={isNotFound(municipality.error) ? undefined : municipality.reload} />
      </>
    );
  }
  if (!m) return <Loading />;

  const remove = async () => {
    setDeleting(true);
    try {
      await registryApi.deleteMunicipality(m.id);
      navigate('/registry', { state: { flash: t('delete.done', { name: m.name }) } });
    } catch (e) {
      setDeleteError(e);
      setConfirming(false);
    } finally {
      setDeleting(false);
    }
  };

  const blocking = blockingAgreements(deleteError);
  const kindInfo = new Map<AgreementKind, AgreementKindInfo>((kinds.data ?? []).map((k) => [k.kind, k]));

  return (
    <>
      <BackLink />
      <div className="page-heading">
        <hgroup>
          <h1>{m.name}</h1>
          <p className="reading" lang="ja">
            {m.reading}
          </p>
        </hgroup>
        <div className="actions">
          <Link className="button" to={`/registry/municipalities/${m.id}/edit`}>
            {t('common.edit')}
          </Link>
          <button
            type="button"
            className="button--danger"
            onClick={() => {
              setDeleteError(null);
              setConfirming(true);
            }}
          >
            {t('common.delete')}
          </button>
        </div>
      </div>

      {deleteError !== null && (
        <div className="status status--error" role="alert" tabIndex={-1} ref={deleteErrorRef}>
          {blocking.length > 0 ? (
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
          ) : (
            <p>{describeError(deleteError, lang).message}</p>
          )}
        </div>
      )}

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

      <ConfirmDialog
        open={confirming}
        title={t('delete.title', { name: m.name })}
        confirmLabel={t('delete.confirm')}
        busyLabel={t('common.deleting')}
        busy={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('delete.body')}</p>
      </ConfirmDialog>
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
        <div>
          <dt>{t('detail.signed')}</dt>
          <dd>
            {a.signedOn ? <time dateTime={a.signedOn}>{formatSigned(a, lang)}</time> : formatSigned(a, lang)}
          </dd>
        </div>
        {a.occasion && (
          <div>
            <dt>{t('field.occasion')}</dt>
            <dd>{a.occasion}</dd>
          </div>
        )}
        <div>
          <dt>{t('detail.partyCount')}</dt>
          <dd>{t('format.partyCount', { n: formatNumber(a.partyCount, lang) })}</dd>
        </div>
      </dl>
      {a.explanation && <p className="pre-line">{a.explanation}</p>}
      {kindInfo?.explanation && (
        <div className="kind-explanation">
          <p className="kind-explanation__title">{t('detail.kindExplanation', { kind: t(agreementKindKey(a.kind)) })}</p>
          <p className="pre-line">{kindInfo.explanation}</p>
        </div>
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
