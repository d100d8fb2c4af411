import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAppSecret } from '../../config/app-secret';
import { archivePhotos, photoArchiveEntries, photoArchiveFor, restorePhotos } from './photos-archive';
import { scratchFolders } from '../../../test/scratch';

describe('guest photos beside a backup', () => {
  const work = scratchFolders('photos-archive-');

  it.each([
    ['/b/bussanten-2026-11-26-021530.dump', '/b/bussanten-2026-11-26-021530.photos.tar.gz'],
    ['/b/nightly', '/b/nightly.photos.tar.gz'],
  ])('%s → %s', (dump, archive) => {
    expect(photoArchiveFor(dump)).toBe(archive);
  });

  it('archives the stored photos only, and adds them back without touching newer ones', async () => {
    const dir = work();
    const photos = join(dir, 'photos');
    mkdirSync(photos);
    writeFileSync(join(photos, 'a-1.jpg'), 'first');
    writeFileSync(join(photos, 'b-2.jpg'), 'second');
    writeFileSync(join(photos, '.c-3.jpg.tmp'), 'a write in progress');
    const archive = join(dir, 'x.photos.tar.gz');
    expect(await archivePhotos(photos, archive)).toBe(2);
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    expect((await photoArchiveEntries(archive)).sort()).toEqual(['a-1.jpg', 'b-2.jpg']);

    const restored = join(dir, 'elsewhere');
    mkdirSync(restored);
    writeFileSync(join(restored, 'd-4.jpg'), 'uploaded since');
    expect(await restorePhotos(archive, restored)).toBe(2);
    expect(readdirSync(restored).sort()).toEqual(['a-1.jpg', 'b-2.jpg', 'd-4.jpg']);
    expect(readFileSync(join(restored, 'b-2.jpg'), 'utf8')).toBe('second');
  });

  it('never holds the key file DATA_DIR/app-secret (the key stays apart from the backups)', async () => {
    const dataDir = work();
    const { secret } = await loadAppSecret({}, dataDir);
    mkdirSync(join(dataDir, 'photos'));
    writeFileSync(join(dataDir, 'photos', 'a-1.jpg'), 'first');
    // As `npm run backup` does: the photos of DATA_DIR/photos beside the dump.
    const archive = join(dataDir, 'backups', 'x.photos.tar.gz');
    mkdirSync(join(dataDir, 'backups'));
    expect(await archivePhotos(join(dataDir, 'photos'), archive)).toBe(1);
    expect(await photoArchiveEntries(archive)).toEqual(['a-1.jpg']);
    expect(execFileSync('tar', ['-xzOf', archive]).toString()).not.toContain(secret);
  });

  it('writes nothing when there are no photos', async () => {
    const dir = work();
    expect(await archivePhotos(join(dir, 'missing'), join(dir, 'x.photos.tar.gz'))).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a path that climbs out', '../escape.jpg'],
    ['a folder', 'sub/a.jpg'],
  ])('refuses an archive holding %s, before extracting anything', async (_, name) => {
    const dir = work();
    mkdirSync(join(dir, 'src', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'src', 'sub', 'a.jpg'), 'x');
    writeFileSync(join(dir, 'escape.jpg'), 'x');
    const archive = join(dir, 'bad.tar.gz');
    execFileSync('tar', ['-czPf', archive, '-C', join(dir, 'src'), name]); // -P: keep the name as given
    const target = join(dir, 'target');
    await expect(restorePhotos(archive, target)).rejects.toThrow(`holds "${name}", which is not a photo file name`);
    expect(() => readdirSync(target)).toThrow(); // not even created
  });

  // Extracted as root, a link or a device file among the photos would reach outside DATA_DIR/photos.
  const special: [string, string, (dir: string) => void][] = [
    ['a symbolic link', 'a symbolic link', (dir) => symlinkSync('/etc/passwd', join(dir, 'evil.jpg'))],
    ['a hard link', 'a hard link', (dir) => linkSync(join(dir, 'a-1.jpg'), join(dir, 'evil.jpg'))],
    ['a FIFO', 'a FIFO', (dir) => execFileSync('mkfifo', [join(dir, 'evil.jpg')])],
  ];
  // Only root can make a device file (and only root's tar would recreate one).
  if (process.getuid?.() === 0) special.push(['a device file', 'a character device', (dir) => execFileSync('mknod', [join(dir, 'evil.jpg'), 'c', '1', '3'])]);
  it.each(special)('refuses an archive holding %s, before extracting anything', async (_, kind, make) => {
    const dir = work();
    const src = join(dir, 'src');
    mkdirSync(src);
    writeFileSync(join(src, 'a-1.jpg'), 'a real photo');
    make(src);
    const archive = join(dir, 'bad.photos.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', src, 'a-1.jpg', 'evil.jpg']);
    const target = join(dir, 'target');
    await expect(photoArchiveEntries(archive)).rejects.toThrow(`holds "evil.jpg", which is ${kind}, not a photo file`);
    await expect(restorePhotos(archive, target)).rejects.toThrow(kind);
    expect(() => readdirSync(target)).toThrow(); // not even created: a-1.jpg was not extracted either
  });

  it('refuses a file that is not a gzip tar', async () => {
    const dir = work();
    writeFileSync(join(dir, 'junk.photos.tar.gz'), 'not an archive');
    await expect(photoArchiveEntries(join(dir, 'junk.photos.tar.gz'))).rejects.toThrow('reading');
  });
});
