import type { PublicFairListing } from '@bussanten/contracts';
import { fairsByPhase } from '@bussanten/domain';
import { createTranslator, type Lang } from '@bussanten/messages';
import { dateRange, isoRange } from './format';
import { html, type SafeHtml } from './html';
import { renderDocument } from './layout';
import { fairPath, type RenderOptions } from './fair-page';

const indexPath = (lang: Lang) => (lang === 'en' ? '/en/f' : '/f');

/**
 * /f and /en/f: the visible fairs, current and upcoming ones (soonest first) apart from ended ones
 * (newest first), split at `now` in Japan time (fairsByPhase).
 */
export function renderIndexPage(listing: readonly PublicFairListing[], lang: Lang, now: Date, options: RenderOptions = {}): string {
  const t = createTranslator(lang);
  const { current, ended } = fairsByPhase(listing, now);
  const body = html`<h1>${t('page.indexTitle')}</h1>
<section aria-labelledby="s-current"><h2 id="s-current">${t('page.indexLead')}</h2>
${current.length ? cards(current, lang) : html`<p>${t('page.noFairs')}</p>`}
</section>${
    ended.length
      ? html`
<section aria-labelledby="s-ended"><h2 id="s-ended">${t('page.indexEnded')}</h2>
${cards(ended, lang)}
</section>`
      : null
  }`;
  return renderDocument({
    lang,
    title: t('page.indexTitle'),
    description: t('page.indexLead'),
    path: indexPath(lang),
    otherPath: indexPath(lang === 'ja' ? 'en' : 'ja'),
    baseUrl: options.baseUrl ?? '',
    body,
  });
}

function cards(fairs: PublicFairListing[], lang: Lang): SafeHtml {
  const ja = (missing: boolean) => (lang === 'en' && missing ? html` lang="ja"` : null);
  const items = fairs.map((f) => {
    const title = lang === 'ja' ? f.title : (f.titleEn ?? f.title);
    const host = lang === 'ja' ? f.hostName : (f.hostNameEn ?? f.hostName);
    const dates = dateRange(f.firstDay, f.lastDay, lang);
    return html`<li><h3><a href="${fairPath(f.slug, lang)}"${ja(!f.titleEn)}>${title}</a></h3>
<p>${dates} <span class="muted">/ ${isoRange(f.firstDay, f.lastDay)}</span></p>
<p><span${ja(true)}>${f.venueName}</span> <span class="muted"${ja(!f.hostNameEn)}>${host}</span></p></li>`;
  });
  return html`<ul class="cards">${items}</ul>`;
}

/** A real page for an unknown or unreleased fair, sent with status 404. */
export function renderNotFoundPage(lang: Lang, path: string, options: RenderOptions = {}): string {
  const t = createTranslator(lang);
  return renderDocument({
    lang,
    title: t('page.notFoundTitle'),
    description: t('page.notFoundBody'),
    path,
    otherPath: null,
    baseUrl: options.baseUrl ?? '',
    body: html`<h1>${t('page.notFoundTitle')}</h1><p>${t('page.notFoundBody')}</p><p><a href="${indexPath(lang)}">${t('page.allFairs')}</a></p>`,
  });
}
