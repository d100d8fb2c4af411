import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ErrorCode } from '@bussanten/contracts';
import { ACCESS_KEY, type AccessPolicy } from '../../accounts/access';
import { CSRF_HEADER } from '../../accounts/auth.guard';
import { SESSION_COOKIE } from '../../accounts/session-cookie';
import { statusOf } from '../error-status';
import contractSchemas from './contract-schemas.json';
import { operationDocOf, type ErrorStatus, type OperationDoc } from './decorators';
import type { OpenAPIObject, OperationObject, ResponseObject } from './openapi-schema';

/*
 * The OpenAPI document (/api/openapi.json, /api/docs): Nest's scan of the controllers (paths,
 * parameters, request bodies from the DTOs), completed from what the routes declare:
 *   - components.schemas gets libs/contracts' types (contract-schemas.json, see contract-schemas.ts);
 *   - each operation's success response gets its body (@ApiSuccess, @ApiFile, decorators.ts);
 *   - its errors get ApiErrorBody: the ones it declares (@ApiErrors) and the ones every route of its
 *     kind can answer (401/403 behind a session, 400/413/415 where a body is read);
 *   - its security requirement comes from its @Access, as the AuthGuard applies it.
 */

export const ERROR_SCHEMA = 'ApiErrorBody';
const ERROR_REF = `#/components/schemas/${ERROR_SCHEMA}`;
const SAFE_METHODS = new Set(['get', 'head', 'options']);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const TAGS: Record<string, string> = {
  auth: 'Signing in and out, second factors at sign-in, invitations and password resets, the own sessions',
  me: "The signed-in person's own second factors",
  people: "A host's people: members, invitations, the host's security rule",
  operator: "The install's operator: hosts and factor resets",
  home: "An organizer's start page: what waits to be done across the host's fairs",
  registry: 'Partner municipalities, agreements and the reference lists',
  fairs: 'Fairs and venues, and fairs moved between installs as documents',
  booths: 'Floor plans, booth assignments and the automatic proposal',
  applications: "Municipalities' applications to fairs, their review and withdrawals",
  guests: 'Guests, stages and the timetable of appearances',
  publishing: 'Releases of the public schedule and its visibility',
  public: 'The public feeds of a released fair (no sign-in): JSON, iCal and CSV',
  webhooks: 'Webhooks told of new releases',
  mail: 'The outbox of mails sent',
  audit: "The host's audit log",
  health: 'Liveness, readiness and metrics',
};

const WHY: Record<ErrorStatus, string> = {
  400: 'The request is invalid; details name each offending field',
  401: 'Not signed in, or the sign-in still waits for its second step',
  403: 'Not allowed: the role may not do this, or (on a write) the X-CSRF-Token header is missing or wrong',
  404: "Not found, or not the caller's to see",
  409: 'Conflicts with what is stored',
  410: 'Gone: the fair is no longer published',
  413: 'The body is too large',
  415: 'The body is of a media type (or an image of a kind) the route does not take',
  422: 'Understood, but it cannot be applied',
  429: 'Too many attempts: wait as Retry-After says',
  503: 'The database is unavailable; try again shortly',
};

/** The error codes an answer of this status can carry (common/error-status.ts decides). */
function codesOf(status: number): string[] {
  return Object.values(ErrorCode).filter((code) => statusOf(code) === status);
}

function errorResponse(status: ErrorStatus): ResponseObject {
  return {
    description: `${WHY[status]}. code: ${codesOf(status).join(', ')}`,
    content: { 'application/json': { schema: { $ref: ERROR_REF } } },
  };
}

const STATUS_TEXT: Record<string, string> = { '200': 'OK', '201': 'Created', '202': 'Accepted', '204': 'No Content' };

interface Route {
  policies: AccessPolicy[];
  doc: OperationDoc | null;
}

/** Every route handler of the app by Nest's default operationId (`Controller_method`), with its @Access and documentation. */
function routesOf(app: INestApplication): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const policies = (Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller) ?? []) as AccessPolicy[];
        routes.set(`${controller.name}_${name}`, { policies, doc: operationDocOf(handler) });
      }
    }
  }
  return routes;
}

/** The whole document, for an app whose global prefix is set (createApp, or openApiDocumentWithoutServer). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Bussanten API')
    .setDescription(
      [
        'Partner-municipality registry and local-product fairs.',
        `Signed-in routes take the session cookie \`${SESSION_COOKIE}\` (set by POST /api/auth/sign-in) and, on every write`,
        `(POST, PUT, PATCH, DELETE), the header \`${CSRF_HEADER}\` with the \`csrfToken\` the sign-in answered.`,
        'Errors are ApiErrorBody: `{ code, message, details: [{ field, rule, message, meta? }], correlationId?, requestId? }`;',
        '`code` is stable, `message` is English for developers.',
      ].join(' '),
    )
    .setVersion('0.1.0')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'This install')
    .addSecurity('session', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The session, set by signing in' })
    .addSecurity('csrf', {
      type: 'apiKey',
      in: 'header',
      name: CSRF_HEADER,
      description: "The session's csrfToken (in the sign-in's answer and GET /api/auth/me), on every write",
    })
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, for /api/metrics' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const routes = routesOf(app);

  const tags = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = routes.get(operation.operationId ?? '');
      if (!route) throw new Error(`${method.toUpperCase()} ${path}: no route handler named ${operation.operationId}`);
      completeOperation(operation, method, route);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  document.tags = [...tags].sort().map((name) => (TAGS[name] ? { name, description: TAGS[name] } : { name }));

  // The DTOs' schemas (request bodies), and the types of libs/contracts the operations refer to.
  const schemas: Record<string, object> = { ...document.components?.schemas };
  const contracts = contractSchemas as Record<string, object>;
  for (const name of Object.keys(contracts)) {
    if (name in schemas) throw new Error(`components.schemas.${name}: a DTO has the name of a libs/contracts type`);
  }
  const pending = [...refsIn(document.paths), ...refsIn(schemas)];
  while (pending.length) {
    const name = pending.pop() as string;
    if (name in schemas) continue;
    if (!(name in contracts)) throw new Error(`#/components/schemas/${name} is neither a DTO nor a type of libs/contracts`);
    schemas[name] = contracts[name];
    pending.push(...refsIn(contracts[name]));
  }
  document.components = { ...document.components, schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  return document;
}

/** The names of the components.schemas a part of the document refers to. */
function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) found.push(value.slice('#/components/schemas/'.length));
      else refsIn(value, found);
    }
  }
  return found;
}

function completeOperation(operation: OperationObject, method: string, route: Route): void {
  const publicRoute = route.policies.includes('public');
  // A public route with its own scheme (the metrics' bearer token, @ApiBearerAuth) keeps it.
  if (publicRoute) operation.security = operation.security?.length ? operation.security : [];
  else operation.security = [SAFE_METHODS.has(method) ? { session: [] } : { session: [], csrf: [] }];
  if (route.policies.length) (operation as OperationObject & { 'x-access': AccessPolicy[] })['x-access'] = route.policies;

  const responses = operation.responses as Record<string, ResponseObject>;
  const successes = Object.keys(responses).filter((status) => /^2\d\d$/.test(status));
  const success = route.doc?.success;
  if (successes.length !== 1) throw new Error(`${operation.operationId}: ${successes.length} success responses; expected one`);
  const status = successes[0];
  const response = responses[status];
  if (success?.kind === 'json') {
    const ref = { $ref: `#/components/schemas/${success.schema}` };
    response.content = { 'application/json': { schema: success.array ? { type: 'array', items: ref } : ref } };
    for (const [other, description] of Object.entries(success.alsoFor ?? {})) responses[other] = { description, content: response.content };
  } else if (success?.kind === 'file') {
    response.content = Object.fromEntries(
      success.mediaTypes.map((type) => [type, { schema: success.binary ? { type: 'string', format: 'binary' } : { type: 'string' } }]),
    );
  }
  response.description = success?.description ?? (response.description || STATUS_TEXT[status] || 'Success');

  const errors = new Set<ErrorStatus>(route.doc?.errors ?? []);
  if (!publicRoute) [401, 403].forEach((s) => errors.add(s as ErrorStatus));
  if (operation.requestBody) [400, 413, 415].forEach((s) => errors.add(s as ErrorStatus));
  for (const error of [...errors].sort((a, b) => a - b)) responses[String(error)] = errorResponse(error);
}
