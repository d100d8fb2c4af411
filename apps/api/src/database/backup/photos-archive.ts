import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Guest photos live as files beside the database (DATA_DIR/photos), named by immutable keys the
 * database rows point at. A backup is only whole with them, so `npm run backup` writes them next to
 * the dump: bussanten-….dump → bussanten-….photos.tar.gz.
 */
export function photoArchiveFor(dumpFile: string): string {
  return `${dumpFile.replace(/\.dump$/, '')}.photos.tar.gz`;
}

/** Stored photos (never the dot-files of a write in progress). */
export function storedPhotos(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.')) : [];
}

/** tar.gz of the stored photos, written under a temporary name and renamed when complete; null when there are none. */
export async function archivePhotos(dir: string, archive: string): Promise<number | null> {
  const photos = storedPhotos(dir);
  if (photos.length === 0) return null;
  const partial = `${archive}.partial`;
  try {
    await run('tar', ['-czf', partial, '-C', dir, '--', ...photos], { maxBuffer: 1 << 20 });
  } catch (e) {
    rmSync(partial, { force: true });
    throw new Error(`archiving the photos in ${dir} failed: ${(e as Error).message}`);
  }
  chmodSync(partial, 0o600);
  renameSync(partial, archive);
  return photos.length;
}

/** What `tar -tv` prints first on an entry's line for each kind of entry that is not a plain file. */
const ENTRY_KINDS: Record<string, string> = {
  l: 'a symbolic link',
  h: 'a hard link',
  d: 'a folder',
  c: 'a character device',
  b: 'a block device',
  p: 'a FIFO',
  s: 'a socket',
};

/**
 * Names in the archive; refuses anything but plain files with plain names (no folders, no "..", no
 * absolute paths, no links, devices or FIFOs: extracted as root, a link could make a later photo
 * write land outside the photo directory, and a device file would give whoever made the archive a
 * door into the machine). Reads the listing only, so a refused archive writes nothing.
 */
export async function photoArchiveEntries(archive: string): Promise<string[]> {
  let listing: string;
  let verbose: string;
  try {
    listing = (await run('tar', ['-tzf', archive], { maxBuffer: 16 << 20 })).stdout;
    // The long listing's first column is the entry's type, as `ls -l` shows it ('-' for a plain file).
    verbose = (await run('tar', ['-tvzf', archive], { maxBuffer: 64 << 20, env: { ...process.env, LC_ALL: 'C' } })).stdout;
  } catch (e) {
    throw new Error(`reading ${archive} as a photo archive failed: ${(e as Error).message}`);
  }
  const names = listing.split('\n').filter(Boolean);
  const odd = names.find((n) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(n));
  if (odd !== undefined) throw new Error(`${archive} holds "${odd}", which is not a photo file name`);
  const lines = verbose.split('\n').filter(Boolean);
  if (lines.length !== names.length) throw new Error(`reading ${archive} as a photo archive failed: its two listings disagree`);
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('-')) continue;
    const kind = ENTRY_KINDS[line[0]] ?? `an entry of type "${line[0]}"`;
    throw new Error(`${archive} holds "${names[i]}", which is ${kind}, not a photo file: nothing was restored from it`);
  }
  return names;
}

/**
 * Adds the archive's photos to the directory. Keys never repeat, so nothing there is replaced or
 * removed: photos uploaded since the backup stay, and are simply no longer pointed at.
 */
export async function restorePhotos(archive: string, dir: string): Promise<number> {
  const names = await photoArchiveEntries(archive);
  mkdirSync(dir, { recursive: true, mode: 0o750 });
  await run('tar', ['-xzf', archive, '-C', dir, '--no-same-owner', '--', ...names], { maxBuffer: 1 << 20 });
  return names.length;
}
