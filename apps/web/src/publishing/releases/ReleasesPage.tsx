import { Link, useParams } from 'react-router';
import { fairsApi, fairTitle } from '../../fairs';
import { publishingApi } from '../api/publishing';
import { ErrorState, Loading } from '../../components/Status';
import '../../styles/applications.css';
import '../../styles/fairs.css';
import { useRecord } from '../../hooks/useRecord';
import { useResource } from '../../hooks/useResource';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { ChangeList } from './ChangeList';
import { CurrentRelease } from './CurrentRelease';
import { PublishForm } from './PublishForm';
import { ReleaseHistory } from './ReleaseHistory';
import { currentRelease, nextVersion } from './release-model';
import './releases.css';

/**
 * /fairs/:id/releases: what the public sees of a fair (the current release, its pages, feeds and QR
 * code), what publishing now would change, publishing a new version, and every release so far.
 */
export default function ReleasesPage() {
  const { id: fairId = '' } = useParams();
  const { t, lang } = useI18n();
  const fair = useRecord(fairId, (id, signal) => fairsApi.getFair(id, { signal }));
  const releases = useResource(fairId, (signal) => publishingApi.releases(fairId, { signal }));
  const preview = useResource(fairId, (signal) => publishingApi.preview(fairId, { signal }));
  const title = fair.record ? fairTitle(fair.record, lang) : null;
  useDocumentTitle(title ? t('releases.docTitle', { fair: title }) : t('releases.heading'));

  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}`}>{title ?? t('releases.backToFair')}</Link>
    </p>
  );
  if (fair.error !== null && !fair.record) {
    return (
      <>
        {back}
        <ErrorState error={fair.error} onRetry={fair.retry} />
      </>
    );
  }
  if (releases.error !== null && !releases.data) {
    return (
      <>
        {back}
        <ErrorState error={releases.error} onRetry={releases.reload} />
      </>
    );
  }
  if (!fair.record || !releases.data) return <Loading />;

  const record = fair.record;
  const list = releases.data;
  const current = currentRelease(list);
  const changes = preview.data;

  return (
    <>
      {back}
      <h1>{t('releases.heading')}</h1>
      <p className="reading-width">{t('releases.intro')}</p>

      <CurrentRelease slug={record.slug} current={current} fairId={record.id} visible={record.visible} />

      <section aria-labelledby="release-preview-heading" aria-busy={preview.loading}>
        <div className="section-heading">
          <h2 id="release-preview-heading">{t('releases.preview.heading')}</h2>
          <button type="button" onClick={preview.reload} disabled={preview.loading}>
            {t('releases.preview.refresh')}
          </button>
        </div>
        {preview.error !== null && !preview.loading ? (
          <ErrorState error={preview.error} onRetry={preview.reload} />
        ) : !changes ? (
          <Loading label={t('releases.preview.loading')} />
        ) : !current ? (
          <>
            <p className="empty">{t('releases.preview.first')}</p>
            {changes.length > 0 && <ChangeList changes={changes} labelledBy="release-preview-heading" />}
          </>
        ) : changes.length === 0 ? (
          <p className="empty">{t('releases.preview.none')}</p>
        ) : (
          <>
            <p>{t('releases.preview.intro', { n: changes.length })}</p>
            <ChangeList changes={changes} labelledBy="release-preview-heading" />
          </>
        )}
      </section>

      <PublishForm
        fair={record}
        version={nextVersion(list)}
        published={current !== null}
        changeCount={changes && !preview.loading ? changes.length : null}
        onPublished={() => {
          releases.reload();
          preview.reload();
          fair.retry?.(); // publishing made the fair visible again if it was stopped
        }}
      />

      <ReleaseHistory releases={list} />
    </>
  );
}
