import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing.module';
import { CrawlersController } from './crawlers.controller';
import { EmbedPageController } from './embed.controller';
import { PublicPageController } from './page.controller';

/**
 * The server-rendered public pages (/f, /f/:slug, /en/f/:slug, QR codes; the widget /embed/f/:slug;
 * robots.txt, sitemap.xml); they read only released snapshots.
 */
@Module({
  imports: [PublishingModule],
  controllers: [PublicPageController, EmbedPageController, CrawlersController],
})
export class PublicPageModule {}
