import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, NoSession } from '../../accounts/access';
import { publicBody, sendPublic } from '../public-body';
import { PublicReleasesService } from '../public-releases.service';
import { robotsTxt, sitemapXml } from './crawlers';
import { publicBaseUrl } from './routes';

/** What crawlers ask the host for: /robots.txt and the sitemap it names (outside /api, like the pages). */
@ApiExcludeController()
@Controller()
@NoSession()
export class CrawlersController {
  constructor(private readonly releases: PublicReleasesService) {}

  @Get('robots.txt')
  @Access('public')
  robots(@Req() req: Request, @Res() res: Response): void {
    sendPublic(req, res, publicBody(robotsTxt(publicBaseUrl(req)), 'text/plain; charset=utf-8'));
  }

  @Get('sitemap.xml')
  @Access('public')
  async sitemap(@Req() req: Request, @Res() res: Response): Promise<void> {
    sendPublic(req, res, publicBody(sitemapXml(await this.releases.listing(), publicBaseUrl(req)), 'application/xml; charset=utf-8'));
  }
}
