import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchFolders } from './scratch';

// tools/test-prerequisites.mjs, the first step of `npm test`: run as a child process, as a user
// without root (this machine may run the tests as root: the child then drops to `nobody`), against
// fake programs, so that nothing is ever installed here.
const SCRIPT = join(__dirname, '../../../tools/test-prerequisites.mjs');

/** The command line that runs the script as an unprivileged user. */
function unprivileged(): string[] {
  if (process.getuid?.() !== 0) return [process.execPath, SCRIPT];
  for (const setpriv of ['/usr/bin/setpriv', '/bin/setpriv'])
    if (existsSync(setpriv)) return [setpriv, '--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, SCRIPT];
  for (const runuser of ['/usr/sbin/runuser', '/sbin/runuser']) if (existsSync(runuser)) return [runuser, '-u', 'nobody', '--', process.execPath, SCRIPT];
  throw new Error('running as root, and neither setpriv nor runuser is here to run the script as another user');
}

describe('tools/test-prerequisites.mjs (the first step of npm test)', () => {
  const folder = scratchFolders('test-prerequisites-');

  /** A folder `nobody` can read, with executables that print what the real ones would. */
  function fakes(programs: Record<string, string>): string {
    const dir = folder();
    chmodSync(dir, 0o755);
    for (const [name, output] of Object.entries(programs)) {
      writeFileSync(join(dir, name), `#!/bin/sh\necho '${output}'\n`);
      chmodSync(join(dir, name), 0o755);
    }
    return dir;
  }
  const PG = { pg_dump: 'pg_dump (PostgreSQL) 15.18', pg_restore: 'pg_restore (PostgreSQL) 15.18', psql: 'psql (PostgreSQL) 15.18' };

  function run(env: Record<string, string>) {
    const [cmd, ...args] = unprivileged();
    const started = Date.now();
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000, env: { PATH: '/usr/bin:/bin', ...env } });
    return { status: r.status, out: `${r.stdout}${r.stderr}`, stderr: r.stderr, ms: Date.now() - started };
  }

  it('without root and without Chromium or the PostgreSQL client, stops at once naming the command to run', () => {
    const r = run({ CHROMIUM_PATH: '/nonexistent/chromium', PG_BIN: fakes({}) });
    expect(r.status).not.toBe(0);
    expect(r.ms).toBeLessThan(5_000);
    expect(r.out).toContain('sudo apt-get install -y chromium postgresql-client\n');
    expect(r.out).toContain('no Chromium at /nonexistent/chromium (CHROMIUM_PATH)');
    expect(r.out).not.toContain('installing');
  });

  it('names only what is missing', () => {
    const chromium = join(fakes({ chromium: 'Chromium 156' }), 'chromium');
    const noChromium = run({ CHROMIUM_PATH: '/nonexistent/chromium', PG_BIN: fakes(PG) });
    expect(noChromium.status).not.toBe(0);
    expect(noChromium.out).toContain('sudo apt-get install -y chromium\n');
    expect(noChromium.out).not.toContain('postgresql-client');

    const noPsql = run({ CHROMIUM_PATH: chromium, PG_BIN: fakes({ pg_dump: PG.pg_dump, pg_restore: PG.pg_restore }) });
    expect(noPsql.status).not.toBe(0);
    expect(noPsql.out).toContain('sudo apt-get install -y postgresql-client\n');
    expect(noPsql.out).toMatch(/no psql in PG_BIN=/);
    expect(noPsql.out).not.toMatch(/install -y chromium/);

    // A program of that name that is not PostgreSQL's does not count (the backup code would refuse it too).
    const notPostgres = run({ CHROMIUM_PATH: chromium, PG_BIN: fakes({ ...PG, pg_dump: 'mysqldump  Ver 10.19' }) });
    expect(notPostgres.out).toContain('sudo apt-get install -y postgresql-client\n');
  });

  it('with everything present, exits 0 and says nothing', () => {
    const r = run({ CHROMIUM_PATH: join(fakes({ chromium: 'Chromium 156' }), 'chromium'), PG_BIN: fakes(PG) });
    expect(r).toMatchObject({ status: 0, out: '' });
    expect(r.ms).toBeLessThan(5_000);
  });
});
