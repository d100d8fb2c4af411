import { html } from './html';
import { renderDocument } from './layout';
import type { RenderOptions } from './fair-page';
import { TEXTS, type Lang } from './texts';

/**
 * The page of a fair whose organizer stopped its publication (公開停止), sent with status 410: the
 * fair was public and is withdrawn on purpose, so search engines drop it. It names nothing of the fair.
 */
export function renderGonePage(lang: Lang, path: string, options: RenderOptions = {}): string {
  const t = TEXTS[lang];
  return renderDocument({
    lang,
    title: t.goneTitle,
    description: t.goneBody,
    path,
    otherPath: null,
    baseUrl: options.baseUrl ?? '',
    body: html`<h1>${t.goneTitle}</h1><p>${t.goneBody}</p><p><a href="${lang === 'en' ? '/en/f' : '/f'}">${t.allFairs}</a></p>`,
  });
}
