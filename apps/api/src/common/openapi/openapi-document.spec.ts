import { SESSION_COOKIE } from '../../accounts/session-cookie';
import { CSRF_HEADER } from '../../accounts/auth.guard';
import { openApiDocumentWithoutServer } from './document-without-server';
import { ERROR_SCHEMA } from './document';
import type { OpenAPIObject, OperationObject, ResponseObject } from './openapi-schema';

/**
 * The operations whose success response has no body schema, by name. A new route that answers a
 * body without @ApiSuccess or @ApiFile fails here: describe it (or, if it truly has none, add it).
 */
const WITHOUT_SUCCESS_BODY = [
  // 204 No Content: nothing to describe.
  'POST /api/auth/sign-out',
  'POST /api/auth/password',
  'POST /api/auth/password-reset/{token}',
  'DELETE /api/me/factors/passkeys/{id}',
  'DELETE /api/me/factors/totp',
  'DELETE /api/me/sessions/{id}',
  'DELETE /api/fairs/{id}',
  'DELETE /api/fairs/{id}/booths/{boothId}',
  'DELETE /api/fairs/{id}/notices/{noticeId}',
  'DELETE /api/assignments/{id}',
  'DELETE /api/guests/{id}',
  'DELETE /api/guests/{id}/photo',
  'DELETE /api/fairs/{id}/stages/{stageId}',
  'DELETE /api/appearances/{id}',
  'DELETE /api/webhooks/{id}',
  'DELETE /api/municipalities/{id}',
  'DELETE /api/agreements/{id}',
  // libs/domain's booth-assignment problem file (BoothAssignmentInstance), saved by the browser for
  // `npm run assign`: an input format of the solver, not a type of libs/contracts.
  'GET /api/fairs/{id}/assignment-instance',
];

interface Op {
  name: string;
  method: string;
  path: string;
  operation: OperationObject;
}

function operationsOf(doc: OpenAPIObject): Op[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    (['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const)
      .filter((method) => item[method])
      .map((method) => ({ name: `${method.toUpperCase()} ${path}`, method, path, operation: item[method] as OperationObject })),
  );
}

const responsesOf = (op: Op) => Object.entries(op.operation.responses as Record<string, ResponseObject>);
const errorRef = { $ref: `#/components/schemas/${ERROR_SCHEMA}` };
const isErrorResponse = (response: ResponseObject) => JSON.stringify(response.content?.['application/json']?.schema) === JSON.stringify(errorRef);

describe('the OpenAPI document', () => {
  let doc: OpenAPIObject;
  let ops: Op[];

  beforeAll(async () => {
    doc = await openApiDocumentWithoutServer();
    ops = operationsOf(doc);
  });

  it('is OpenAPI 3.0 with every route of the API', () => {
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(ops.length).toBeGreaterThan(100);
  });

  it('gives every operation a summary', () => {
    expect(ops.filter((op) => !op.operation.summary?.trim()).map((op) => op.name)).toEqual([]);
  });

  it('documents at least one 4xx of every operation, and every 4xx, with the error body ApiErrorBody', () => {
    expect(ops.filter((op) => !responsesOf(op).some(([status, r]) => /^4\d\d$/.test(status) && isErrorResponse(r))).map((op) => op.name)).toEqual([]);
    const otherBodies = ops.flatMap((op) =>
      responsesOf(op)
        .filter(([status, r]) => /^4\d\d$/.test(status) && !isErrorResponse(r))
        .map(([s]) => `${op.name} ${s}`),
    );
    expect(otherBodies).toEqual([]);
    expect(doc.components?.schemas?.[ERROR_SCHEMA]).toMatchObject({ type: 'object', required: ['code', 'message', 'details'] });
  });

  it('documents the errors every operation of a kind can answer: 404 for an id in the path, 401 and 403 behind a session, 400 for a body', () => {
    const missing = ops.flatMap((op) => {
      const statuses = new Set(responsesOf(op).map(([status]) => status));
      const secured = (op.operation.security ?? []).some((requirement) => 'session' in requirement);
      const pathParameters = (op.operation.parameters ?? []).some((p) => 'in' in p && p.in === 'path');
      const needs = [...(pathParameters ? ['404'] : []), ...(secured ? ['401', '403'] : []), ...(op.operation.requestBody ? ['400'] : [])];
      return needs.filter((status) => !statuses.has(status)).map((status) => `${op.name} ${status}`);
    });
    expect(missing).toEqual([]);
  });

  it('describes the success body of at least 90% of the operations that answer one; the others are listed above by name', () => {
    const withoutBody = ops.filter((op) => responsesOf(op).some(([status, r]) => /^2\d\d$/.test(status) && !r.content)).map((op) => op.name);
    expect(withoutBody.sort()).toEqual([...WITHOUT_SUCCESS_BODY].sort());
    const noContent = ops.filter((op) => '204' in (op.operation.responses as object));
    expect(noContent.every((op) => WITHOUT_SUCCESS_BODY.includes(op.name))).toBe(true);
    const answeringABody = ops.length - noContent.length;
    expect((answeringABody - (withoutBody.length - noContent.length)) / answeringABody).toBeGreaterThanOrEqual(0.9);
  });

  it('says who may call each operation: the session cookie, with the CSRF header on writes; security: [] on public routes', () => {
    expect(doc.components?.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
    });
    const security = Object.fromEntries(ops.map((op) => [op.name, op.operation.security]));
    expect(security['GET /api/public/fairs/{slug}']).toEqual([]);
    expect(security['POST /api/auth/sign-in']).toEqual([]);
    expect(security['GET /api/metrics']).toEqual([{ bearer: [] }]);
    expect(security['GET /api/fairs']).toEqual([{ session: [] }]);
    expect(security['PUT /api/fairs/{id}']).toEqual([{ session: [], csrf: [] }]);
    for (const op of ops) {
      const access = (op.operation as { 'x-access'?: string[] })['x-access'] ?? [];
      const expected = access.includes('public')
        ? op.name === 'GET /api/metrics'
          ? [{ bearer: [] }]
          : []
        : [['get', 'head'].includes(op.method) ? { session: [] } : { session: [], csrf: [] }];
      expect({ [op.name]: op.operation.security }).toEqual({ [op.name]: expected });
    }
  });

  it('resolves every $ref to a schema of its components', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]*"/g) ?? [];
    const dangling = [...new Set(refs.map((r) => r.slice(8, -1)))].filter((ref) => !doc.components?.schemas?.[ref.replace('#/components/schemas/', '')]);
    expect(dangling).toEqual([]);
  });
});
