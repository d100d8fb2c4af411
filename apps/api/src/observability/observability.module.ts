import { Module, type DynamicModule } from '@nestjs/common';
import { METRICS_TOKEN } from './metrics-access';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** Metrics of this process, served to whoever holds METRICS_TOKEN; logging and request ids are plain middleware (see app-setup.ts). */
@Module({})
export class ObservabilityModule {
  static forRoot(metricsToken: string | null = null): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: [MetricsController],
      providers: [{ provide: METRICS_TOKEN, useValue: metricsToken }, MetricsService],
      exports: [MetricsService],
    };
  }
}
