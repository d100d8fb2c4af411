import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchFolders } from '../../test/scratch';
import { runningEmbeddedPostgres } from './embedded-postgres';

// How the tools (backup, restore, create-organizer) read a DATA_DIR's postmaster.pid, without a
// server: the running one is covered by e2e/backup-cli.e2e.spec.ts.
describe('runningEmbeddedPostgres', () => {
  const folder = scratchFolders('bussanten-pid-');
  /** A data directory whose postmaster.pid names `pid` and `port` (PostgreSQL's layout: lines 1 and 4). */
  function dataDirWith(pid: number, port: number): string {
    const dir = folder();
    mkdirSync(join(dir, 'postgres'));
    writeFileSync(join(dir, 'postgres', 'PG_VERSION'), '15\n');
    writeFileSync(join(dir, 'postgres', 'postmaster.pid'), `${pid}\n${join(dir, 'postgres')}\n1700000000\n${port}\n/tmp\n127.0.0.1\n`);
    return dir;
  }

  it('is null without a postmaster.pid, and for one left by a process that is gone', async () => {
    expect(await runningEmbeddedPostgres(folder())).toBeNull();
    expect(await runningEmbeddedPostgres(dataDirWith(2 ** 22 + 12345, 1))).toBeNull(); // above Linux's pid_max
  });

  it('says what to do when the process id is alive but nothing answers on the port', async () => {
    // This test's own pid is alive; port 1 on loopback is closed.
    const dir = dataDirWith(process.pid, 1);
    await expect(runningEmbeddedPostgres(dir)).rejects.toThrow(
      `says PostgreSQL runs as process ${process.pid} on port 1, but nothing answers there. If no Bussanten (npm start) is using ${dir}`,
    );
  }, 15_000);
});
