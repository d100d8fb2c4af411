import { Module } from '@nestjs/common';
import { FairsModule } from '../fairs/fairs.module';
import { PublicFeedsController } from './public-feeds.controller';
import { PublicReleasesService } from './public-releases.service';
import { ReleasesController } from './releases.controller';
import { ReleasesRepository } from './releases.repository';
import { ReleaseNotifications } from './release-notifications';
import { ReleasesService } from './releases.service';
import { SnapshotRepository } from './snapshot.repository';
import { VisibilityController } from './visibility.controller';
import { VisibilityService } from './visibility.service';

/** Releases of a fair's public schedule and the public feeds made from them. */
@Module({
  imports: [FairsModule],
  controllers: [ReleasesController, VisibilityController, PublicFeedsController],
  providers: [ReleasesService, VisibilityService, ReleasesRepository, SnapshotRepository, PublicReleasesService, ReleaseNotifications],
  exports: [PublicReleasesService, ReleasesService],
})
export class PublishingModule {}
