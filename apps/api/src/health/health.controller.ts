import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Health, Readiness } from '@bussanten/contracts';
import { Access, NoSession } from '../accounts/access';
import { pendingMigrations } from '../database/prepare-database';
import { ApiErrors, ApiSuccess } from '../common/openapi/decorators';

const PROBE_TIMEOUT_MS = 2000;

/** Resolves with the work's result, or with `fallback` when it fails or takes too long. */
async function within<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work.catch(() => fallback), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller()
@Access('public')
@NoSession()
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Liveness: 200 while the process runs. A database outage must not get healthy processes restarted. */
  @ApiOperation({ summary: 'Liveness: 200 while the process runs' })
  @ApiSuccess('Health')
  @ApiErrors(400)
  @Get('health')
  health(): Health {
    return { status: 'ok' };
  }

  /** Readiness: 503 while the database is unreachable or behind the code, so balancers skip us. */
  @ApiOperation({ summary: 'Readiness: 200 while the database answers and every migration is applied' })
  @ApiSuccess('Readiness', { alsoFor: { 503: 'Not ready: the database is down or migrations are pending' } })
  @ApiErrors(400)
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const pending = await within(pendingMigrations(this.db), null);
    const body: Readiness =
      pending === null
        ? { status: 'unavailable', database: 'down', migrations: 'unknown', pending: [] }
        : { status: pending.length ? 'unavailable' : 'ready', database: 'up', migrations: pending.length ? 'pending' : 'current', pending };
    res.status(body.status === 'ready' ? 200 : 503);
    return body;
  }
}
