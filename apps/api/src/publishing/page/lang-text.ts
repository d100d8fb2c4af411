import { html, type HtmlValue } from './html';
import type { Lang } from '@bussanten/messages';

/** Japanese data shown on the English page (no English name given) is marked as Japanese for screen readers. */
export function fallback(en: string | null | undefined, ja: string, lang: Lang): HtmlValue {
  if (lang === 'ja') return ja;
  return en ? en : html`<span lang="ja">${ja}</span>`;
}

/** Text from the release on the English page is Japanese unless it has an English field. */
export const jaText = (text: string, lang: Lang): HtmlValue => (lang === 'ja' ? text : html`<span lang="ja">${text}</span>`);
