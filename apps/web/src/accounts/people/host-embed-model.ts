import type { ApiErrorDetail, HostEmbedOrigins } from '@bussanten/contracts';
import { checkEmbedOrigins } from '@bussanten/domain';

/** The sites as typed, one per row; a blank row is no site. */
export interface HostEmbedValues {
  origins: string[];
}

export const hostEmbedValues = (saved: HostEmbedOrigins): HostEmbedValues => ({ origins: [...saved.origins] });

const filled = (v: HostEmbedValues) => v.origins.filter((o) => o.trim() !== '');

/**
 * The API's rules (checkEmbedOrigins), each problem on its row: the rows are sent without the blank
 * ones, so a problem at the n-th sent origin is put back on the row it came from.
 */
export function validateHostEmbed(v: HostEmbedValues): ApiErrorDetail[] {
  return onRows(v, checkEmbedOrigins(filled(v)).details);
}

/** Details named by the sent origins' places ('origins.1'), renamed by their rows. */
export function onRows(v: HostEmbedValues, details: readonly ApiErrorDetail[]): ApiErrorDetail[] {
  const rows = v.origins.flatMap((o, row) => (o.trim() === '' ? [] : [row]));
  return details.map((d) => {
    const sent = /^origins\.(\d+)$/.exec(d.field);
    const row = sent ? rows[Number(sent[1])] : undefined;
    return row === undefined ? d : { ...d, field: `origins.${row}`, message: d.message.replace(d.field, `origins.${row}`) };
  });
}

export const toHostEmbedOrigins = (v: HostEmbedValues): HostEmbedOrigins => ({ origins: filled(v).map((o) => o.trim()) });

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> a site pastes to show a fair's widget: its address on this site, a title for screen readers, a size that suits it. */
export function embedSnippet(siteOrigin: string, slug: string, lang: 'ja' | 'en', title: string): string {
  const src = `${siteOrigin}${lang === 'en' ? '/en' : ''}/embed/f/${encodeURIComponent(slug)}`;
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}
