import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApplicationEvent, ApplicationStatus } from '@bussanten/contracts';

/** An application's history, written in the same transaction as the change it records. */
@Injectable()
export class ApplicationEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(
    m: EntityManager,
    e: { applicationId: string; actorId: string | null; action: string; status: ApplicationStatus | null; message: string | null },
  ): Promise<void> {
    await m.query('INSERT INTO application_events (application_id, actor_id, action, status, message) VALUES ($1, $2, $3, $4, $5)', [
      e.applicationId,
      e.actorId,
      e.action,
      e.status,
      e.message,
    ]);
  }

  async history(applicationId: string): Promise<ApplicationEvent[]> {
    const rows: (Omit<ApplicationEvent, 'at'> & { at: Date })[] = await this.db.query(
      `SELECT e.at, coalesce(u.display_name, e.actor_text) AS "actorName", e.action, e.status, e.message
       FROM application_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.application_id = $1 ORDER BY e.at, e.id`,
      [applicationId],
    );
    return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
  }
}
