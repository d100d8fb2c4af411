import type { NextFunction, Request, Response } from 'express';

const API = /^\/api(\/|$)/i;

/**
 * Every API answer is `Cache-Control: no-store` unless its route says otherwise: what a signed-in
 * person reads (and errors, and what a token link shows) must not stay in a browser's or a shared
 * proxy's cache. The public feeds and the guest photos set their own public caching, which replaces
 * this; the web UI's files and shell outside /api keep theirs (express.static keeps a header set
 * before it, so the default cannot be global).
 */
export function noStoreForApi() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (API.test(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
