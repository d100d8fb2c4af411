import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing/publishing.module';
import { NoticesController } from './notices.controller';
import { NoticesRepository } from './notices.repository';
import { NoticesService } from './notices.service';

/** Live notices of a fair (issue 23): posted on the day, shown by the public page and feeds without a new release. */
@Module({
  imports: [PublishingModule],
  controllers: [NoticesController],
  providers: [NoticesService, NoticesRepository],
})
export class NoticesModule {}
