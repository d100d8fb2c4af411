import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing/publishing.module';
import { HomeController } from './home.controller';
import { HomeRepository } from './home.repository';
import { HomeService } from './home.service';

/** The organizers' start page: counts across the host's fairs, applications, releases, mail and webhooks. */
@Module({
  imports: [PublishingModule],
  controllers: [HomeController],
  providers: [HomeRepository, HomeService],
})
export class HomeModule {}
