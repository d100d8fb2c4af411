import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RELEASE_CHANNEL } from '../../publishing/release-channel';

/** The sites that may frame the host's fair widget (hosts.embed_origins). */
@Injectable()
export class HostEmbedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(hostId: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const [row] = await m.query('SELECT embed_origins AS "origins" FROM hosts WHERE id = $1', [hostId]);
    return row?.origins ?? [];
  }

  /**
   * Saves the origins and answers what they were before, for the audit log. The host's fairs are
   * announced on the release channel when the transaction commits, so every API process drops its
   * cached release of them (which carries the origins) and the widgets' next answers frame-ancestors anew.
   */
  async set(hostId: string, origins: readonly string[], m: EntityManager): Promise<string[]> {
    const [row] = await m.query('SELECT embed_origins AS "origins" FROM hosts WHERE id = $1 FOR UPDATE', [hostId]);
    await m.query('UPDATE hosts SET embed_origins = $2 WHERE id = $1', [hostId, origins]);
    await m.query('SELECT pg_notify($1, slug) FROM fairs WHERE host_id = $2', [RELEASE_CHANNEL, hostId]);
    return row?.origins ?? [];
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
