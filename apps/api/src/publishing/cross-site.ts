import type { NextFunction, Request, Response } from 'express';

/**
 * The public feeds are open to other sites, read-only: any page may fetch the JSON, iCal and CSV
 * under /api/public (no cookie is read there and none is sent back, so no credentials are allowed,
 * `*` needs none), read their ETag (to ask again with If-None-Match) and file name, and load them
 * without CORS too (Cross-Origin-Resource-Policy). The same headers go with their 304s and their
 * error answers (404, 410), so another site can tell "no such fair" from a network failure.
 * Nothing else under /api answers CORS.
 */
const OPEN_TO_OTHER_SITES: Readonly<Record<string, string>> = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  'Cross-Origin-Resource-Policy': 'cross-origin',
});

/** The headers of a public feed's answer; `exposed` names its other headers another site may read (Content-Disposition). */
export function openToOtherSites(...exposed: string[]): Record<string, string> {
  return exposed.length ? { ...OPEN_TO_OTHER_SITES, 'Access-Control-Expose-Headers': ['ETag', ...exposed].join(', ') } : { ...OPEN_TO_OTHER_SITES };
}

/** What a preflight is told: only reads, with If-None-Match (the one header a feed's reader needs to send), for two hours (Chromium's cap). */
export const PREFLIGHT_ANSWER: Readonly<Record<string, string>> = Object.freeze({
  ...OPEN_TO_OTHER_SITES,
  'Access-Control-Allow-Methods': 'GET, HEAD',
  'Access-Control-Allow-Headers': 'If-None-Match',
  'Access-Control-Max-Age': '7200',
  'Content-Length': '0',
});

/** Express routes match without regard to case, so this does too. */
const PUBLIC_FEEDS = /^\/api\/public(\/|$)/i;

/**
 * Middleware (after helmet, whose same-origin resource policy it replaces): the headers above on
 * every answer under /api/public, whichever route or error makes it, and a preflight (OPTIONS)
 * answered 204 there. The hot fast path for a fair's JSON (hot-public-reads.ts) sends the same
 * headers itself (PublicFeedsController).
 */
export function publicFeedsOpenToOtherSites() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!PUBLIC_FEEDS.test(req.path)) return next();
    if (req.method === 'OPTIONS') {
      res.writeHead(204, PREFLIGHT_ANSWER);
      res.end();
      return;
    }
    for (const [name, value] of Object.entries(OPEN_TO_OTHER_SITES)) res.setHeader(name, value);
    next();
  };
}
