import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type PgToolName = 'pg_dump' | 'pg_restore' | 'psql';

export interface PgTool {
  path: string;
  major: number;
  version: string;
}

/** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → { major: 15, version: '15.18' }; null when not a PostgreSQL tool. */
export function parsePgVersion(output: string): { major: number; version: string } | null {
  const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return null;
  return { major: Number(m[1]), version: m[2] === undefined ? m[1] : `${m[1]}.${m[2]}` };
}

/**
 * The client to use for a server of the given major version. pg_dump refuses servers newer than
 * itself, and a newer pg_dump writes SQL an older server may refuse (SET transaction_timeout from
 * 17 on), so the same major is best and otherwise the oldest newer one; null when none fits.
 */
export function chooseTool(tools: PgTool[], serverMajor: number): PgTool | null {
  const fitting = tools.filter((t) => t.major >= serverMajor).sort((a, b) => a.major - b.major);
  return fitting[0] ?? null;
}

/** Where PostgreSQL clients live on Debian/Ubuntu, RHEL and Homebrew, then PATH; PG_BIN alone when set. */
function candidateDirs(env: NodeJS.ProcessEnv): string[] {
  if (env['PG_BIN']) return [env['PG_BIN']];
  const versioned = (parent: string, prefix: string, suffix: string): string[] =>
    existsSync(parent)
      ? readdirSync(parent)
          .filter((d) => d.startsWith(prefix))
          .map((d) => join(parent, d, suffix))
      : [];
  return [
    ...versioned('/usr/lib/postgresql', '', 'bin'),
    ...versioned('/usr', 'pgsql-', 'bin'),
    ...versioned('/opt/homebrew/opt', 'postgresql@', 'bin'),
    ...versioned('/usr/local/opt', 'postgresql@', 'bin'),
    ...(env['PATH'] ?? '').split(delimiter).filter(Boolean),
  ];
}

/** Every distinct installed version of one client program. */
export function installedTools(name: PgToolName, env: NodeJS.ProcessEnv = process.env): PgTool[] {
  const found = new Map<string, PgTool>();
  for (const dir of candidateDirs(env)) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    let output: string;
    try {
      output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue;
    }
    const parsed = parsePgVersion(output);
    if (parsed && !found.has(parsed.version)) found.set(parsed.version, { path, ...parsed });
  }
  return [...found.values()];
}

/** The client for this server, or an error that says what was found and what to install. */
export function requireTool(name: PgToolName, serverMajor: number, serverVersion: string, env: NodeJS.ProcessEnv = process.env): PgTool {
  const tools = installedTools(name, env);
  const tool = chooseTool(tools, serverMajor);
  if (tool) return tool;
  const seen = tools.length ? tools.map((t) => `${t.version} (${t.path})`).join(', ') : 'none';
  throw new Error(
    `the server runs PostgreSQL ${serverVersion}, and ${name} must be version ${serverMajor} or newer; found: ${seen}` +
      `${env['PG_BIN'] ? ` in PG_BIN=${env['PG_BIN']}` : ''}. Install the PostgreSQL ${serverMajor} client ` +
      `(Debian: apt install postgresql-client-${serverMajor}) or set PG_BIN to its bin directory.`,
  );
}
