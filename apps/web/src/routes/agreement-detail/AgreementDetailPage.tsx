import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError, isNotFound } from '../../api/error-messages';
import { agreementKindsOnce, registryApi } from '../../api/registry';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { KindBadge } from '../../components/KindBadges';
import { ErrorState, Loading } from '../../components/Status';
import { agreementKindKey, formatNumber, formatSigned, prefectureLabel } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useResource } from '../../hooks/useResource';
import { groupByPrefecture } from './group-parties';

export default function AgreementDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const agreement = useResource(id, (signal) => registryApi.getAgreement(id, { signal }));
  const kinds = useResource('kinds', () => agreementKindsOnce());
  const a = agreement.data && agreement.data.id === id ? agreement.data : null;
  useDocumentTitle(a?.title ?? null);

  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const deleteErrorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (deleteError !== null) deleteErrorRef.current?.focus();
  }, [deleteError]);

  const back = (
    <p className="back">
      <Link to="/registry/agreements">{t('agreements.backToList')}</Link>
    </p>
  );

  if (agreement.error !== null && !a) {
    return (
      <>
        {back}
        <ErrorState error={agreement.error} onRetry={isNotFound(agreement.error) ? undefined : agreement.reload} />
      </>
    );
  }
  if (!a) return <Loading />;

  const remove = async () => {
    setDeleting(true);
    try {
      await registryApi.deleteAgreement(a.id);
      navigate('/registry/agreements', { state: { flash: t('delete.done', { name: a.title }) } });
    } catch (e) {
      setDeleteError(e);
      setConfirming(false);
    } finally {
      setDeleting(false);
    }
  };

  const kindInfo = kinds.data?.find((k) => k.kind === a.kind) ?? null;
  const groups = groupByPrefecture(a.parties);

  return (
    <>
      {back}
      <div className="page-heading">
        <div>
          <KindBadge kind={a.kind} />
          <h1>{a.title}</h1>
        </div>
        <div className="actions">
          <Link className="button" to={`/registry/agreements/${a.id}/edit`}>
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
          <p>{describeError(deleteError, lang).message}</p>
        </div>
      )}

      <dl className="facts">
        <div>
          <dt>{t('field.agreementKind')}</dt>
          <dd>{t(agreementKindKey(a.kind))}</dd>
        </div>
        <div>
          <dt>{t('detail.signed')}</dt>
          <dd>{a.signedOn ? <time dateTime={a.signedOn}>{formatSigned(a, lang)}</time> : formatSigned(a, lang)}</dd>
        </div>
        {a.occasion && (
          <div>
            <dt>{t('field.occasion')}</dt>
            <dd>{a.occasion}</dd>
          </div>
        )}
        {a.explanation && (
          <div>
            <dt>{t('field.explanation')}</dt>
            <dd className="pre-line">{a.explanation}</dd>
          </div>
        )}
      </dl>
      {kindInfo?.explanation && (
        <div className="kind-explanation">
          <p className="kind-explanation__title">{t('agreements.kindExplanation', { kind: t(agreementKindKey(a.kind)) })}</p>
          <p className="pre-line">{kindInfo.explanation}</p>
        </div>
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

      <ConfirmDialog
        open={confirming}
        title={t('delete.title', { name: a.title })}
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
