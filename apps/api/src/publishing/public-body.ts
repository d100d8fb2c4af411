import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** A public response body with a strong ETag (hash of the exact bytes). */
export interface PublicBody {
  bytes: Buffer;
  etag: string;
  contentType: string;
}

export function publicBody(content: string | Buffer, contentType: string): PublicBody {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`, contentType };
}

/**
 * Sends a public body: 304 when the client already has these bytes, otherwise the bytes with caching
 * headers a CDN can honour (short max-age, stale-while-revalidate).
 */
export function sendPublic(req: Request, res: Response, body: PublicBody, extra: Record<string, string> = {}): void {
  res.setHeader('ETag', body.etag);
  res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim() === body.etag || t.trim() === `W/${body.etag}`)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', body.contentType);
  res.setHeader('Content-Length', String(body.bytes.length));
  res.status(200).end(body.bytes);
}
