import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { securityHeaderValues } from '../observability/security-headers';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** Bodies smaller than this are always sent as they are: compressing them saves a packet at best. */
export const COMPRESS_MIN_BYTES = 1024;

/** Text formats (HTML, JSON, CSS, JS, CSV, iCal, XML, SVG) compress; images such as PNG already are. */
const COMPRESSIBLE_TYPE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg\+xml)/i;

/** How a body goes on the wire: Content-Encoding br, gzip, or none. */
export type PublicCoding = 'br' | 'gzip' | 'identity';
type Compressed = Exclude<PublicCoding, 'identity'>;

/** A public response body with a strong ETag (hash of the exact bytes). */
export interface PublicBody {
  bytes: Buffer;
  etag: string;
  contentType: string;
  /** Whether it may be sent compressed (a compressible type, at least COMPRESS_MIN_BYTES). */
  compressible: boolean;
  /**
   * Its compressed encodings, each made once on the first request that wants it (or its making, in
   * the thread pool; later requests wait for the same one). null: compressing failed, sent plain.
   */
  encoded?: Partial<Record<Compressed, Buffer | null | Promise<Buffer | null>>>;
  /** Header sets built once per body, per encoding and per extra set: a hot public read only writes them. */
  headers?: Map<string, Record<string, string>>;
}

export function publicBody(content: string | Buffer, contentType: string): PublicBody {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    bytes,
    etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`,
    contentType,
    compressible: bytes.length >= COMPRESS_MIN_BYTES && COMPRESSIBLE_TYPE.test(contentType),
  };
}

/**
 * The ETag of a body in one encoding: the bytes' hash, with -br or -gz inside the quotes for the
 * compressed ones (different bytes, so a different strong validator; RFC 9110 8.8.3).
 */
export function etagOf(body: PublicBody, coding: PublicCoding): string {
  return coding === 'identity' ? body.etag : `${body.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;
}

/**
 * Sends a public body: 304 when the client already has these bytes (in any of their encodings),
 * otherwise the bytes with caching headers a CDN can honour (short max-age,
 * stale-while-revalidate), and the security headers every other answer gets from helmet: the hot
 * public reads never pass through it (hot-public-reads.ts). A compressible body goes as brotli or
 * gzip when the request's Accept-Encoding prefers it (preferredCoding), each encoding made once per
 * body (compress), with `Vary: Accept-Encoding`. `extra` replaces any of the headers (the public
 * pages' own Content-Security-Policy); a header it gives as null is not sent at all, even if a
 * middleware set it before (the widget's X-Frame-Options). The promise, when there is one (the
 * first request for an encoding waits for it to be made), never rejects.
 */
export function sendPublic(req: IncomingMessage, res: ServerResponse, body: PublicBody, extra: Record<string, string | null> = {}): void | Promise<void> {
  for (const [name, value] of Object.entries(extra)) if (value === null) res.removeHeader(name);
  const coding = body.compressible ? preferredCoding(req.headers['accept-encoding']) : 'identity';
  const match = req.headers['if-none-match'];
  if (match && matches(match, body)) {
    res.writeHead(304, headersOf(body, coding, extra, null));
    res.end();
    return;
  }
  if (coding === 'identity') return send(res, body, 'identity', body.bytes, extra);
  const encoded = compress(body, coding);
  if (encoded instanceof Promise) return encoded.then((bytes) => send(res, body, bytes ? coding : 'identity', bytes ?? body.bytes, extra));
  send(res, body, encoded ? coding : 'identity', encoded ?? body.bytes, extra);
}

function send(res: ServerResponse, body: PublicBody, coding: PublicCoding, bytes: Buffer, extra: Record<string, string | null>): void {
  res.writeHead(200, headersOf(body, coding, extra, bytes));
  res.end(bytes);
}

/** If-None-Match against every encoding's ETag (weak comparison, as for GET: RFC 9110 13.1.2). */
function matches(header: string, body: PublicBody): boolean {
  return header.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    return tag === body.etag || (body.compressible && (tag === etagOf(body, 'br') || tag === etagOf(body, 'gzip')));
  });
}

/**
 * Brotli at its best quality (11) and gzip at 9: each is made once per distinct body (a release's
 * page or feed), so the extra time is paid once and every visitor gets the smallest bytes. For the
 * big fair's 270 kB page, brotli 11 takes about 250 ms (in the thread pool, not on the event loop)
 * against 20 ms at 9, for 10% fewer bytes than 9 and 30% fewer than gzip; gzip 9 takes 4 ms.
 */
const BROTLI_QUALITY = 11;
const GZIP_LEVEL = 9;

/** The body in that encoding: made now, being made (a promise), or null when compressing failed. */
export function compress(body: PublicBody, coding: Compressed): Buffer | null | Promise<Buffer | null> {
  body.encoded ??= {};
  const known = body.encoded[coding];
  if (known !== undefined) return known;
  const encoded = body.encoded;
  const making = new Promise<Buffer | null>((resolve) => {
    const done = (error: Error | null, result: Buffer) => resolve(error ? null : result);
    if (coding === 'gzip') gzip(body.bytes, { level: GZIP_LEVEL }, done);
    else
      brotliCompress(
        body.bytes,
        {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.bytes.length,
          },
        },
        done,
      );
  }).then((bytes) => (encoded[coding] = bytes));
  encoded[coding] = making;
  return making;
}

const CODINGS: readonly PublicCoding[] = ['br', 'gzip', 'identity']; // preferred first on equal q
const chosen = new Map<string, PublicCoding>();

/**
 * What to send for an Accept-Encoding header (RFC 9110 12.5.3): the coding with the highest q of
 * br, gzip (or x-gzip) and identity, br first, then gzip, on a tie. `*` stands for any coding not
 * named; identity not named is acceptable but least preferred, unless `*;q=0` excludes it. No
 * header, an empty one, or nothing acceptable: the plain bytes. Results are kept for the few
 * headers browsers send (bounded, as any client may send any).
 */
export function preferredCoding(header: string | undefined): PublicCoding {
  if (!header) return 'identity';
  const known = chosen.get(header);
  if (known) return known;
  const q: Partial<Record<PublicCoding | '*', number>> = {};
  for (const part of header.split(',')) {
    const [token, ...params] = part.split(';');
    const name = token.trim().toLowerCase();
    const coding = name === 'x-gzip' ? 'gzip' : name;
    if (coding !== 'br' && coding !== 'gzip' && coding !== 'identity' && coding !== '*') continue;
    let weight = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*(\S*)\s*$/i.exec(param);
      if (!m) continue;
      weight = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(m[1]) ? Number(m[1]) : 0; // a malformed q accepts nothing
    }
    q[coding] = Math.max(q[coding] ?? 0, weight);
  }
  const star = q['*'];
  const weightOf = (coding: PublicCoding): number => {
    const named = q[coding];
    if (named !== undefined) return named;
    if (coding === 'identity') return star === 0 ? 0 : Number.MIN_VALUE;
    return star ?? 0;
  };
  let best: PublicCoding = 'identity';
  let bestWeight = 0;
  for (const coding of CODINGS) {
    const weight = weightOf(coding);
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  if (chosen.size >= 100) chosen.clear();
  chosen.set(header, best);
  return best;
}

/** The headers of a 304 (no bytes) or of a 200 with these bytes in that coding: built once per body, coding and extra set. */
function headersOf(body: PublicBody, coding: PublicCoding, extra: Record<string, string | null>, bytes: Buffer | null): Record<string, string> {
  const key = `${coding}${JSON.stringify(extra)}`;
  body.headers ??= new Map();
  let notModified = body.headers.get(`304${key}`);
  if (!notModified) {
    notModified = { ...securityHeaderValues(), ETag: etagOf(body, coding), 'Cache-Control': PUBLIC_CACHE_CONTROL };
    if (body.compressible) notModified['Vary'] = 'Accept-Encoding';
    for (const [name, value] of Object.entries(extra)) {
      if (value === null) delete notModified[name];
      else notModified[name] = value;
    }
    body.headers.set(`304${key}`, notModified);
  }
  if (!bytes) return notModified;
  let ok = body.headers.get(`200${key}`);
  if (!ok) {
    ok = { ...notModified, 'Content-Type': body.contentType, 'Content-Length': String(bytes.length) };
    if (coding !== 'identity') ok['Content-Encoding'] = coding;
    body.headers.set(`200${key}`, ok);
  }
  return ok;
}
