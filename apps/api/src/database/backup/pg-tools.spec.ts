import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseTool, parsePgVersion, PgTool, requireTool } from './pg-tools';
import { scratchFolders } from '../../../test/scratch';

describe('parsePgVersion', () => {
  it.each([
    ['pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)', { major: 15, version: '15.18' }],
    ['pg_restore (PostgreSQL) 18.4', { major: 18, version: '18.4' }],
    ['psql (PostgreSQL) 9.6.24', { major: 9, version: '9.6' }],
    ['pg_dump (PostgreSQL) 17beta1', { major: 17, version: '17' }],
    ['mysqldump  Ver 10.19', null],
    ['', null],
  ])('%s', (output, expected) => {
    expect(parsePgVersion(output)).toEqual(expected);
  });
});

describe('chooseTool', () => {
  const tool = (major: number): PgTool => ({ path: `/pg${major}/pg_dump`, major, version: `${major}.1` });
  it.each([
    ['the same major when there is one', [tool(17), tool(15), tool(16)], 15, 15],
    ['else the oldest newer one (a newer pg_dump writes SQL an older server may refuse)', [tool(18), tool(17)], 16, 17],
    ['never an older one', [tool(14), tool(15)], 16, null],
    ['nothing installed', [], 15, null],
  ])('%s', (_, tools, server, expected) => {
    expect(chooseTool(tools, server)?.major ?? null).toBe(expected);
  });
});

describe('requireTool', () => {
  const folder = scratchFolders('pg-bin-');
  function fakeBin(versions: Record<string, string>): string {
    const dir = folder();
    for (const [name, output] of Object.entries(versions)) {
      writeFileSync(join(dir, name), `#!/bin/sh\necho '${output}'\n`);
      chmodSync(join(dir, name), 0o755);
    }
    return dir;
  }

  it('uses only PG_BIN when it is set, and finds the program there', () => {
    const dir = fakeBin({ pg_dump: 'pg_dump (PostgreSQL) 16.2' });
    expect(requireTool('pg_dump', 16, '16.2', { PG_BIN: dir })).toEqual({ path: join(dir, 'pg_dump'), major: 16, version: '16.2' });
  });

  it('names what it found, what the server needs and how to get it when nothing fits', () => {
    const dir = fakeBin({ pg_dump: 'pg_dump (PostgreSQL) 15.18' });
    expect(() => requireTool('pg_dump', 18, '18.4', { PG_BIN: dir })).toThrow(
      `the server runs PostgreSQL 18.4, and pg_dump must be version 18 or newer; found: 15.18 (${join(dir, 'pg_dump')}) in PG_BIN=${dir}. ` +
        'Install the PostgreSQL 18 client (Debian: apt install postgresql-client-18) or set PG_BIN to its bin directory.',
    );
  });

  it('says "none" when the program is missing altogether', () => {
    const dir = fakeBin({ psql: 'psql (PostgreSQL) 15.18' });
    expect(() => requireTool('pg_restore', 15, '15.18', { PG_BIN: dir })).toThrow('found: none');
  });
});
