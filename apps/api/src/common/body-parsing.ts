import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ErrorCode, type ApiErrorBody } from '@bussanten/contracts';

/** Largest JSON body accepted: above any legitimate registry edit, so oversize fields get a per-field 400. */
export const JSON_BODY_LIMIT = '2mb';

/**
 * JSON parsing with our own error bodies. Nest's built-in parser is turned off (bodyParser: false)
 * because its errors never reach exception filters and would come back as HTML.
 */
export function useJsonBodies(app: INestApplication): void {
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use((err: { type?: string; status?: number } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    const [status, body]: [number, ApiErrorBody] =
      err.type === 'entity.too.large'
        ? [413, { code: ErrorCode.PayloadTooLarge, message: `The request body is larger than ${JSON_BODY_LIMIT}`, details: [] }]
        : err.type === 'entity.parse.failed'
          ? [400, { code: ErrorCode.InvalidJson, message: 'The request body is not valid JSON', details: [] }]
          : [400, { code: ErrorCode.ValidationFailed, message: 'The request body could not be read', details: [] }];
    if (err.status && err.status >= 500) return next(err);
    res.status(status).json(body);
  });
}
