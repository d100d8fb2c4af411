import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, NoSession } from '../../accounts/access';
import type { PublicFairListing } from '@bussanten/contracts';
import { publicBody, sendPublic, type PublicBody } from '../public-body';
import { PublicReleasesService } from '../public-releases.service';
import { robotsTxt, sitemapXml } from './crawlers';
import { PageCache } from './page-cache';
import { publicBaseUrl } from './routes';

/** What crawlers ask the host for: /robots.txt and the sitemap it names (outside /api, like the pages). */
@ApiExcludeController()
@Controller()
@NoSession()
export class CrawlersController {
  /** The sitemap per listing (dropped with it) and base URL, so that each is compressed once (public-body.ts). */
  private readonly sitemaps = new WeakMap<readonly PublicFairListing[], PageCache<PublicBody>>();

  constructor(private readonly releases: PublicReleasesService) {}

  @Get('robots.txt')
  @Access('public')
  robots(@Req() req: Request, @Res() res: Response): void | Promise<void> {
    return sendPublic(req, res, publicBody(robotsTxt(publicBaseUrl(req)), 'text/plain; charset=utf-8'));
  }

  @Get('sitemap.xml')
  @Access('public')
  async sitemap(@Req() req: Request, @Res() res: Response): Promise<void> {
    const listing = await this.releases.listing();
    let sitemaps = this.sitemaps.get(listing);
    if (!sitemaps) this.sitemaps.set(listing, (sitemaps = new PageCache<PublicBody>(20)));
    const baseUrl = publicBaseUrl(req);
    await sendPublic(req, res, await sitemaps.get(baseUrl, () => publicBody(sitemapXml(listing, baseUrl), 'application/xml; charset=utf-8')));
  }
}
