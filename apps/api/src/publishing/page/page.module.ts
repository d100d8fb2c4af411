import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing.module';
import { CrawlersController } from './crawlers.controller';
import { EmbedPageController } from './embed.controller';
import { FindScript } from './find-script';
import { PublicPageController } from './page.controller';

/**
 * The server-rendered public pages (/f, /f/:slug, /en/f/:slug, QR codes; the widget /embed/f/:slug;
 * robots.txt, sitemap.xml); they read only released snapshots.
 */
@Module({
  imports: [PublishingModule],
  controllers: [PublicPageController, EmbedPageController, CrawlersController],
  // Read once: the built script beside the bundle (none when running from the sources).
  providers: [{ provide: FindScript, useFactory: () => FindScript.fromDisk() }],
})
export class PublicPageModule {}
