import type contractSchemas from './contract-schemas.json';

/*
 * What a route answers, for the OpenAPI document (document.ts reads it from here; nothing else does).
 * Next to @ApiOperation({ summary }):
 *
 *   @ApiSuccess('FairSummary', { array: true })   the success body, a schema of libs/contracts
 *   @ApiFile('text/csv')                          a success body of another media type
 *   @ApiErrors(404, 409)                          the error statuses the route itself can answer
 *
 * The success status is the one the route really has (its method, or @HttpCode); who may call it
 * (the security requirement) comes from its @Access; the errors every route of a kind can answer are
 * added for it: 401 and 403 where a session is needed, 400, 413 and 415 where a body is read.
 */

/** A schema of components.schemas made from libs/contracts (contract-schemas.json). */
export type ContractSchemaName = keyof typeof contractSchemas;

/** The statuses of ApiErrorBody answers (common/error-status.ts). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

export type SuccessDoc =
  | { kind: 'json'; schema: ContractSchemaName; array: boolean; description?: string; alsoFor?: Record<number, string> }
  | { kind: 'file'; mediaTypes: string[]; binary: boolean; description?: string };

export interface OperationDoc {
  success?: SuccessDoc;
  errors: ErrorStatus[];
}

export const OPERATION_DOC_KEY = 'bussanten:openapi';

/** The route's OperationDoc, or null when it has none. */
export function operationDocOf(handler: object): OperationDoc | null {
  return (Reflect.getMetadata(OPERATION_DOC_KEY, handler) as OperationDoc | undefined) ?? null;
}

function annotate(change: (doc: OperationDoc) => void): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const doc = { ...(operationDocOf(handler) ?? { errors: [] }) };
    change(doc);
    Reflect.defineMetadata(OPERATION_DOC_KEY, doc, handler);
    return descriptor;
  };
}

function setSuccess(success: SuccessDoc): MethodDecorator {
  return annotate((doc) => {
    if (doc.success) throw new Error('a route has one success body: @ApiSuccess or @ApiFile, once');
    doc.success = success;
  });
}

/**
 * The success body: a libs/contracts type (its name), or a list of them with `array: true`.
 * `alsoFor`: other statuses answered with the same body, and what they mean (the readiness probe's 503).
 */
export function ApiSuccess(
  schema: ContractSchemaName,
  options: { array?: boolean; description?: string; alsoFor?: Record<number, string> } = {},
): MethodDecorator {
  return setSuccess({ kind: 'json', schema, array: options.array ?? false, description: options.description, alsoFor: options.alsoFor });
}

/** A success body that is not JSON: text (CSV, iCal, Prometheus) or, with `binary: true`, bytes (a photo). */
export function ApiFile(mediaTypes: string | string[], options: { binary?: boolean; description?: string } = {}): MethodDecorator {
  return setSuccess({
    kind: 'file',
    mediaTypes: typeof mediaTypes === 'string' ? [mediaTypes] : mediaTypes,
    binary: options.binary ?? false,
    description: options.description,
  });
}

/** Error statuses the route can answer with an ApiErrorBody (besides the ones added for every route of its kind). */
export function ApiErrors(...statuses: ErrorStatus[]): MethodDecorator {
  return annotate((doc) => {
    doc.errors = [...new Set([...doc.errors, ...statuses])].sort((a, b) => a - b);
  });
}
