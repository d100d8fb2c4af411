import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where photos are kept; main.ts passes DATA_DIR/photos, tests a temporary directory each. */
export interface PhotoOptions {
  dir: string;
}

export const PHOTO_OPTIONS = Symbol('PHOTO_OPTIONS');

/** Only for apps built without a directory (some tests): never main.ts, whose photos must outlive a reboot. */
export const fallbackPhotosDir = (): string => join(tmpdir(), 'bussanten-photos');
