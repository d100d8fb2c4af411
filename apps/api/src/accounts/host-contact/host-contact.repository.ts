import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { HostContact } from '@bussanten/contracts';

const CONTACT = `contact_email AS "contactEmail", contact_phone AS "contactPhone", contact_note AS "contactNote"`;

/** The host's contact for its exhibitors (hosts.contact_*). */
@Injectable()
export class HostContactRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(hostId: string, m: EntityManager = this.db.manager): Promise<HostContact> {
    const [row] = await m.query(`SELECT ${CONTACT} FROM hosts WHERE id = $1`, [hostId]);
    return row ?? { contactEmail: null, contactPhone: null, contactNote: null };
  }

  /** Saves the contact; answers what it was before, for the audit log. */
  async set(hostId: string, c: HostContact, m: EntityManager): Promise<HostContact> {
    const before = await this.get(hostId, m);
    await m.query('UPDATE hosts SET contact_email = $2, contact_phone = $3, contact_note = $4 WHERE id = $1', [
      hostId,
      c.contactEmail,
      c.contactPhone,
      c.contactNote,
    ]);
    return before;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
