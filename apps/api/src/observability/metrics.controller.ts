import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ErrorCode } from '@bussanten/contracts';
import { Access, NoSession } from '../accounts/access';
import { DomainError } from '../common/domain-error';
import { METRICS_TOKEN, metricsAccess } from './metrics-access';
import { MetricsService } from './metrics.service';
import { ApiErrors, ApiFile } from '../common/openapi/decorators';

/**
 * Prometheus text format, for a scraper that sends `Authorization: Bearer <METRICS_TOKEN>`; without
 * METRICS_TOKEN the route is off (404), whether or not a proxy stands in front. No session: the
 * scraper is not a person (metrics-access.ts).
 */
@ApiTags('health')
@Controller('metrics')
@Access('public')
@NoSession()
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(METRICS_TOKEN) private readonly token: string | null,
  ) {}

  @ApiOperation({ summary: 'Prometheus metrics, for a scraper with METRICS_TOKEN' })
  @ApiFile('text/plain')
  @ApiErrors(401, 404)
  @Get()
  @ApiBearerAuth()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const access = metricsAccess(this.token, req.headers.authorization);
    if (access === 'off') throw new DomainError(ErrorCode.NotFound, 'Metrics are off: set METRICS_TOKEN to serve them');
    if (access === 'refused') {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new DomainError(ErrorCode.Unauthenticated, 'Metrics need Authorization: Bearer <METRICS_TOKEN>');
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await this.metrics.registry.metrics());
  }
}
