import { Controller, Get, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, NoSession } from '../accounts/access';
import { MetricsService } from './metrics.service';

/**
 * Prometheus text format. Open like /api/health (no personal data, only counts and timings); a
 * public deployment keeps it off the internet at the proxy (docker/nginx.conf does).
 */
@ApiTags('health')
@Controller('metrics')
@Access('public')
@NoSession()
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @ApiProduces('text/plain')
  async scrape(@Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await this.metrics.registry.metrics());
  }
}
