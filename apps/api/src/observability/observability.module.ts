import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** Metrics of this process; logging and request ids are plain middleware (see app-setup.ts). */
@Module({ controllers: [MetricsController], providers: [MetricsService], exports: [MetricsService] })
export class ObservabilityModule {}
