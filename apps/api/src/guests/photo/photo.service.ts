import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, type GuestPhoto } from '@bussanten/contracts';
import type { OrganizerActor } from '../../accounts/access';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/domain-error';
import { PhotoStore, type PhotoFile } from './photo-store';

const guestNotFound = (id: string) => new DomainError(ErrorCode.GuestNotFound, `No guest with id ${id}`);
const noPhoto = (id: string) => new DomainError(ErrorCode.GuestNotFound, `Guest ${id} has no photo`);

/**
 * The address of a guest's photo, as GuestsRepository also builds it in SQL: the `v` (milliseconds of
 * photo_updated_at, stored truncated to milliseconds) changes with every new photo, so caches never
 * show an old one.
 */
export const PHOTO_URL_SQL = (alias: string) =>
  `CASE WHEN ${alias}.photo_key IS NULL THEN NULL ELSE '/api/guests/' || ${alias}.id || '/photo?v=' || (extract(epoch FROM ${alias}.photo_updated_at) * 1000)::bigint END`;

/** A guest's photo: upload (organizers of the guest's host), removal, and the public file. */
@Injectable()
export class GuestPhotoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly store: PhotoStore,
    private readonly audit: AuditService,
  ) {}

  /**
   * Re-encodes and writes the new file first (outside any transaction: it is the slow part), then
   * points the guest at it in one transaction, then removes the previous file. A failed transaction
   * removes the new file instead; no path leaves a row pointing at a missing file.
   */
  async upload(actor: OrganizerActor, guestId: string, bytes: Buffer): Promise<GuestPhoto> {
    // Checked before the work on the image, and again under the row lock below.
    await this.ownedPhotoKey(actor, guestId);
    const { key } = await this.store.save(guestId, bytes);
    let old: string | null;
    let photoUrl: string;
    try {
      ({ old, photoUrl } = await this.db.transaction(async (m) => {
        const before = await this.ownedPhotoKey(actor, guestId, m);
        // (Wrapped in a SELECT because TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
        const [row] = await m.query(
          `WITH g AS (UPDATE guests SET photo_key = $2, photo_updated_at = date_trunc('milliseconds', now()) WHERE id = $1 AND host_id = $3 RETURNING *)
           SELECT ${PHOTO_URL_SQL('g')} AS "photoUrl" FROM g`,
          [guestId, key, actor.user.hostId],
        );
        await this.audit.record(m, actor, {
          action: 'guest.photoChanged',
          entityType: 'guest',
          entityId: guestId,
          changes: { photo: { before: before !== null, after: true } },
        });
        return { old: before, photoUrl: row.photoUrl as string };
      }));
    } catch (e) {
      await this.store.removeQuietly(key);
      throw e;
    }
    if (old !== key) await this.store.removeQuietly(old);
    return { photoUrl };
  }

  /** Takes the photo off the guest; removing a photo that is not there is not an error. */
  async remove(actor: OrganizerActor, guestId: string): Promise<void> {
    const old = await this.db.transaction(async (m) => {
      const before = await this.ownedPhotoKey(actor, guestId, m);
      if (before === null) return null;
      await m.query('UPDATE guests SET photo_key = NULL, photo_updated_at = NULL WHERE id = $1 AND host_id = $2', [guestId, actor.user.hostId]);
      await this.audit.record(m, actor, {
        action: 'guest.photoRemoved',
        entityType: 'guest',
        entityId: guestId,
        changes: { photo: { before: true, after: false } },
      });
      return before;
    });
    await this.store.removeQuietly(old);
  }

  /** Public: the photo is part of the guest's public profile. The path comes from the stored key only. */
  async file(guestId: string): Promise<PhotoFile> {
    const [row] = await this.db.query('SELECT photo_key AS "key" FROM guests WHERE id = $1', [guestId]);
    if (!row?.key) throw noPhoto(guestId);
    const file = await this.store.open(row.key);
    if (!file) throw noPhoto(guestId);
    return file;
  }

  /**
   * The guest's current photo key (null: none) if the guest belongs to the actor's host, else 404.
   * Given a transaction's manager, locks the row: concurrent uploads for one guest take turns, so
   * each sees the key the other wrote and removes exactly the file it replaced.
   */
  private async ownedPhotoKey(actor: OrganizerActor, guestId: string, m?: EntityManager): Promise<string | null> {
    const lock = m ? ' FOR UPDATE' : '';
    const [row] = await (m ?? this.db.manager).query(`SELECT photo_key AS "key" FROM guests WHERE id = $1 AND host_id = $2${lock}`, [
      guestId,
      actor.user.hostId,
    ]);
    if (!row) throw guestNotFound(guestId);
    return row.key;
  }
}
