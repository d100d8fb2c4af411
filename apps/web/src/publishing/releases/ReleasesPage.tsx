import { Link, useParams } from 'react-router';
import { canRetry } from '../../api/query-client';
import { fairTitle, useFair } from '../../fairs';
import { ErrorState, Loading } from '../../components/Status';
import '../../styles/applications.css';
import '../../styles/fairs.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useReleasePreview, useReleases } from '../queries';
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
  const fair = useFair(fairId);
  const releases = useReleases(fairId);
  const preview = useReleasePreview(fairId);
  const record = fair.data;
  const title = record ? fairTitle(record, lang) : null;
  useDocumentTitle(title ? t('releases.docTitle', { fair: title }) : t('releases.heading'));

  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}`}>{title ?? t('releases.backToFair')}</Link>
    </p>
  );
  if (fair.isError && !record) {
    return (
      <>
        {back}
        <ErrorState error={fair.error} onRetry={canRetry(fair.error) ? () => void fair.refetch() : undefined} />
      </>
    );
  }
  if (releases.isError && !releases.data) {
    return (
      <>
        {back}
        <ErrorState error={releases.error} onRetry={canRetry(releases.error) ? () => void releases.refetch() : undefined} />
      </>
    );
  }
  if (!record || !releases.data) return <Loading />;

  const list = releases.data;
  const current = currentRelease(list);
  const changes = preview.data;

  return (
    <>
      {back}
      <h1>{t('releases.heading')}</h1>
      <p className="reading-width">{t('releases.intro')}</p>

      <CurrentRelease slug={record.slug} current={current} fairId={record.id} visible={record.visible} />

      <section aria-labelledby="release-preview-heading" aria-busy={preview.isFetching}>
        <div className="section-heading">
          <h2 id="release-preview-heading">{t('releases.preview.heading')}</h2>
          <button type="button" onClick={() => void preview.refetch()} disabled={preview.isFetching}>
            {t('releases.preview.refresh')}
          </button>
        </div>
        {preview.isError && !preview.isFetching ? (
          <ErrorState error={preview.error} onRetry={canRetry(preview.error) ? () => void preview.refetch() : undefined} />
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
        changeCount={changes && !preview.isFetching ? changes.length : null}
      />

      <ReleaseHistory releases={list} />
    </>
  );
}
