import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from './config';

/** APP_SECRET's shortest accepted length: `openssl rand -base64 32` gives 44 characters. */
export const APP_SECRET_MIN_LENGTH = 32;

/** Name of the key file made under DATA_DIR when APP_SECRET is not set (outside production). */
export const KEY_FILE_NAME = 'app-secret';

export interface AppSecret {
  /** The key material new values are sealed with. */
  secret: string;
  /** APP_SECRET_PREVIOUS while rotating: values sealed under it still open, and are re-sealed at start. */
  previous: string | null;
  /** Where `secret` came from, for the start-up log (never the value). */
  origin: 'APP_SECRET' | { file: string };
}

function checked(name: string, value: string): string {
  if (value.length < APP_SECRET_MIN_LENGTH) {
    throw new ConfigError(`${name} must be at least ${APP_SECRET_MIN_LENGTH} characters (make one with \`openssl rand -base64 32\`); it has ${value.length}`);
  }
  return value;
}

/**
 * The key that encrypts stored secrets (the webhooks' signing secrets): APP_SECRET, or, outside
 * production, a key file DATA_DIR/app-secret made on the first start. With NODE_ENV=production and
 * no APP_SECRET the app refuses to start: a key file on the data volume would travel with every
 * copy of that volume, and a replica on another machine would make a key of its own.
 */
export async function loadAppSecret(env: NodeJS.ProcessEnv, dataDir: string): Promise<AppSecret> {
  const given = env['APP_SECRET']?.trim();
  const previousText = env['APP_SECRET_PREVIOUS']?.trim();
  const previous = previousText ? checked('APP_SECRET_PREVIOUS', previousText) : null;
  if (given) return { secret: checked('APP_SECRET', given), previous: previous === given ? null : previous, origin: 'APP_SECRET' };
  if (env['NODE_ENV'] === 'production') {
    throw new ConfigError(
      `APP_SECRET must be set when NODE_ENV=production: it is the key that encrypts the webhook signing secrets in the database ` +
        `(at least ${APP_SECRET_MIN_LENGTH} characters, e.g. \`openssl rand -base64 32\`). Keep it apart from the backups (README, "Secrets").`,
    );
  }
  const file = join(dataDir, KEY_FILE_NAME);
  const secret = await readOrCreateKeyFile(file);
  return { secret, previous: previous === secret ? null : previous, origin: { file } };
}

/**
 * The key in `file`, made first when there is none. Two processes may start together on one
 * DATA_DIR, so the file must appear at once and complete: the key is written (mode 0600, `wx`) to a
 * temporary file of this process and then hard-linked to the final name, which fails with EEXIST
 * when another process got there first; either way every process then reads the one file there is.
 * (Writing the final name directly with `wx` would let a second process read it half-written.)
 */
export async function readOrCreateKeyFile(file: string): Promise<string> {
  const dir = join(file, '..');
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${KEY_FILE_NAME}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
    await link(temp, file).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  } finally {
    await rm(temp, { force: true });
  }
  const secret = (await readFile(file, 'utf8')).trim();
  if (secret.length < APP_SECRET_MIN_LENGTH)
    throw new ConfigError(
      `${file} does not hold a key of at least ${APP_SECRET_MIN_LENGTH} characters; put back the key it held (README, "Secrets"), or set APP_SECRET to it`,
    );
  return secret;
}
