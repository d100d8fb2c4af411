import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { tableDigester, TableDigests } from '../../../test/table-digests';
import { createTestDatabase, dropTestDatabase } from '../../../test/test-database';
import { dataSourceOptions } from '../data-source-options';
import { seedDemoData } from '../seed/seed';
import { RELEASE_CHANNEL } from '../../publishing/release-notifications';
import { backupDatabase, restoreDatabase } from './backup';
import { scratchFolders } from '../../../test/scratch';

// pg_dump and pg_restore against the test server, a seeded database of its own.
describe('backup and restore (pg_dump / pg_restore on real PostgreSQL)', () => {
  let name: string;
  let url: string;
  let db: DataSource;
  let digests: () => Promise<TableDigests>;
  let seeded: TableDigests;
  let archive: string;
  const dir = scratchFolders('bussanten-backup-')();
  // Only while the spec runs; the quiet seed keeps jest's output clean.
  const quietly = async <T>(work: () => Promise<T>): Promise<T> => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      return await work();
    } finally {
      log.mockRestore();
    }
  };

  beforeAll(async () => {
    ({ name, url } = await createTestDatabase());
    db = await new DataSource(dataSourceOptions(url)).initialize();
    await quietly(() => seedDemoData(db));
    digests = await tableDigester((sql) => db.query(sql));
    seeded = await digests();
    archive = join(dir, 'seeded.dump');
  });

  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(name);
  });

  it('writes a custom-format archive readable by its owner only', async () => {
    const done = await backupDatabase(url, archive);
    expect(done.file).toBe(archive);
    expect(done.bytes).toBe(statSync(archive).size);
    expect(done.bytes).toBeGreaterThan(10_000);
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    expect(done.tool.major).toBe(done.server.major);
  });

  it('round trip: after rows are deleted, changed and added, a restore brings back exactly what was backed up', async () => {
    await db.query(`DELETE FROM booth_assignments`);
    await db.query(`UPDATE fairs SET title = 'changed after the backup'`);
    await db.query(`UPDATE municipalities SET reading = reverse(reading)`);
    await db.query(`CREATE TABLE stray (id int)`);
    expect(await digests()).not.toEqual(seeded);

    const listener = new Client({ connectionString: url });
    await listener.connect();
    const told: string[] = [];
    listener.on('notification', (n) => told.push(n.payload ?? ''));
    await listener.query(`LISTEN ${RELEASE_CHANNEL}`);
    try {
      const done = await restoreDatabase(url, archive);
      expect(done.entries).toBeGreaterThan(50);
      expect(await digests()).toEqual(seeded);
      const [{ stray }] = await db.query(`SELECT to_regclass('public.stray') AS stray`);
      expect(stray).toBeNull(); // the schema was replaced, not merged
      // Running API processes are told to drop their cached releases of every fair.
      await new Promise((r) => setTimeout(r, 200));
      const slugs: { slug: string }[] = await db.query(`SELECT slug FROM fairs`);
      expect(told.sort()).toEqual(slugs.map((s) => s.slug).sort());
    } finally {
      await listener.end();
    }
  });

  it('the restored database still enforces its constraints (a booth cannot be double-booked)', async () => {
    const [held] = await db.query(`SELECT booth_id, application_id FROM booth_assignments LIMIT 1`);
    const [other] = await db.query(`SELECT id FROM applications WHERE id <> $1 LIMIT 1`, [held.application_id]);
    const copy = db.query(
      `INSERT INTO booth_assignments (fair_id, booth_id, application_id, first_day, last_day)
       SELECT fair_id, booth_id, $1, first_day, last_day FROM booth_assignments WHERE booth_id = $2 LIMIT 1`,
      [other.id, held.booth_id],
    );
    await expect(copy).rejects.toMatchObject({ code: '23P01' });
  });

  describe('refusals change nothing', () => {
    it.each([
      ['a missing file', async () => join(dir, 'missing.dump'), /no such file/],
      ['a file that is not an archive', async () => writeTo('garbage.dump', 'PGDMP but not really'), /reading .* as a pg_dump archive failed/],
      ['an archive of some other database', () => archiveOfAnotherDatabase(join(dir, 'other.dump')), /not of a Bussanten database/],
    ])('%s', async (_, makeFile, message) => {
      const file = await makeFile();
      const before = await digests();
      await expect(restoreDatabase(url, file)).rejects.toThrow(message);
      expect(await digests()).toEqual(before);
    });

    it('a restore that fails half-way (after the schema was dropped) is rolled back whole', async () => {
      const before = await digests();
      // An event trigger outside the public schema stops the restore at its first CREATE INDEX.
      await db.query(`CREATE SCHEMA IF NOT EXISTS test_guard`);
      await db.query(`CREATE FUNCTION test_guard.refuse() RETURNS event_trigger LANGUAGE plpgsql AS $$
        BEGIN IF tg_tag = 'CREATE INDEX' THEN RAISE EXCEPTION 'refused for the test'; END IF; END $$`);
      await db.query(`CREATE EVENT TRIGGER test_refuse_index ON ddl_command_end EXECUTE FUNCTION test_guard.refuse()`);
      try {
        await expect(restoreDatabase(url, archive)).rejects.toThrow(/psql failed[\s\S]*refused for the test/);
      } finally {
        await db.query(`DROP EVENT TRIGGER test_refuse_index`);
        await db.query(`DROP SCHEMA test_guard CASCADE`);
      }
      expect(await digests()).toEqual(before);
    });
  });

  function writeTo(file: string, text: string): string {
    writeFileSync(join(dir, file), text);
    return join(dir, file);
  }

  async function archiveOfAnotherDatabase(file: string): Promise<string> {
    const other = await createTestDatabase();
    const c = new Client({ connectionString: other.url });
    await c.connect();
    try {
      await c.query(`DROP TABLE migrations`);
    } finally {
      await c.end();
    }
    try {
      await backupDatabase(other.url, file);
      return file;
    } finally {
      await dropTestDatabase(other.name);
    }
  }
});
