import { Logger } from '@nestjs/common';
import { ErrorCode } from '@bussanten/contracts';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { PhotoStore } from './photo-store';

const GUEST = '0b7e4a52-93c1-4d3e-9a57-2f0a8c1d6e11';

describe('PhotoStore (files only)', () => {
  beforeAll(() => Logger.overrideLogger(false)); // the refusals below log on purpose
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']));
  let dir: string;
  let store: PhotoStore;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'photo-store-')), 'photos'); // created on first save
    store = new PhotoStore({ dir });
  });
  afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

  const png = () =>
    sharp({ create: { width: 50, height: 40, channels: 3, background: '#0a0' } })
      .png()
      .toBuffer();

  it('writes <guest id>-<random>.jpg under the directory, and nothing else', async () => {
    const { key } = await store.save(GUEST, await png());
    expect(key).toMatch(new RegExp(`^${GUEST}-[0-9a-f]{24}\\.jpg$`));
    expect(await readdir(dir)).toEqual([key]); // no temporary file left behind
    expect((await sharp(await readFile(join(dir, key))).metadata()).format).toBe('jpeg');
    const second = await store.save(GUEST, await png());
    expect(second.key).not.toBe(key);
  });

  it('writes nothing for a refused image', async () => {
    await expect(store.save(GUEST, Buffer.from('not an image'))).rejects.toMatchObject({ code: ErrorCode.UnsupportedImage });
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('opens a stored photo with its size and a strong ETag', async () => {
    const { key } = await store.save(GUEST, await png());
    const file = await store.open(key);
    expect(file).not.toBeNull();
    const chunks: Buffer[] = [];
    for await (const chunk of file!.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).length).toBe(file!.size);
    expect(file!.etag).toBe(`"${key.replace(/\.jpg$/, '')}"`);
  });

  it('removes a photo; one already gone is fine', async () => {
    const { key } = await store.save(GUEST, await png());
    await store.remove(key);
    expect(await readdir(dir)).toEqual([]);
    await store.remove(key);
    expect(await store.open(key)).toBeNull();
  });

  it.each(['../../etc/passwd', `${GUEST}-${'0'.repeat(24)}.jpg/../../x`, `../${GUEST}-${'0'.repeat(24)}.jpg`, `${GUEST}.jpg`, '.hidden.tmp', ''])(
    'never touches a path from a malformed key: %p',
    async (key) => {
      await writeFile(join(dir, '..', 'outside.jpg'), 'x');
      expect(await store.open(key)).toBeNull();
      await expect(store.remove(key)).rejects.toThrow(/malformed photo key/);
      await store.removeQuietly(key); // logged, not thrown
      expect(await readFile(join(dir, '..', 'outside.jpg'), 'utf8')).toBe('x');
    },
  );

  it('refuses a guest id that is not a UUID', async () => {
    await expect(store.save('../x', await png())).rejects.toThrow(/not a guest id/);
  });
});
