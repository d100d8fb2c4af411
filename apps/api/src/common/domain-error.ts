import { ErrorCode, type ApiErrorDetail } from '@bussanten/contracts';

/**
 * A refusal the API explains to the client. Contexts throw these with their own codes; the one
 * exception filter turns the code into an HTTP status (see error-status.ts).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    /** Response headers that belong to the refusal, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function validationFailed(details: ApiErrorDetail[]): DomainError {
  const fields = [...new Set(details.map((d) => d.field).filter(Boolean))];
  return new DomainError(ErrorCode.ValidationFailed, `Invalid ${fields.join(', ') || 'request'}`, details);
}
