import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing.module';
import { PublicPageController } from './page.controller';

/** The server-rendered public pages (/f, /f/:slug, /en/f/:slug, QR codes); they read only released snapshots. */
@Module({
  imports: [PublishingModule],
  controllers: [PublicPageController],
})
export class PublicPageModule {}
