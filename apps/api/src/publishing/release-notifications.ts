import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { PublicReleasesService } from './public-releases.service';

import { RELEASE_CHANNEL } from './release-channel';

export { RELEASE_CHANNEL };

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

/**
 * Keeps every API process's release cache honest: one dedicated connection LISTENs for published
 * releases and drops the fair from the cache at once, whichever process published. While the
 * connection is down the cache falls back to a one-second lifetime, so nothing is stale for long.
 */
@Injectable()
export class ReleaseNotifications implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('ReleaseNotifications');
  private client: Client | null = null;
  private stopped = false;
  private retryMs = RETRY_MIN_MS;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: PublicReleasesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const url = (this.db.options as { url?: string }).url;
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    client.on('notification', (n) => {
      if (n.channel === RELEASE_CHANNEL && n.payload) this.cache.forget(n.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${RELEASE_CHANNEL}`);
      this.client = client;
      this.retryMs = RETRY_MIN_MS;
      this.cache.listening(true);
    } catch {
      await client.end().catch(() => undefined);
      this.lost(client);
    }
  }

  private lost(client: Client): void {
    if (this.client && this.client !== client) return;
    this.client = null;
    this.cache.listening(false);
    if (this.stopped || this.timer) return;
    this.log.warn(`release notifications lost; retrying in ${this.retryMs} ms`);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}
