import type { PublicFairListing } from '@bussanten/contracts';
import { englishRange, isoRange, warekiRange } from './format';
import { html } from './html';
import { renderDocument } from './layout';
import { fairPath, type RenderOptions } from './fair-page';
import { TEXTS, type Lang } from './texts';

const indexPath = (lang: Lang) => (lang === 'en' ? '/en/f' : '/f');

/** /f and /en/f: the current and upcoming released fairs, in the order the listing gives. */
export function renderIndexPage(listing: PublicFairListing[], lang: Lang, options: RenderOptions = {}): string {
  const t = TEXTS[lang];
  const items = listing.map((f) => {
    const title = lang === 'ja' ? f.title : (f.titleEn ?? f.title);
    const dates = lang === 'ja' ? warekiRange(f.firstDay, f.lastDay) : englishRange(f.firstDay, f.lastDay);
    return html`<li><h3><a href="${fairPath(f.slug, lang)}"${lang === 'en' && !f.titleEn ? html` lang="ja"` : null}>${title}</a></h3>
<p>${dates} <span class="muted">/ ${isoRange(f.firstDay, f.lastDay)}</span></p>
<p${lang === 'en' ? html` lang="ja"` : null}>${f.venueName} <span class="muted">${f.hostName}</span></p></li>`;
  });
  const body = html`<h1>${t.indexTitle}</h1>
<section aria-labelledby="s-list"><h2 id="s-list">${t.indexLead}</h2>
${items.length ? html`<ul class="cards">${items}</ul>` : html`<p>${t.noFairs}</p>`}
</section>`;
  return renderDocument({
    lang,
    title: t.indexTitle,
    description: t.indexLead,
    path: indexPath(lang),
    otherPath: indexPath(lang === 'ja' ? 'en' : 'ja'),
    baseUrl: options.baseUrl ?? '',
    body,
  });
}

/** A real page for an unknown or unreleased fair, sent with status 404. */
export function renderNotFoundPage(lang: Lang, path: string, options: RenderOptions = {}): string {
  const t = TEXTS[lang];
  return renderDocument({
    lang,
    title: t.notFoundTitle,
    description: t.notFoundBody,
    path,
    otherPath: null,
    baseUrl: options.baseUrl ?? '',
    body: html`<h1>${t.notFoundTitle}</h1><p>${t.notFoundBody}</p><p><a href="${indexPath(lang)}">${t.allFairs}</a></p>`,
  });
}
