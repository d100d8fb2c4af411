import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { loggablePath } from './loggable-path';
import { requestIdFrom, withRequestId } from './request-context';

/**
 * Gives each request an id (X-Request-Id in and out), runs its handling in that context and logs
 * one line when it ends: method, path without the query (a token route as its pattern:
 * loggable-path.ts), status and milliseconds.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const started = process.hrtime.bigint();
    res.setHeader('X-Request-Id', requestId);
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const route = req.route ? `${req.baseUrl}${req.route.path}` : undefined;
      const line = { method: req.method, path: loggablePath(req.originalUrl, route), status: res.statusCode, ms: Math.round(ms * 10) / 10 };
      withRequestId(requestId, () => (res.statusCode >= 500 ? logger.error(line, 'request failed') : logger.info(line, 'request')));
    });
    withRequestId(requestId, next);
  };
}
