import type { PublicAppearance, PublicFair } from '@bussanten/contracts';
import { openStateAt, prefectureByName, tokyoDateTime, type OpenState } from '@bussanten/domain';
import { createTranslator, type Lang, type Translate } from '@bussanten/messages';
import { dateRange, fullDate, shortDate } from './format';
import { html, trusted, type SafeHtml } from './html';
import { fallback, jaText } from './lang-text';

/** The widget's addresses: /embed/f/:slug and /en/embed/f/:slug; the full page it links to is /f/:slug or /en/f/:slug. */
export const embedPath = (slug: string, lang: Lang) => `${lang === 'en' ? '/en' : ''}/embed/f/${encodeURIComponent(slug)}`;
const fullPagePath = (slug: string, lang: Lang) => `${lang === 'en' ? '/en' : ''}/f/${encodeURIComponent(slug)}`;

/** How many guest visits the widget names: the next few, the full page has them all. */
const NEXT_VISITS = 3;

/**
 * All the widget takes from the clock, in Japan time: today (a day of the fair or null), the open
 * state and the next visits. `key` names it, so rendered widgets are cached until it changes.
 */
export interface EmbedView {
  today: string | null;
  state: OpenState;
  next: PublicAppearance[];
  key: string;
}

export function embedViewOf(fair: PublicFair, now: Date): EmbedView {
  const { date, time } = tokyoDateTime(now);
  const today = fair.days.some((d) => d.date === date) ? date : null;
  const state = openStateAt(fair.days, now);
  const next = fair.appearances
    .filter((a) => a.status !== 'cancelled' && (a.date > date || (a.date === date && a.end > time)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.guest.name.localeCompare(b.guest.name))
    .slice(0, NEXT_VISITS);
  const stateKey = state.open ? `open@${state.closes}` : state.next ? `next@${state.next.date}` : 'ended';
  return { today, state, next, key: `${stateKey}|${today ?? '-'}|${next.map((a) => a.id).join(',')}` };
}

/**
 * The widget's only stylesheet, inline (its CSP allows inline styles and nothing from elsewhere):
 * small type for a box a few hundred pixels wide, the public pages' colours and contrast.
 */
const EMBED_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;color:#1b1b1b;background:#fff}
main{padding:.75rem}
a{color:#0a4a94}
a:focus-visible{outline:3px solid #1a5fd0;outline-offset:2px}
h1{font-size:1.15rem;line-height:1.3;margin:0 0 .25rem}
h2{font-size:1rem;margin:.75rem 0 .25rem;border-bottom:2px solid #8a1c1c}
p{margin:.25rem 0}
.muted{color:#4d4d4d}
.now{font-weight:bold;padding:.25rem .5rem;background:#f5f2ea;border-left:4px solid #8a1c1c}
ul{margin:0;padding-left:1.1rem}
ul.names{display:flex;flex-wrap:wrap;gap:0 1rem;list-style:none;padding:0}
.full{margin-top:.75rem}
`;

function openLine(state: OpenState, today: string | null, t: Translate, lang: Lang): string {
  if (state.open) return t('page.openNow', { closes: state.closes });
  if (!state.next) return t('page.ended');
  if (state.next.date === today) return t('page.opensToday', { opens: state.next.opens as string });
  return t('page.nextOpen', { when: fullDate(state.next.date, lang), opens: state.next.opens as string });
}

function todayLine(fair: PublicFair, today: string | null, t: Translate): string | null {
  const day = today ? fair.days.find((d) => d.date === today) : null;
  if (!day) return null;
  return day.opens && day.closes ? t('embed.todayHours', { opens: day.opens, closes: day.closes }) : t('embed.todayClosed');
}

function visitLine(a: PublicAppearance, lang: Lang): SafeHtml {
  const time = a.approximate ? `${a.start}–` : `${a.start}–${a.end}`;
  return html`<li>${shortDate(a.date, lang)} ${time} ${fallback(a.guest.nameEn, a.guest.name, lang)} <span class="muted">${fallback(
    a.locationLabelEn,
    a.locationLabel,
    lang,
  )}</span></li>`;
}

/**
 * The fair's widget for other sites' <iframe>s, a complete HTML document made only from the release
 * snapshot: title, dates, today's hours and the open-now line, the exhibiting municipalities, the
 * next guest visits and a link to the full page (in a new tab: inside a frame it would open small).
 * No script, nothing loaded from elsewhere; not for search engines (the full page is the canonical one).
 */
export function renderEmbedPage(fair: PublicFair, lang: Lang, now: Date, baseUrl = ''): string {
  const t = createTranslator(lang);
  const view = embedViewOf(fair, now);
  const title = lang === 'ja' ? fair.fair.title : (fair.fair.titleEn ?? fair.fair.title);
  const dates = fair.days.map((d) => d.date).sort();
  const full = `${baseUrl}${fullPagePath(fair.fair.slug, lang)}`;
  const today = todayLine(fair, view.today, t);
  const prefecture = (name: string) => (lang === 'ja' ? name : (prefectureByName(name)?.nameEn ?? name));
  const doc = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="canonical" href="${full}">
<style>${trusted(EMBED_CSS)}</style>
</head>
<body>
<main>
<h1>${lang === 'ja' ? title : fallback(fair.fair.titleEn, fair.fair.title, lang)}</h1>
<p>${dates.length ? dateRange(dates[0], dates[dates.length - 1], lang) : null} <span class="muted">${jaText(fair.venue.name, lang)}</span></p>
${today ? html`<p>${today}</p>` : null}
<p class="now">${openLine(view.state, view.today, t, lang)}</p>
<h2>${t('embed.exhibitors', { n: fair.exhibitors.length })}</h2>
<ul class="names">${fair.exhibitors.map((e) => html`<li>${fallback(e.nameEn, e.name, lang)} <span class="muted">${prefecture(e.prefecture)}</span></li>`)}</ul>
${view.next.length ? html`<h2>${t('embed.nextVisits')}</h2><ul>${view.next.map((a) => visitLine(a, lang))}</ul>` : null}
<p class="full"><a href="${full}" target="_blank" rel="noopener">${t('embed.openFull')}</a></p>
</main>
</body>
</html>
`;
  return doc.value;
}
