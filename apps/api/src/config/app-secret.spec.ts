import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_SECRET_MIN_LENGTH, loadAppSecret, readOrCreateKeyFile } from './app-secret';
import { ConfigError } from './config';

describe('loadAppSecret', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bussanten-app-secret-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const strong = 'x'.repeat(APP_SECRET_MIN_LENGTH);

  it('refuses to start in production without APP_SECRET, saying what to set, and makes no key file', async () => {
    const refused = loadAppSecret({ NODE_ENV: 'production' }, dataDir);
    await expect(refused).rejects.toThrow(ConfigError);
    await expect(refused).rejects.toThrow(/APP_SECRET must be set when NODE_ENV=production/);
    await expect(loadAppSecret({ NODE_ENV: 'production', APP_SECRET: '   ' }, dataDir)).rejects.toThrow(/APP_SECRET must be set/);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('takes APP_SECRET (in production too) when it is long enough, and APP_SECRET_PREVIOUS for rotation', async () => {
    expect(await loadAppSecret({ NODE_ENV: 'production', APP_SECRET: ` ${strong} ` }, dataDir)).toEqual({
      secret: strong,
      previous: null,
      origin: 'APP_SECRET',
    });
    expect(await loadAppSecret({ APP_SECRET: strong, APP_SECRET_PREVIOUS: `${strong}y` }, dataDir)).toMatchObject({ previous: `${strong}y` });
    await expect(loadAppSecret({ APP_SECRET: 'short' }, dataDir)).rejects.toThrow(/APP_SECRET must be at least 32 characters .* it has 5/);
    await expect(loadAppSecret({ APP_SECRET: strong, APP_SECRET_PREVIOUS: 'short' }, dataDir)).rejects.toThrow(/APP_SECRET_PREVIOUS must be at least 32/);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('outside production, makes DATA_DIR/app-secret (mode 0600) once and reads it on later starts', async () => {
    const first = await loadAppSecret({}, dataDir);
    expect(first.origin).toEqual({ file: join(dataDir, 'app-secret') });
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(join(dataDir, 'app-secret'))).mode & 0o777).toBe(0o600);
    expect((await loadAppSecret({ NODE_ENV: 'development' }, dataDir)).secret).toBe(first.secret);
    expect(await readdir(dataDir)).toEqual(['app-secret']); // no temporary file left behind
  });

  it('two processes starting together get the one same key (the file appears complete, at once)', async () => {
    const keys = await Promise.all(Array.from({ length: 12 }, () => readOrCreateKeyFile(join(dataDir, 'app-secret'))));
    expect(new Set(keys).size).toBe(1);
    expect((await readFile(join(dataDir, 'app-secret'), 'utf8')).trim()).toBe(keys[0]);
    expect(await readdir(dataDir)).toEqual(['app-secret']);
  });

  it('refuses a key file that holds no key', async () => {
    await writeFile(join(dataDir, 'app-secret'), '\n', { mode: 0o600 });
    await expect(loadAppSecret({}, dataDir)).rejects.toThrow(/does not hold a key/);
  });
});
