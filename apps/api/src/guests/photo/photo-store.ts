import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { toStoredJpeg } from './photo-image';
import { PHOTO_OPTIONS, type PhotoOptions } from './photo-options';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** `<guest id>-<24 hex>.jpg`: the only names ever joined to the directory, so a key cannot climb out of it. */
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{24}\.jpg$/;

export const isPhotoKey = (key: string): boolean => KEY.test(key);

/** A stored photo ready to send. */
export interface PhotoFile {
  stream: Readable;
  size: number;
  /** Strong: a key names one file whose bytes never change (a new photo gets a new key). */
  etag: string;
}

/**
 * Photo files under one directory (DATA_DIR/photos). Files are immutable: saving writes a new key,
 * the database row says which key is current, and the old file is removed once the row has moved on.
 */
@Injectable()
export class PhotoStore {
  private readonly logger = new Logger('Photos');

  constructor(@Inject(PHOTO_OPTIONS) private readonly options: PhotoOptions) {}

  get dir(): string {
    return this.options.dir;
  }

  /**
   * Checks and re-encodes the upload (see toStoredJpeg: throws UNSUPPORTED_IMAGE), then writes it
   * atomically under a fresh key: a temporary file in the same directory, flushed, renamed.
   */
  async save(guestId: string, bytes: Buffer): Promise<{ key: string }> {
    if (!UUID.test(guestId)) throw new Error(`not a guest id: ${guestId.slice(0, 64)}`);
    const jpeg = await toStoredJpeg(bytes);
    const key = `${guestId}-${randomBytes(12).toString('hex')}.jpg`;
    await mkdir(this.dir, { recursive: true, mode: 0o750 });
    // A leading dot: never a key, so a crash mid-write leaves nothing a guest row could point at.
    const temp = join(this.dir, `.${key}.tmp`);
    try {
      const file = await open(temp, 'wx', 0o640);
      try {
        await file.writeFile(jpeg);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, this.pathOf(key));
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
    return { key };
  }

  /** The stored file, or null when the key is malformed or its file is gone. */
  async open(key: string): Promise<PhotoFile | null> {
    if (!isPhotoKey(key)) {
      this.logger.error(`refusing malformed photo key ${JSON.stringify(key.slice(0, 100))}`);
      return null;
    }
    let file;
    try {
      file = await open(this.pathOf(key), 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        this.logger.warn(`photo ${key} is in the database but not in ${this.dir}`);
        return null;
      }
      throw e;
    }
    try {
      const { size } = await file.stat();
      return { stream: file.createReadStream(), size, etag: `"${key.slice(0, -'.jpg'.length)}"` };
    } catch (e) {
      await file.close();
      throw e;
    }
  }

  /** Deletes a photo file; a file already gone is fine. */
  async remove(key: string): Promise<void> {
    if (!isPhotoKey(key)) throw new Error(`malformed photo key ${JSON.stringify(key.slice(0, 100))}`);
    try {
      await unlink(this.pathOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }

  /** remove() for after a commit: a failure is logged (the file is an orphan), never the request's failure. */
  async removeQuietly(key: string | null): Promise<void> {
    if (!key) return;
    try {
      await this.remove(key);
    } catch (e) {
      this.logger.warn(`could not remove photo ${key}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private pathOf(key: string): string {
    if (!isPhotoKey(key)) throw new Error('malformed photo key');
    return join(this.dir, key);
  }
}
