import { useState } from 'react';
import { Link } from 'react-router';
import type { ReleaseSummary } from '@bussanten/contracts';
import { publicLinks } from '../api/publishing';
import { publicPath } from '../../fairs';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

/** A link that opens in a new tab, and says so (WCAG: no surprise context changes). */
function NewTabLink({ href, children }: { href: string; children: string }) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="muted new-tab">{t('releases.newTab')}</span>
    </a>
  );
}

/**
 * The version the public sees now, where they see it (the pages in both languages, the calendar and
 * data feeds, the QR code for posters), or that nothing is public yet; and the way to the webhooks.
 */
export function CurrentRelease({ slug, current, fairId, visible }: { slug: string; current: ReleaseSummary | null; fairId: string; visible: boolean }) {
  const { t, lang } = useI18n();
  const links = publicLinks(slug);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  // The picture is a courtesy: if it cannot load, the download links still say what there is.
  const [qrFailed, setQrFailed] = useState<string | null>(null);
  return (
    <section aria-labelledby="release-current-heading" className="release-current">
      <h2 id="release-current-heading">{t('releases.current.heading')}</h2>
      {!current ? (
        <p className="empty">{t('releases.current.never')}</p>
      ) : (
        <>
          {!visible && (
            <p className="notice" role="note">
              {t('visibility.stoppedNotice')} <Link to={`/fairs/${fairId}`}>{t('visibility.stoppedNoticeLink')}</Link>
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>{t('releases.current.version')}</dt>
              <dd>
                <strong>{t('releases.version', { version: current.version })}</strong>
              </dd>
            </div>
            <div>
              <dt>{t('releases.current.publishedAt')}</dt>
              <dd>
                <time dateTime={current.publishedAt}>{formatDateTime(current.publishedAt, lang)}</time>
                <span className="block muted">{t('releases.japanTime')}</span>
              </dd>
            </div>
            <div>
              <dt>{t('releases.current.author')}</dt>
              <dd>{current.authorName ?? t('releases.history.authorUnknown')}</dd>
            </div>
            <div>
              <dt>{t('releases.current.pages')}</dt>
              <dd>
                <ul className="plain-list">
                  <li>
                    <NewTabLink href={links.pageJa}>{t('releases.page.ja')}</NewTabLink> <code>{links.pageJa}</code>
                  </li>
                  <li>
                    <NewTabLink href={links.pageEn}>{t('releases.page.en')}</NewTabLink> <code>{links.pageEn}</code>
                  </li>
                </ul>
              </dd>
            </div>
          </dl>

          <h3 id="release-feeds-heading">{t('releases.feeds.heading')}</h3>
          <p className="muted">{t('releases.feeds.intro')}</p>
          <ul className="plain-list feed-list" aria-labelledby="release-feeds-heading">
            <li>
              <a href={links.ical}>{t('releases.feeds.ical')}</a> <code className="feed-url">{`${origin}${links.ical}`}</code>
              <span className="block hint">{t('releases.feeds.icalHint')}</span>
            </li>
            <li>
              <NewTabLink href={links.json}>{t('releases.feeds.json')}</NewTabLink> <code className="feed-url">{`${origin}${links.json}`}</code>
            </li>
            <li>
              <a href={links.csv} download>
                {t('releases.feeds.csv')}
              </a>{' '}
              <code className="feed-url">{`${origin}${links.csv}`}</code>
            </li>
          </ul>

          <h3>{t('releases.qr.heading')}</h3>
          <div className="qr">
            {visible && qrFailed !== links.qrSvg && (
              <img src={links.qrSvg} alt={t('releases.qr.alt', { path: publicPath(slug) })} width={128} height={128} onError={() => setQrFailed(links.qrSvg)} />
            )}
            <div>
              <p className="hint">{t('releases.qr.hint', { path: publicPath(slug) })}</p>
              <ul className="link-list">
                <li>
                  <a className="button" href={links.qrSvg} download={`${slug}-qr.svg`}>
                    {t('releases.qr.svg')}
                  </a>
                </li>
                <li>
                  <a className="button" href={links.qrPng} download={`${slug}-qr.png`}>
                    {t('releases.qr.png')}
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </>
      )}
      <p className="webhooks-pointer">
        {t('releases.webhooks.hint')} <Link to="/webhooks">{t('releases.webhooks.link')}</Link>
      </p>
    </section>
  );
}
