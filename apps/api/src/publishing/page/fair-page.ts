import {
  PRODUCT_CATEGORIES,
  type PublicAppearance,
  type PublicDay,
  type PublicExhibitor,
  type PublicFair,
  type PublicNotice,
  type ReleaseChange,
} from '@bussanten/contracts';
import { areaGroups, findText, openDays, prefectureByName } from '@bussanten/domain';
import { createTranslator, type Lang, type MessageKey, type Translate } from '@bussanten/messages';
import { renderBoothMap } from './booth-map';
import { dateRange, dayOfMonth, fullDate, isoRange, priceRange, shortDate, tokyoStamp, warekiRange } from './format';
import { html, safeUrl, trusted, type HtmlValue, type SafeHtml } from './html';
import { fallback, jaText } from './lang-text';
import { renderDocument } from './layout';
import { orderedVisits, timeViewOf, type TimeView } from './time-view';

export interface RenderOptions {
  /** Scheme and host the page is served at ('https://bussan.example'), for og:url; no trailing slash. */
  baseUrl?: string;
  /**
   * The path of the page's own script (search as you type, filters, map zoom), served by the app;
   * without it the page has no script and no controls that need one. Either way it lists everything.
   */
  scriptSrc?: string | null;
}

/** The public paths of a fair; the feeds live under /api/public (the lead's JSON, iCal and CSV routes). */
export const fairPath = (slug: string, lang: Lang) => `${lang === 'en' ? '/en' : ''}/f/${encodeURIComponent(slug)}`;
const feedPath = (slug: string) => `/api/public/fairs/${encodeURIComponent(slug)}`;

const changedBadge = (t: Translate) => html` <strong class="badge">${t('page.changed')}</strong>`;

function fairDates(fair: PublicFair): { first: string; last: string } | null {
  const dates = fair.days.map((d) => d.date).sort();
  return dates.length ? { first: dates[0], last: dates[dates.length - 1] } : null;
}

function openLine(view: TimeView, t: Translate, lang: Lang): string {
  const s = view.state;
  if (s.open) return t('page.openNow', { closes: s.closes });
  if (!s.next) return t('page.ended');
  if (s.next.date === view.today) return t('page.opensToday', { opens: s.next.opens as string });
  return t('page.nextOpen', { when: fullDate(s.next.date, lang), opens: s.next.opens as string });
}

function hoursTable(fair: PublicFair, view: TimeView, changed: Set<string>, t: Translate, lang: Lang): SafeHtml {
  const row = (d: PublicDay) => {
    const open = d.opens && d.closes;
    const holiday = d.holiday ? html` <span class="muted">${lang === 'ja' ? d.holiday.name : d.holiday.nameEn}</span>` : null;
    return html`<tr class="${[d.short ? 'short' : '', changed.has(d.date) ? 'changed' : ''].filter(Boolean).join(' ')}"${
      d.date === view.today ? html` aria-current="date"` : null
    }><th scope="row">${shortDate(d.date, lang)}${holiday}${d.date === view.today ? html` <span class="flag">${t('page.today')}</span>` : null}</th><td>${
      open ? `${d.opens}–${d.closes}` : t('page.closed')
    }${d.short && d.closes ? html` <strong>${t('page.closesEarly', { dom: dayOfMonth(d.date), closes: d.closes })}</strong>` : null}${changed.has(d.date) ? changedBadge(t) : null}</td></tr>`;
  };
  const days = [...fair.days].sort((a, b) => a.date.localeCompare(b.date));
  return html`<table><caption>${t('page.hours')}</caption>
<thead><tr><th scope="col">${t('page.date')}</th><th scope="col">${t('page.openingHours')}</th></tr></thead>
<tbody>${days.map(row)}</tbody></table>`;
}

function overview(fair: PublicFair, view: TimeView, changed: Set<string>, t: Translate, lang: Lang): SafeHtml {
  const range = fairDates(fair);
  const mapUrl = safeUrl(fair.venue.mapUrl);
  const dates = range
    ? lang === 'ja'
      ? html`${warekiRange(range.first, range.last)} <span class="muted">/ ${isoRange(range.first, range.last)}</span>`
      : html`${dateRange(range.first, range.last, 'en')} <span class="muted">/ ${isoRange(range.first, range.last)} / <span lang="ja">${warekiRange(range.first, range.last)}</span></span>`
    : null;
  const description = lang === 'ja' ? fair.fair.description : null;
  return html`<section aria-labelledby="s-overview"><h2 id="s-overview">${t('page.overview')}</h2>
<dl class="facts">
<dt>${t('page.dates')}</dt><dd>${dates}</dd>
<dt>${t('page.venue')}</dt><dd>${jaText(fair.venue.name, lang)} ${jaText(fair.venue.roomName, lang)}<br>${jaText(fair.venue.address, lang)}${
    mapUrl ? html`<br><a href="${mapUrl}" rel="noopener">${t('page.map')}</a>` : null
  }</dd>
<dt>${t('page.host')}</dt><dd>${fallback(fair.fair.hostNameEn, fair.fair.hostName, lang)}</dd>
</dl>
${description ? html`<p>${description}</p>` : null}
${hoursTable(fair, view, changed, t, lang)}
</section>`;
}

/** A change since the last release; on the English page in English where the release has its English reading (older ones have none). */
/** The live notices shown now (issue 23), newest first: what a closing-early or closed day means, then the text. */
function noticesSection(fair: PublicFair, t: Translate, lang: Lang): SafeHtml | null {
  const notices = fair.notices ?? [];
  if (!notices.length) return null;
  const item = (n: PublicNotice) => {
    const head = n.day ? t('page.notice.head', { kind: n.kind, when: fullDate(n.day, lang), closes: n.closesAt ?? '' }) : null;
    return html`<li id="n-${n.id}" class="notice-${n.kind}">${head ? html`<strong>${head}</strong> ` : null}${fallback(n.textEn, n.text, lang)}</li>`;
  };
  return html`<section class="notices" role="status" aria-labelledby="s-notices"><h2 id="s-notices">${t('page.notices')}</h2><ul>${notices.map(item)}</ul></section>`;
}

function changeLine(c: ReleaseChange, t: Translate, lang: Lang): SafeHtml {
  const en = lang === 'en' ? c.en : undefined;
  const [before, after] = en ? [en.before, en.after] : [c.before, c.after];
  const detail = before && after ? `${before} → ${after}` : (after ?? before);
  const subject = en ? fallback(en.subject, c.subject, lang) : jaText(c.subject, lang);
  // Without an English reading the detail may hold a Japanese place: marked as such.
  const said = detail && lang === 'en' && !en ? jaText(detail, lang) : detail;
  return html`<li><span class="flag">${t('page.changeKind', { kind: c.kind })}</span> ${subject}${said ? html`: ${said}` : null}</li>`;
}

/** What the page's script finds an exhibitor by (folded, in both languages), and its filters' keys. */
interface CardFind {
  level: 3 | 4;
  areas: string[];
  zones: string[];
}

function findAttributes(e: PublicExhibitor, find: CardFind): SafeHtml {
  const text = findText([
    e.name,
    e.reading,
    e.nameEn,
    e.prefecture,
    prefectureByName(e.prefecture)?.nameEn,
    ...e.products.flatMap((p) => [p.name, p.nameEn]),
    ...e.booths.map((b) => b.code),
    ...find.zones,
  ]);
  const categories = [...new Set(e.products.map((p) => p.category))];
  return html` data-find="${text}" data-cat="${categories.join(' ')}" data-area="${find.areas.join(' ')}"`;
}

/** `open`: the fair's open dates in order; a booth or presence that covers all of them needs no dates. */
function exhibitorCard(e: PublicExhibitor, open: string[], changed: boolean, find: CardFind, t: Translate, lang: Lang): SafeHtml {
  const prefecture = lang === 'ja' ? e.prefecture : (prefectureByName(e.prefecture)?.nameEn ?? e.prefecture);
  const ties = e.ties.map((tie) => {
    // English readers get the English name with the Japanese beside it, which is what the hall's signs say.
    const name = lang === 'en' && tie.labelEn ? html`${tie.labelEn} (${jaText(tie.label, lang)})` : jaText(tie.label, lang);
    return tie.explanation ? html`<details><summary>${name}</summary><p>${jaText(tie.explanation, lang)}</p></details>` : html`<p>${name}</p>`;
  });
  const products = e.products.map((p) => {
    const price = priceRange(p.priceMin, p.priceMax, lang);
    return html`<li>${fallback(p.nameEn ?? null, p.name, lang)}${price ? html` <span class="muted">${price}</span>` : null}${p.alcohol ? html` <span class="muted">(${t('page.alcohol')})</span>` : null}</li>`;
  });
  const whole = (from: string, to: string) => from <= open[0] && to >= open[open.length - 1];
  const booths = e.booths.map((b) =>
    whole(b.from, b.to) ? b.code : `${b.code} (${b.from === b.to ? shortDate(b.from, lang) : `${shortDate(b.from, lang)}–${shortDate(b.to, lang)}`})`,
  );
  const everyDay = open.length > 0 && open.every((d) => e.days.includes(d));
  const h = trusted(`h${find.level}`);
  return html`<li id="ex-${e.id}" class="ex${changed ? ' changed' : ''}"${findAttributes(e, find)}>
<${h}>${fallback(e.nameEn, e.name, lang)} <span class="pref">${prefecture}</span>${changed ? changedBadge(t) : null}</${h}>
${ties.length ? html`<div aria-label="${t('page.ties')}" role="group">${ties}</div>` : e.tieLabel ? html`<p>${jaText(e.tieLabel, lang)}</p>` : null}
<dl class="facts">
<dt>${t('page.booth')}</dt><dd>${booths.join(t('page.listSeparator')) || '—'}</dd>
<dt>${t('page.daysPresent')}</dt><dd>${everyDay ? t('page.everyDay') : e.days.map((d) => shortDate(d, lang)).join(t('page.daySeparator'))}</dd>
</dl>
${products.length ? html`<p class="sub">${t('page.products')}</p><ul>${products}</ul>` : null}
${prText(e, lang)}
</li>`;
}

/** The exhibitor's own word for visitors: in English on the English page when it wrote one, else in Japanese, marked so. */
function prText(e: PublicExhibitor, lang: Lang): SafeHtml | null {
  const text = lang === 'en' && e.prTextEn ? e.prTextEn : e.prText;
  if (!text) return null;
  return html`<p class="pr">${text === e.prText ? jaText(text, lang) : text}</p>`;
}

function visitItem(a: PublicAppearance, upcomingToday: boolean, changed: boolean, t: Translate, lang: Lang): SafeHtml {
  const minutes = (Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 60000;
  const time = a.approximate ? `${a.start}– (${t('page.about', { minutes })})` : `${a.start}–${a.end}`;
  const when = html`${shortDate(a.date, lang)} ${time}`;
  const cancelled = a.status === 'cancelled';
  const profile = lang === 'ja' ? a.guest.profile : a.guest.profileEn;
  return html`<li id="v-${a.id}"${changed ? html` class="changed"` : null}>
<h3>${cancelled ? html`<s>${when}</s> <strong class="flag">${t('page.cancelled')}</strong>` : when}${upcomingToday ? html` <span class="badge">${t('page.today')}</span>` : null}${changed ? changedBadge(t) : null}</h3>
<p>${fallback(a.guest.nameEn, a.guest.name, lang)} <span class="muted">${fallback(a.locationLabelEn, a.locationLabel, lang)}</span></p>
${a.status === 'mayChange' ? html`<p class="flag">${t('page.mayChange')}</p>` : null}
${a.note ? html`<p>${jaText(a.note, lang)}</p>` : null}
${profile ? html`<p class="muted profile">${profile}</p>` : null}
</li>`;
}

interface AreaGroup {
  /** 'a1', 'a2', …, or 'other' for the booths without an area: the anchor is `area-${key}`. */
  key: string;
  /** The booths' zone as the organizer wrote it (Japanese), or null for the booths without one. */
  zone: string | null;
  exhibitors: PublicExhibitor[];
}

/** An area's name: the zone (marked as Japanese on the English page), or その他のエリア / Other areas. */
const areaName = (a: AreaGroup, t: Translate, lang: Lang): HtmlValue => (a.zone === null ? t('page.find.otherArea') : jaText(a.zone, lang));

/** The exhibitors by the area (booth zone) of their first booth; null when the fair's booths have no areas at all. */
function exhibitorAreas(fair: PublicFair): AreaGroup[] | null {
  const zoneOf = new Map(fair.plan.booths.map((b) => [b.code, b.zone ?? null]));
  const boothsOf = (e: PublicExhibitor) => e.booths.map((b) => ({ code: b.code, zone: zoneOf.get(b.code) ?? null }));
  const groups = areaGroups(fair.exhibitors, boothsOf);
  if (!groups.some((g) => g.zone !== null)) return null;
  return groups.map((g, i) => ({ key: g.zone === null ? 'other' : `a${i + 1}`, zone: g.zone, exhibitors: g.items }));
}

function exhibitorsSection(fair: PublicFair, areas: AreaGroup[] | null, changed: Set<string>, t: Translate, lang: Lang): SafeHtml {
  const open = openDays(fair.days).map((d) => d.date);
  const zoneOf = new Map(fair.plan.booths.map((b) => [b.code, b.zone ?? null]));
  const keyOf = new Map((areas ?? []).map((a) => [a.zone, a.key]));
  const card = (e: PublicExhibitor, level: 3 | 4) => {
    const zones = [...new Set(e.booths.map((b) => zoneOf.get(b.code) ?? null))];
    const find = {
      level,
      zones: zones.filter((z): z is string => z !== null),
      areas: areas ? zones.map((z) => (z === null ? 'other' : (keyOf.get(z) ?? 'other'))) : [],
    };
    return exhibitorCard(e, open, changed.has(e.id), find, t, lang);
  };
  const lists = areas
    ? areas.map(
        (a) => html`<div class="area" id="area-${a.key}" data-area="${a.key}"><h3 id="area-${a.key}-h">${areaName(a, t, lang)} <span class="muted">(${t(
          'page.exhibitorCount',
          { n: a.exhibitors.length },
        )})</span></h3>
<ul class="cards">${a.exhibitors.map((e) => card(e, 4))}</ul></div>`,
      )
    : html`<ul class="cards">${fair.exhibitors.map((e) => card(e, 3))}</ul>`;
  return html`<section aria-labelledby="s-exhibitors" id="exhibitors"><h2 id="s-exhibitors">${t('page.exhibitors')} <span class="muted">(${t('page.exhibitorCount', { n: fair.exhibitors.length })})</span></h2>
${lists}</section>`;
}

/**
 * A catalog message with markup in some of its arguments (a name marked lang="ja"): the message is
 * formatted with a marker per such argument, then the escaped pieces and the markup are put together.
 */
function tWith(t: Translate, key: MessageKey, text: Record<string, string | number>, markup: Record<string, HtmlValue>): SafeHtml {
  const names = Object.keys(markup);
  const marked = Object.fromEntries(names.map((n, i) => [n, `\u0001${i}\u0001`]));
  const parts = t(key, { ...text, ...marked }).split(/\u0001(\d+)\u0001/);
  return html`${parts.map((part, i) => (i % 2 ? markup[names[Number(part)]] : part))}`;
}

/** Today's guests at the fair now, and the next to come, from the clock (Japan time). */
function guestLines(fair: PublicFair, view: TimeView, t: Translate, lang: Lang): SafeHtml[] {
  const byId = new Map(fair.appearances.map((a) => [a.id, a]));
  const now = view.hereNow.map((id) => byId.get(id)).filter((a): a is PublicAppearance => !!a);
  const next = view.nextUp ? byId.get(view.nextUp) : undefined;
  const lines: SafeHtml[] = [];
  if (now.length) {
    const guests = [...new Map(now.map((a) => [a.guest.name, a.guest])).values()].map((g, i) => [
      i ? t('page.listSeparator') : null,
      fallback(g.nameEn, g.name, lang),
    ]);
    lines.push(html`<p class="guest"><a href="#v-${now[0].id}">${tWith(t, 'page.find.hereNow', {}, { guests })}</a></p>`);
  }
  if (next) {
    const markup = { guest: fallback(next.guest.nameEn, next.guest.name, lang), place: fallback(next.locationLabelEn, next.locationLabel, lang) };
    lines.push(html`<p class="guest"><a href="#v-${next.id}">${tWith(t, 'page.find.nextGuest', { time: next.start }, markup)}</a></p>`);
  }
  return lines;
}

/** Search and filters: drawn by the server, shown only where scripting is on (the script makes them work). */
function findForm(fair: PublicFair, areas: AreaGroup[] | null, t: Translate, lang: Lang): SafeHtml {
  const categories = PRODUCT_CATEGORIES.filter((c) => fair.exhibitors.some((e) => e.products.some((p) => p.category === c)));
  const counts = Array.from({ length: fair.exhibitors.length + 1 }, (_, n) => t('page.find.count', { n }));
  const option = (value: string, label: string, ja = false) => html`<option value="${value}"${ja ? html` lang="ja"` : null}>${label}</option>`;
  return html`<form class="js find-form" role="search" aria-label="${t('page.find')}" data-counts="${JSON.stringify(counts)}">
<div><label for="find-q">${t('page.find.search')}</label><input id="find-q" type="search" autocomplete="off" aria-describedby="find-hint"><small id="find-hint" class="muted">${t('page.find.searchHint')}</small></div>
<div><label for="find-cat">${t('page.find.category')}</label><select id="find-cat">${option('', t('page.find.all'))}${categories.map((c) =>
    option(c, t(`category.${c}` as MessageKey)),
  )}</select></div>
${areas ? html`<div><label for="find-area">${t('page.find.area')}</label><select id="find-area">${option('', t('page.find.all'))}${areas.map((a) => (a.zone === null ? option(a.key, t('page.find.otherArea')) : option(a.key, a.zone, lang === 'en')))}</select></div>` : null}
<p id="find-count" role="status" aria-live="polite"></p>
</form>`;
}

/** Near the top: who is here now or next, the search (with the script), and the areas' table of contents. */
function findSection(fair: PublicFair, view: TimeView, areas: AreaGroup[] | null, script: boolean, t: Translate, lang: Lang): SafeHtml | null {
  const guests = guestLines(fair, view, t, lang);
  if (!guests.length && !script && !areas) return null;
  const toc = areas
    ? html`<nav aria-label="${t('page.find.areas')}"><ul class="toc">${areas.map((a) => {
        const label = tWith(t, 'page.find.areaCount', { n: a.exhibitors.length }, { area: areaName(a, t, lang) });
        return html`<li><a href="#area-${a.key}">${label}</a></li>`;
      })}</ul></nav>`
    : null;
  return html`<section aria-labelledby="s-find" class="find"><h2 id="s-find">${t('page.find')}</h2>
${guests}${script ? findForm(fair, areas, t, lang) : null}${toc}</section>`;
}

/**
 * The public page of a fair, a complete HTML document made only from the release snapshot: every
 * text is escaped, nothing from elsewhere, and at most the app's own deferred script, which the page
 * does not need to be complete (every exhibitor is listed by area without it). `now` gives the open-state line, today's row and
 * the order of the visits (the controller caches by `timeViewOf(fair, now).key`).
 */
export function renderFairPage(fair: PublicFair, lang: Lang, now: Date, options: RenderOptions = {}): string {
  const t = createTranslator(lang);
  const view = timeViewOf(fair, now);
  const changed = new Set(fair.changes.map((c) => c.ref));
  const upcoming = new Set(view.upcomingToday);
  const title = lang === 'ja' ? fair.fair.title : (fair.fair.titleEn ?? fair.fair.title);
  const range = fairDates(fair);
  const when = range ? dateRange(range.first, range.last, lang) : '';
  const description = [when, `${fair.venue.name} ${fair.venue.roomName}`, t('page.exhibitorCount', { n: fair.exhibitors.length })].filter(Boolean).join(' / ');
  const slug = fair.fair.slug;
  const visits = orderedVisits(fair, view);
  const released = tokyoStamp(fair.release.publishedAt);
  const areas = exhibitorAreas(fair);
  const scriptSrc = options.scriptSrc ?? null;

  const body = html`<h1>${lang === 'ja' ? title : fallback(fair.fair.titleEn, fair.fair.title, lang)}</h1>
${lang === 'en' ? html`<p class="sub" lang="ja">${fair.fair.title}</p>` : null}
<p class="now">${openLine(view, t, lang)}</p>
${noticesSection(fair, t, lang)}
${findSection(fair, view, areas, !!scriptSrc, t, lang)}
${overview(fair, view, changed, t, lang)}
${fair.changes.length ? html`<section aria-labelledby="s-changes"><h2 id="s-changes">${t('page.changes')}</h2><ul>${fair.changes.map((c) => changeLine(c, t, lang))}</ul></section>` : null}
${exhibitorsSection(fair, areas, changed, t, lang)}
${
  visits.length
    ? html`<section aria-labelledby="s-visits"><h2 id="s-visits">${t('page.visits')}</h2>
<ul class="cards">${visits.map((a) => visitItem(a, upcoming.has(a.id), changed.has(a.id), t, lang))}</ul></section>`
    : null
}
<section aria-labelledby="s-map"><h2 id="s-map">${t('page.boothMap')}</h2>${renderBoothMap(fair, lang, !!scriptSrc)}</section>`;

  const feeds = feedPath(slug);
  // A calendar app subscribes to webcal:// (the same feed, fetched again as it changes); it needs the site's address.
  const subscribe = options.baseUrl ? `${options.baseUrl.replace(/^https?:/, 'webcal:')}${feeds}/calendar.ics` : null;
  const footer = html`<p>${t('page.release', { version: fair.release.version, at: released })}</p>
<section class="data" aria-labelledby="s-data"><h2 id="s-data">${t('page.data')}</h2><ul class="feeds">
${subscribe ? html`<li><a href="${subscribe}">${t('page.feed.subscribe')}</a></li>` : null}
<li><a href="${feeds}/calendar.ics">${t('page.feed.ics')}</a></li>
<li><a href="${feeds}" type="application/json">${t('page.feed.json')}</a></li>
<li><a href="${feeds}/exhibitors.csv">${t('page.feed.csv')}</a></li>
<li><a href="${fairPath(slug, 'ja')}/qr.svg">${t('page.feed.qrSvg')}</a></li>
<li><a href="${fairPath(slug, 'ja')}/qr.png">${t('page.feed.qrPng')}</a></li>
</ul></section>`;

  return renderDocument({
    lang,
    title,
    description,
    path: fairPath(slug, lang),
    otherPath: fairPath(slug, lang === 'ja' ? 'en' : 'ja'),
    baseUrl: options.baseUrl ?? '',
    body,
    footer,
    scriptSrc,
  });
}
