import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ErrorCode, type ApiErrorBody } from '@bussanten/contracts';
import { currentRequestId } from '../observability/request-context';
import { DomainError } from './domain-error';
import { statusOf } from './error-status';

// SQLSTATEs a client can cause with well-formed but impossible data; anything else is our fault.
const PG_CLIENT_ERRORS: Record<string, ErrorCode> = {
  '23505': ErrorCode.Conflict, // unique_violation
  '23503': ErrorCode.Conflict, // foreign_key_violation
  '23001': ErrorCode.Conflict, // restrict_violation (ON DELETE RESTRICT)
  '23P01': ErrorCode.Conflict, // exclusion_violation
  '23514': ErrorCode.ValidationFailed, // check_violation
  '23502': ErrorCode.ValidationFailed, // not_null_violation
  '22001': ErrorCode.ValidationFailed, // string too long
  '22003': ErrorCode.ValidationFailed, // numeric out of range
  '22P02': ErrorCode.ValidationFailed, // invalid text representation
  '22007': ErrorCode.ValidationFailed, // invalid datetime format
  '22008': ErrorCode.ValidationFailed, // datetime out of range
};

const DB_DOWN =
  /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|57P0[123]|database .* is not currently accepting connections/i;

function fromHttpException(e: HttpException): ApiErrorBody {
  const status = e.getStatus();
  const code =
    status === HttpStatus.NOT_FOUND
      ? ErrorCode.NotFound
      : status === HttpStatus.PAYLOAD_TOO_LARGE
        ? ErrorCode.PayloadTooLarge
        : status === HttpStatus.CONFLICT
          ? ErrorCode.Conflict
          : status === HttpStatus.SERVICE_UNAVAILABLE
            ? ErrorCode.DatabaseUnavailable
            : ErrorCode.ValidationFailed;
  return { code, message: e.message, details: [] };
}

/** Turns every error into `{ code, message, details }`; unknown ones into a 500 with a correlation id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(exception);
    if (res.headersSent) return;
    if (exception instanceof DomainError) for (const [name, value] of Object.entries(exception.headers)) res.setHeader(name, value);
    res.status(status).json({ ...body, requestId: currentRequestId() });
  }

  private describe(e: unknown): [number, ApiErrorBody] {
    if (e instanceof DomainError) return [statusOf(e.code), { code: e.code, message: e.message, details: e.details }];
    if (e instanceof HttpException) return [e.getStatus(), fromHttpException(e)];
    if (e instanceof QueryFailedError) {
      const sqlState = (e.driverError as { code?: string } | undefined)?.code ?? '';
      const code = PG_CLIENT_ERRORS[sqlState];
      if (code) {
        const constraint = (e.driverError as { constraint?: string }).constraint;
        const details = constraint ? [{ field: '', rule: constraint, message: `violates ${constraint}` }] : [];
        return [statusOf(code), { code, message: 'The data conflicts with what is stored', details }];
      }
    }
    const text = e instanceof Error ? `${e.message} ${(e as { code?: string }).code ?? ''}` : String(e);
    if (DB_DOWN.test(text)) {
      this.logger.warn(`database unavailable: ${text}`);
      return [503, { code: ErrorCode.DatabaseUnavailable, message: 'The database is unavailable; try again shortly', details: [] }];
    }
    // The log line carries the same request id (see observability/logger.ts), so a quoted id finds it.
    const correlationId = currentRequestId() ?? randomUUID();
    this.logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return [500, { code: ErrorCode.Internal, message: 'Something went wrong on our side', details: [], correlationId }];
  }
}
