import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ErrorCode, type ApiErrorBody } from '@bussanten/contracts';
import { currentRequestId } from '../observability/request-context';

/** Largest JSON body accepted: above any legitimate registry edit, so oversize fields get a per-field 400. */
export const JSON_BODY_LIMIT = '2mb';

/**
 * Deepest nesting of arrays and objects accepted in a JSON body. Our deepest DTO nests 3 levels;
 * JSON.parse copes with any depth, but class-transformer and class-validator recurse, and a body of
 * 100 000 brackets overflows their stack (a 500 instead of a 400).
 */
export const MAX_JSON_DEPTH = 32;

/** How deep arrays and objects nest in a parsed JSON value, counted without recursion; stops once past `limit`. */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, here]);
  }
  return deepest;
}

/**
 * The media type a write request's body must have, or null when it is fine: JSON, or multipart for
 * a photo upload (the only route that takes a file). Anything else would be read as an empty body,
 * and a PATCH of optional fields would then answer 200 having done nothing.
 */
export function bodyTypeProblem(method: string, path: string, contentType: string | undefined, hasBody: boolean): string | null {
  if (!hasBody || !['POST', 'PUT', 'PATCH'].includes(method)) return null;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)) return null;
  const photo = /\/photo\/?$/.test(path);
  if (photo && type === 'multipart/form-data') return null;
  return photo ? 'multipart/form-data' : 'application/json';
}

/**
 * JSON parsing with our own error bodies. Nest's built-in parser is turned off (bodyParser: false)
 * because its errors never reach exception filters and would come back as HTML.
 */
export function useJsonBodies(app: INestApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    const length = req.headers['content-length'];
    const hasBody = req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
    const wanted = bodyTypeProblem(req.method, req.path, req.headers['content-type'], hasBody);
    if (!wanted) return next();
    const message = `The request body must be ${wanted}, not ${req.headers['content-type'] ?? 'without a content type'}`;
    const body: ApiErrorBody = { code: ErrorCode.UnsupportedMediaType, message, details: [{ field: '', rule: 'contentType', message }] };
    res.status(415).json({ ...body, requestId: currentRequestId() });
  });
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (jsonDepth(req.body, MAX_JSON_DEPTH) <= MAX_JSON_DEPTH) return next();
    const message = `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`;
    const body: ApiErrorBody = { code: ErrorCode.ValidationFailed, message, details: [{ field: '', rule: 'maxDepth', message }] };
    res.status(400).json({ ...body, requestId: currentRequestId() });
  });
  app.use((err: { type?: string; status?: number } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    const [status, body]: [number, ApiErrorBody] =
      err.type === 'entity.too.large'
        ? [413, { code: ErrorCode.PayloadTooLarge, message: `The request body is larger than ${JSON_BODY_LIMIT}`, details: [] }]
        : err.type === 'entity.parse.failed'
          ? [400, { code: ErrorCode.InvalidJson, message: 'The request body is not valid JSON', details: [] }]
          : [400, { code: ErrorCode.ValidationFailed, message: 'The request body could not be read', details: [] }];
    if (err.status && err.status >= 500) return next(err);
    res.status(status).json({ ...body, requestId: currentRequestId() });
  });
}
