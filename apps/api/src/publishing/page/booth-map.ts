import type { PublicFair } from '@bussanten/contracts';
import { createTranslator, type Lang } from '@bussanten/messages';
import { html, type SafeHtml } from './html';
import { shortDate } from './format';
import { fallback } from './lang-text';

// Booth positions are in metres with the origin at the room's back-left corner; the SVG's user
// units are metres too, so the drawing needs no arithmetic beyond centring the labels.
const round = (n: number) => Math.round(n * 100) / 100;

/** A holder's name is drawn .55 m tall (styles.ts); on a phone it must still be 12 px or more. */
export const HOLDER_FONT_M = 0.55;
export const MIN_NAME_PX = 12;

/**
 * The map's least width in CSS pixels: the room's width (plus the half-metre margins) at the scale
 * where a holder's name is MIN_NAME_PX tall. On a phone the map is wider than the screen and scrolls
 * sideways (and zooms, with the page's script); the per-area lists above carry every name too.
 */
export const mapMinWidth = (widthM: number) => Math.ceil(((widthM + 1) * MIN_NAME_PX) / HOLDER_FONT_M);

function holderPeriod(from: string, to: string, lang: Lang): string {
  return from === to ? shortDate(from, lang) : `${shortDate(from, lang)}–${shortDate(to, lang)}`;
}

/** The plan as an image (role="img" named by its <title>) and, for everyone who cannot see it, the same as a table. */
export function renderBoothMap(fair: PublicFair, lang: Lang, zoom = false): SafeHtml {
  const t = createTranslator(lang);
  const { widthM: w, depthM: d, booths } = fair.plan;
  const grid = [
    ...Array.from({ length: Math.floor(w) - 1 }, (_, i) => html`<line class="grid" x1="${i + 1}" y1="0" x2="${i + 1}" y2="${d}"/>`),
    ...Array.from({ length: Math.floor(d) - 1 }, (_, i) => html`<line class="grid" x1="0" y1="${i + 1}" x2="${w}" y2="${i + 1}"/>`),
  ];
  const shapes = booths.map((b) => {
    const cx = round(b.x + b.width / 2);
    // SVG text cannot hold a <span>: a Japanese name on the English page gets lang on its <text>.
    const names = b.holders.map((h) => (lang === 'en' && h.nameEn ? { text: h.nameEn, ja: false } : { text: h.name, ja: lang === 'en' }));
    const top = round(b.y + b.depth / 2 - (names.length * 0.6) / 2);
    return html`<g><rect class="booth${names.length ? ' held' : ''}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.depth}"/><text class="code" x="${cx}" y="${top}" text-anchor="middle">${b.code}</text>${names.map(
      (n, i) => html`<text class="holder" x="${cx}" y="${round(top + 0.75 + i * 0.65)}" text-anchor="middle"${n.ja ? html` lang="ja"` : null}>${n.text}</text>`,
    )}</g>`;
  });
  const rows = booths.map(
    (b) =>
      html`<tr><th scope="row">${b.code}</th><td>${
        b.holders.length
          ? b.holders.map(
              (h, i) => html`${i ? html`<br>` : null}${fallback(h.nameEn, h.name, lang)} <span class="muted">(${holderPeriod(h.from, h.to, lang)})</span>`,
            )
          : html`<span class="muted">${t('page.vacant')}</span>`
      }</td></tr>`,
  );
  const base = mapMinWidth(w);
  const buttons = zoom
    ? html`<div class="js zoom" role="group" aria-label="${t('page.boothMap')}"><button type="button" data-zoom="in" aria-controls="map-pan">${t(
        'page.map.zoomIn',
      )}</button><button type="button" data-zoom="out" aria-controls="map-pan">${t('page.map.zoomOut')}</button><button type="button" data-zoom="reset" aria-controls="map-pan">${t(
        'page.map.zoomReset',
      )}</button></div>`
    : null;
  // An SVG <title> cannot mark part of itself Japanese: the English one leaves out the room's (Japanese) name, which the page's overview gives.
  const size = { width: w, depth: d, booths: booths.length };
  const mapTitle = lang === 'en' ? t('page.mapTitleNoRoom', size) : t('page.mapTitle', { room: fair.venue.roomName, ...size });
  return html`<figure>${buttons}
<div class="pan" id="map-pan" tabindex="0" role="region" aria-label="${t('page.map.pan')}">
<svg class="map" style="min-width:${base}px" data-base="${base}" viewBox="-0.5 -0.5 ${w + 1} ${d + 1}" role="img" aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">
<title id="map-title">${mapTitle}</title>
<rect class="room" x="0" y="0" width="${w}" height="${d}"/>${grid}${shapes}
</svg></div>
<figcaption class="muted">${t('page.mapScale')}</figcaption>
</figure>
<table class="booth-table"><caption>${t('page.booth')}</caption>
<thead><tr><th scope="col">${t('page.booth')}</th><th scope="col">${t('page.holders')} (${t('page.period')})</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}
