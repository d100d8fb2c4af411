import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicBody, type PublicBody } from '../public-body';

/** A year, and never revalidated: the name changes with the bytes. */
export const SCRIPT_CACHE_CONTROL = 'public, max-age=31536000, immutable';
const JS = 'text/javascript; charset=utf-8';

/**
 * The fair page's own script (script/find.ts, built by apps/api/webpack.config.js into
 * dist/apps/api/public-page/find.js beside the API's bundle), read once at start and served under
 * a name made from its bytes' hash, so browsers and CDNs keep it for a year. When the API runs from
 * its sources (the API's own tests) there is no built script: the pages then have none, and are
 * complete without it by design.
 */
export class FindScript {
  readonly body: PublicBody | null;
  /** '/f/_/find.<hash>.js' ('_' is never a fair's slug), or null without a script. */
  readonly path: string | null;

  constructor(bytes: Buffer | null) {
    this.body = bytes ? publicBody(bytes, JS) : null;
    this.path = this.body ? `/f/_/${FindScript.fileName(this.body)}` : null;
  }

  static fileName(body: PublicBody): string {
    return `find.${body.etag.slice(1, 11)}.js`;
  }

  /** The built script beside the running bundle (`dir`: dist/apps/api), or none. */
  static fromDisk(dir: string = __dirname): FindScript {
    try {
      return new FindScript(readFileSync(join(dir, 'public-page', 'find.js')));
    } catch {
      return new FindScript(null);
    }
  }

  /** The body for a requested file name: only the current one (an old page's name after a deploy is a 404; the page works without it). */
  bodyFor(file: string): PublicBody | null {
    return this.body && file === FindScript.fileName(this.body) ? this.body : null;
  }
}
