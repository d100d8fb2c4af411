import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Lang } from '@bussanten/messages';
import { Access, NoSession } from '../../accounts/access';
import { publicBody, sendPublic, type PublicBody } from '../public-body';
import { PublicReleasesService, type LatestRelease } from '../public-releases.service';
import { embedViewOf, renderEmbedPage } from './embed-page';
import { renderGonePage } from './gone-page';
import { renderNotFoundPage } from './index-page';
import { PageCache } from './page-cache';
import { PUBLIC_PAGE_CSP } from './page.controller';
import { isSlug, publicBaseUrl } from './routes';

const HTML = 'text/html; charset=utf-8';

/**
 * The widget's policy: the public pages' (no script, nothing from elsewhere), except that the sites
 * its host entered may frame it (frame-ancestors; 'none' while there are none). The origins are
 * normalised and checked when saved (libs/domain embed-origins.ts): nothing in them can end a directive.
 */
export function embedCsp(origins: readonly string[]): string {
  return PUBLIC_PAGE_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${origins.length ? origins.join(' ') : "'none'"}`);
}

/**
 * Its headers: that policy, no X-Frame-Options (helmet's SAMEORIGIN would forbid every other site
 * whatever frame-ancestors says, in browsers that heed it over the CSP), and a shorter public
 * caching than the pages', without stale-while-revalidate: a browser or CDN keeps the answer (with
 * its frame-ancestors) a minute at most after the host changes its sites.
 */
export function embedHeaders(origins: readonly string[]): Record<string, string | null> {
  return {
    'Content-Security-Policy': embedCsp(origins),
    'X-Frame-Options': null,
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Cache-Control': 'public, max-age=60',
  };
}

/**
 * The fair's widget for other sites' <iframe>s, /embed/f/:slug in Japanese and /en/embed/f/:slug
 * in English, made only from the latest release. Bodies are cached like the fair pages (release,
 * language, base URL and the widget's own time view); the headers are made per body and per set of
 * origins, from the origins the cached release carries, which a change of the host's settings
 * drops in every process at once (it is announced like a release).
 */
@ApiExcludeController()
@Controller()
@NoSession()
export class EmbedPageController {
  private readonly pages = new PageCache<PublicBody>(200);

  constructor(private readonly releases: PublicReleasesService) {}

  @Get('embed/f/:slug')
  @Access('public')
  embedJa(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.embed(slug, 'ja', req, res);
  }

  @Get('en/embed/f/:slug')
  @Access('public')
  embedEn(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.embed(slug, 'en', req, res);
  }

  private async embed(slug: string, lang: Lang, req: Request, res: Response): Promise<void> {
    const release = isSlug(slug) ? await this.releases.latest(slug) : null;
    if (!release?.visible) return unserved(release, lang, req, res);
    const baseUrl = publicBaseUrl(req);
    const now = new Date();
    const key = [release.id, lang, baseUrl, embedViewOf(release.snapshot, now).key].join('|');
    const body = await this.pages.get(key, () => publicBody(renderEmbedPage(release.snapshot, lang, now, baseUrl), HTML));
    await sendPublic(req, res, body, embedHeaders(release.embedOrigins ?? []));
  }
}

/** As for the fair page: 404 for a fair never published, 410 for one no longer shown; neither may be framed. */
function unserved(release: LatestRelease | null, lang: Lang, req: Request, res: Response): void {
  const options = { baseUrl: publicBaseUrl(req) };
  const gone = release !== null;
  const page = Buffer.from(gone ? renderGonePage(lang, req.path, options) : renderNotFoundPage(lang, req.path, options), 'utf8');
  res.status(gone ? 410 : 404);
  res.setHeader('Content-Type', HTML);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Security-Policy', PUBLIC_PAGE_CSP);
  res.setHeader('Content-Length', String(page.length));
  res.end(page);
}
