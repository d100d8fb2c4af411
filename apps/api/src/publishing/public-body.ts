import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaderValues } from '../observability/security-headers';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** A public response body with a strong ETag (hash of the exact bytes). */
export interface PublicBody {
  bytes: Buffer;
  etag: string;
  contentType: string;
  /** Header sets built once per body and per extra set: a hot public read only writes them. */
  headers?: Map<string, Record<string, string>>;
}

export function publicBody(content: string | Buffer, contentType: string): PublicBody {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`, contentType };
}

/**
 * Sends a public body: 304 when the client already has these bytes, otherwise the bytes with caching
 * headers a CDN can honour (short max-age, stale-while-revalidate), and the security headers every
 * other answer gets from helmet: the hot public reads never pass through it (hot-public-reads.ts).
 * `extra` replaces any of them (the public pages' own Content-Security-Policy); a header it gives
 * as null is not sent at all, even if a middleware set it before (the widget's X-Frame-Options).
 */
export function sendPublic(req: IncomingMessage, res: ServerResponse, body: PublicBody, extra: Record<string, string | null> = {}): void {
  const headers = headersOf(body, extra);
  for (const [name, value] of Object.entries(extra)) if (value === null) res.removeHeader(name);
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim() === body.etag || t.trim() === `W/${body.etag}`)) {
    res.writeHead(304, headers.notModified);
    res.end();
    return;
  }
  res.writeHead(200, headers.ok);
  res.end(body.bytes);
}

function headersOf(body: PublicBody, extra: Record<string, string | null>): { ok: Record<string, string>; notModified: Record<string, string> } {
  const key = JSON.stringify(extra);
  body.headers ??= new Map();
  let notModified = body.headers.get(`304${key}`);
  let ok = body.headers.get(`200${key}`);
  if (!notModified || !ok) {
    notModified = { ...securityHeaderValues(), ETag: body.etag, 'Cache-Control': PUBLIC_CACHE_CONTROL };
    for (const [name, value] of Object.entries(extra)) {
      if (value === null) delete notModified[name];
      else notModified[name] = value;
    }
    ok = { ...notModified, 'Content-Type': body.contentType, 'Content-Length': String(body.bytes.length) };
    body.headers.set(`304${key}`, notModified);
    body.headers.set(`200${key}`, ok);
  }
  return { ok, notModified };
}
