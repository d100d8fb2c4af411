import type { ReleaseSummary } from '@bussanten/contracts';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { ChangeList } from './ChangeList';

/**
 * 公開履歴: every release, newest first, with when (Japan time), who, the note and what changed. The
 * newest release's changes are open; older ones fold away so a long history stays short to scan.
 */
export function ReleaseHistory({ releases }: { releases: readonly ReleaseSummary[] }) {
  const { t, lang } = useI18n();
  const ordered = [...releases].sort((a, b) => b.version - a.version);
  const oldest = ordered.at(-1)?.version;
  return (
    <section aria-labelledby="release-history-heading">
      <h2 id="release-history-heading">{t('releases.history.heading')}</h2>
      {ordered.length === 0 ? (
        <p className="empty">{t('releases.history.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('releases.japanTime')}</p>
          <ol className="release-list">
            {ordered.map((r, i) => {
              const headingId = `release-${r.id}`;
              const changesId = `release-${r.id}-changes`;
              const changes = t('releases.history.changeCount', { n: r.changes.length });
              return (
                <li key={r.id}>
                  <article className="card release" aria-labelledby={headingId}>
                    <h3 id={headingId} className="release__title">
                      {t('releases.version', { version: r.version })}
                      {i === 0 && <span className="badge release__current">{t('releases.history.current')}</span>}
                    </h3>
                    <dl className="facts facts--compact">
                      <div>
                        <dt>{t('releases.history.publishedAt')}</dt>
                        <dd>
                          <time dateTime={r.publishedAt}>{formatDateTime(r.publishedAt, lang)}</time>
                        </dd>
                      </div>
                      <div>
                        <dt>{t('releases.history.author')}</dt>
                        <dd>{r.authorName ?? t('releases.history.authorUnknown')}</dd>
                      </div>
                      {r.note && (
                        <div>
                          <dt>{t('releases.history.note')}</dt>
                          <dd className="pre-line">{r.note}</dd>
                        </div>
                      )}
                    </dl>
                    {r.changes.length === 0 ? (
                      <p className="muted">{r.version === oldest && r.version === 1 ? t('releases.history.first') : t('releases.history.noChanges')}</p>
                    ) : i === 0 ? (
                      <>
                        <h4 id={changesId}>{changes}</h4>
                        <ChangeList changes={r.changes} labelledBy={changesId} />
                      </>
                    ) : (
                      <details>
                        <summary id={changesId}>{changes}</summary>
                        <ChangeList changes={r.changes} labelledBy={changesId} />
                      </details>
                    )}
                  </article>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
