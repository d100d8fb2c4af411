import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing.module';
import { CrawlersController } from './crawlers.controller';
import { FindScript } from './find-script';
import { PublicPageController } from './page.controller';

/** The server-rendered public pages (/f, /f/:slug, /en/f/:slug, QR codes; robots.txt, sitemap.xml); they read only released snapshots. */
@Module({
  imports: [PublishingModule],
  controllers: [PublicPageController, CrawlersController],
  // Read once: the built script beside the bundle (none when running from the sources).
  providers: [{ provide: FindScript, useFactory: () => FindScript.fromDisk() }],
})
export class PublicPageModule {}
