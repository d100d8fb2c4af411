import { createTranslator, type Lang } from '@bussanten/messages';
import { html, trusted, type HtmlValue, type SafeHtml } from './html';
import { PAGE_CSS } from './styles';

export interface DocumentParts {
  lang: Lang;
  title: string;
  description: string;
  /** The page's path ('/f/koryu-toshi-2023'); with baseUrl it makes og:url and the canonical link. */
  path: string;
  baseUrl: string;
  /** The same page in the other language, for the switch link and hreflang. */
  otherPath: string | null;
  body: HtmlValue;
  footer?: HtmlValue;
  /** The page's own script ('/f/_/find.<hash>.js'), loaded deferred; none by default. */
  scriptSrc?: string | null;
}

const LOCALES: Record<Lang, string> = { ja: 'ja_JP', en: 'en_US' };

/**
 * A whole document: lang attribute, skip link, banner with the language switch, main, footer.
 * Nothing loaded from elsewhere; no inline script, and at most one script of the app's own (the
 * fair page's), deferred so it never holds up the first paint.
 */
export function renderDocument(p: DocumentParts): string {
  const t = createTranslator(p.lang);
  const other: Lang = p.lang === 'ja' ? 'en' : 'ja';
  const url = `${p.baseUrl}${p.path}`;
  const doc: SafeHtml = html`<!DOCTYPE html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
<meta name="description" content="${p.description}">
<meta property="og:title" content="${p.title}">
<meta property="og:description" content="${p.description}">
<meta property="og:type" content="website">
<meta property="og:url" content="${url}">
<meta property="og:locale" content="${LOCALES[p.lang]}">
<meta property="og:site_name" content="${t('page.siteName')}">
<link rel="canonical" href="${url}">
${p.otherPath ? html`<link rel="alternate" hreflang="${other}" href="${p.baseUrl}${p.otherPath}">` : null}
<style>${trusted(PAGE_CSS)}</style>
${p.scriptSrc ? html`<script src="${p.scriptSrc}" defer></script>` : null}
</head>
<body>
<a class="skip" href="#main">${t('page.skip')}</a>
<header>
<nav aria-label="${t('page.navLabel')}"><ul>
<li><a href="${p.lang === 'ja' ? '/f' : '/en/f'}">${t('page.allFairs')}</a></li>
${p.otherPath ? html`<li><a href="${p.otherPath}" lang="${other}" hreflang="${other}">${t('page.otherLanguage')}</a></li>` : null}
</ul></nav>
</header>
<main id="main" tabindex="-1">
${p.body}
</main>
${p.footer ? html`<footer>${p.footer}</footer>` : null}
</body>
</html>
`;
  return doc.value;
}
