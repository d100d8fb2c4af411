import { createTranslator, type Lang } from '@bussanten/messages';
import { html } from './html';
import { renderDocument } from './layout';
import type { RenderOptions } from './fair-page';

/**
 * The page of a fair whose organizer stopped its publication (公開停止), sent with status 410: the
 * fair was public and is withdrawn on purpose, so search engines drop it. It names nothing of the fair.
 */
export function renderGonePage(lang: Lang, path: string, options: RenderOptions = {}): string {
  const t = createTranslator(lang);
  return renderDocument({
    lang,
    title: t('page.goneTitle'),
    description: t('page.goneBody'),
    path,
    otherPath: null,
    baseUrl: options.baseUrl ?? '',
    body: html`<h1>${t('page.goneTitle')}</h1><p>${t('page.goneBody')}</p><p><a href="${lang === 'en' ? '/en/f' : '/f'}">${t('page.allFairs')}</a></p>`,
  });
}
