// The first step of `npm test` and `npm run test:e2e`, before anything is built: the programs the
// tests need besides node_modules. Debian's Chromium for the browser tests (where e2e/support/browser.ts
// looks: CHROMIUM_PATH, else /usr/bin/chromium) and the PostgreSQL client programs pg_dump, pg_restore
// and psql for the backup tests (where apps/api/src/database/backup/pg-tools.ts looks: PG_BIN alone
// when set, else /usr/lib/postgresql/*/bin, the RHEL and Homebrew places, then PATH).
// All present: says nothing. Something missing: as root it is installed with apt-get (one line says
// so; `apt-get update` only when the install fails first); otherwise it stops at once with the
// command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const PG_TOOLS = ['pg_dump', 'pg_restore', 'psql'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function chromiumPath(env) {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** The same places, in the same order, as candidateDirs() in pg-tools.ts. */
function pgDirs(env) {
  if (env.PG_BIN) return [env.PG_BIN];
  const versioned = (parent, prefix, suffix) => {
    try {
      return readdirSync(parent)
        .filter((d) => d.startsWith(prefix))
        .map((d) => join(parent, d, suffix));
    } catch {
      return [];
    }
  };
  return [
    ...versioned('/usr/lib/postgresql', '', 'bin'),
    ...versioned('/usr', 'pgsql-', 'bin'),
    ...versioned('/opt/homebrew/opt', 'postgresql@', 'bin'),
    ...versioned('/usr/local/opt', 'postgresql@', 'bin'),
    ...(env.PATH ?? '').split(delimiter).filter(Boolean),
  ];
}

/** A PostgreSQL client program that answers `--version` as one (what the backup code accepts). */
function hasPgTool(name, env) {
  for (const dir of pgDirs(env)) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    try {
      const out = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
      if (/\(PostgreSQL\)\s+\d+/.test(out)) return true;
    } catch {
      // not runnable: try the next place
    }
  }
  return false;
}

/** What is missing, as Debian packages with the reason for each. */
function missing(env) {
  const out = [];
  const chromium = chromiumPath(env);
  if (!isExecutable(chromium)) out.push({ pkg: 'chromium', why: `no Chromium at ${chromium}${env.CHROMIUM_PATH ? ' (CHROMIUM_PATH)' : ''}` });
  const pg = PG_TOOLS.filter((name) => !hasPgTool(name, env));
  if (pg.length) out.push({ pkg: 'postgresql-client', why: `no ${pg.join(', ')}${env.PG_BIN ? ` in PG_BIN=${env.PG_BIN}` : ''}` });
  return out;
}

function aptGet(args) {
  const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return { ok: r.status === 0, stderr: r.error ? String(r.error.message) : r.stderr };
}

function main() {
  const env = process.env;
  const lacking = missing(env);
  if (!lacking.length) return 0;
  const pkgs = lacking.map((m) => m.pkg);
  const reasons = lacking.map((m) => m.why).join('; ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  if (!isRoot) {
    console.error(
      `The tests need programs this machine lacks: ${reasons}.\n` +
        `Install them, then run the tests again:\n\n    sudo apt-get install -y ${pkgs.join(' ')}\n\n` +
        `(Debian/Ubuntu. Elsewhere install Chromium and the PostgreSQL client yourself and set CHROMIUM_PATH or PG_BIN to where they are.)`,
    );
    return 1;
  }

  console.log(`test prerequisites: ${reasons}; installing ${pkgs.join(' ')} with apt-get`);
  const install = ['install', '-y', '-qq', ...pkgs];
  let result = aptGet(install);
  if (!result.ok) {
    const update = aptGet(['update', '-qq']);
    result = update.ok ? aptGet(install) : update;
  }
  if (!result.ok) {
    console.error(`apt-get install -y ${pkgs.join(' ')} failed:\n${result.stderr.trim()}`);
    return 1;
  }
  const still = missing(env);
  if (still.length) {
    const hints = [
      ...(still.some((m) => m.pkg === 'chromium') && env.CHROMIUM_PATH
        ? ["Debian's chromium is /usr/bin/chromium: unset CHROMIUM_PATH or point it there"]
        : []),
      ...(still.some((m) => m.pkg === 'postgresql-client') && env.PG_BIN ? ["unset PG_BIN or point it at the client's bin directory"] : []),
    ];
    console.error(`still missing after installing ${pkgs.join(' ')}: ${still.map((m) => m.why).join('; ')}.${hints.length ? ` ${hints.join('; ')}.` : ''}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
