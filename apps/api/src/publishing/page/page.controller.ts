import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { PublicFairListing } from '@bussanten/contracts';
import { tokyoDateTime } from '@bussanten/domain';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Access, NoSession } from '../../accounts/access';
import { publicBody, sendPublic, type PublicBody } from '../public-body';
import { PublicReleasesService, type LatestRelease } from '../public-releases.service';
import { renderFairPage } from './fair-page';
import { FindScript, SCRIPT_CACHE_CONTROL } from './find-script';
import { renderIndexPage, renderNotFoundPage } from './index-page';
import { renderGonePage } from './gone-page';
import { PageCache } from './page-cache';
import { liveFair, withNoticeHours } from '../live-notices';
import { qrPng, qrSvg } from './qr';
import { isSlug, publicBaseUrl } from './routes';
import { timeViewOf } from './time-view';
import type { Lang } from '@bussanten/messages';

const HTML = 'text/html; charset=utf-8';

/**
 * No script may run on these pages (the index and the error pages have none; first paint is always
 * the server's HTML), no outside resource may load, and no one may frame them. Reading this site's
 * own files stays allowed (connect-src 'self'): crawler checks such as Lighthouse's fetch
 * /robots.txt from within the page, and were refused it.
 */
export const PUBLIC_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const SECURITY = { 'Content-Security-Policy': PUBLIC_PAGE_CSP };
/** The QR images may be shown on other sites (a municipality's own page about the fair): not only same-origin, as helmet says. */
const QR_IMAGE = { ...SECURITY, 'Cross-Origin-Resource-Policy': 'cross-origin' };

/**
 * A fair page may run one script: the app's own (FindScript: search, filters, map zoom), from this
 * origin. No inline script, no handler attribute, nothing from elsewhere; every other page keeps none.
 */
export const FAIR_PAGE_CSP = PUBLIC_PAGE_CSP.replace("default-src 'none';", "default-src 'none'; script-src 'self';");
const FAIR_SECURITY = { 'Content-Security-Policy': FAIR_PAGE_CSP };
const SCRIPT_HEADERS = { 'Cache-Control': SCRIPT_CACHE_CONTROL, 'Content-Security-Policy': PUBLIC_PAGE_CSP };

/**
 * The public schedule as server-rendered pages, /f/:slug in Japanese and /en/f/:slug in English,
 * made only from the latest release's PublicFair snapshot. A page depends on the release, the
 * language, the base URL and the clock (open-state line, today's visits first), and is cached
 * under exactly those, so a busy fair day costs one render per change of the open-state line.
 */
@ApiExcludeController()
@Controller()
@NoSession() // the pages are the same for everyone: no session lookup per hit
export class PublicPageController {
  private readonly pages = new PageCache<PublicBody>(200);
  private readonly codes = new PageCache<PublicBody>(100);
  private readonly indexes = new WeakMap<readonly PublicFairListing[], PageCache<PublicBody>>();

  constructor(
    private readonly releases: PublicReleasesService,
    private readonly script: FindScript,
  ) {}

  @Get('f')
  @Access('public')
  indexJa(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.index('ja', req, res);
  }

  @Get('en/f')
  @Access('public')
  indexEn(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.index('en', req, res);
  }

  @Get('f/:slug')
  @Access('public')
  fairJa(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.fair(slug, 'ja', req, res);
  }

  @Get('en/f/:slug')
  @Access('public')
  fairEn(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.fair(slug, 'en', req, res);
  }

  /** The fair pages' own script under its content-hashed name ('_' is never a slug), kept a year by browsers. */
  @Get('f/_/:file')
  @Access('public')
  findScript(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void | Promise<void> {
    const body = this.script.bodyFor(file);
    if (!body) return this.unserved(null, 'ja', req, res);
    return sendPublic(req, res, body, SCRIPT_HEADERS);
  }

  /** A QR code of the Japanese page's address, for posters and handouts (the page links the English one). */
  @Get('f/:slug/qr.svg')
  @Access('public')
  async qrSvg(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const release = await this.released(slug);
    if (!release?.visible) return this.unserved(release, 'ja', req, res);
    const url = `${publicBaseUrl(req)}/f/${slug}`;
    await sendPublic(req, res, await this.codes.get(`svg|${url}`, async () => publicBody(await qrSvg(url), 'image/svg+xml; charset=utf-8')), QR_IMAGE);
  }

  @Get('f/:slug/qr.png')
  @Access('public')
  async qrPng(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const release = await this.released(slug);
    if (!release?.visible) return this.unserved(release, 'ja', req, res);
    const url = `${publicBaseUrl(req)}/f/${slug}`;
    await sendPublic(req, res, await this.codes.get(`png|${url}`, async () => publicBody(await qrPng(url), 'image/png')), QR_IMAGE);
  }

  private async index(lang: Lang, req: Request, res: Response): Promise<void> {
    await sendPublic(req, res, await this.indexBody(lang, publicBaseUrl(req)), SECURITY);
  }

  /** The fast path's entry for the index (see hot-public-reads.ts), with the base URL it worked out. */
  async serveIndex(lang: Lang, baseUrl: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    await sendPublic(req, res, await this.indexBody(lang, baseUrl), SECURITY);
    return true;
  }

  /**
   * The index depends on the listing (a new array whenever a fair is published, shown or hidden:
   * PublicReleasesService), the language, the base URL and the date in Japan (what has ended), so
   * its pages are kept per listing under the other three, and dropped with the listing.
   */
  private async indexBody(lang: Lang, baseUrl: string): Promise<PublicBody> {
    const listing = await this.releases.listing();
    let pages = this.indexes.get(listing);
    if (!pages) this.indexes.set(listing, (pages = new PageCache<PublicBody>(20)));
    const now = new Date();
    const key = [lang, baseUrl, tokyoDateTime(now).date].join('|');
    return pages.get(key, () => publicBody(renderIndexPage(listing, lang, now, { baseUrl }), HTML));
  }

  private async fair(slug: string, lang: Lang, req: Request, res: Response): Promise<void> {
    const release = await this.released(slug);
    if (!release?.visible) return this.unserved(release, lang, req, res);
    await this.send(release, lang, publicBaseUrl(req), req, res);
  }

  /**
   * The fast path's entry (see hot-public-reads.ts), with the base URL it worked out: false when
   * there is no release to show, so the regular route answers (with the 404 or 410 page).
   */
  async serveFair(slug: string, lang: Lang, baseUrl: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const release = await this.released(slug);
    if (!release?.visible) return false;
    await this.send(release, lang, baseUrl, req, res);
    return true;
  }

  private async send(release: LatestRelease, lang: Lang, baseUrl: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const now = new Date();
    // The live notices shown now (issue 23) and the hours they say are part of the page and of its cache key.
    const live = liveFair(release.snapshot, release.notices, now);
    const fair = withNoticeHours(live.fair);
    const key = [release.id, live.key, lang, baseUrl, timeViewOf(fair, now).key].join('|');
    const scriptSrc = this.script.path;
    const body = await this.pages.get(key, () => publicBody(renderFairPage(fair, lang, now, { baseUrl, scriptSrc }), HTML));
    await sendPublic(req, res, body, { ...(scriptSrc ? FAIR_SECURITY : SECURITY), 'Cache-Control': live.cacheControl });
  }

  private released(slug: string): Promise<LatestRelease | null> {
    return isSlug(slug) ? this.releases.latest(slug) : Promise.resolve(null);
  }

  /** No release: 404, the fair is unknown. A release no longer shown (公開停止): 410, it was here and is gone on purpose. */
  private unserved(release: LatestRelease | null, lang: Lang, req: Request, res: Response): void {
    const gone = release !== null;
    const page = Buffer.from(
      gone ? renderGonePage(lang, req.path, { baseUrl: publicBaseUrl(req) }) : renderNotFoundPage(lang, req.path, { baseUrl: publicBaseUrl(req) }),
      'utf8',
    );
    res.status(gone ? 410 : 404);
    res.setHeader('Content-Type', HTML);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', PUBLIC_PAGE_CSP);
    res.setHeader('Content-Length', String(page.length));
    res.end(page);
  }
}
