import { codeMetasOf, type ApiErrorBody, type SignInStep } from '@bussanten/contracts';

/**
 * Why a request failed: the API answered with its error body ('http'), the server could not be
 * reached ('network'), or something answered that is not the API ('invalidResponse', e.g. an HTML
 * page from a proxy, or a success without the JSON we expected).
 */
export type ApiErrorReason = 'http' | 'network' | 'invalidResponse';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly reason: ApiErrorReason,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    /** The API's error body, present only when reason is 'http'. */
    readonly body: ApiErrorBody | null,
    message: string,
  ) {
    super(message);
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/** True when `value` has the shape of an ApiErrorBody (code, message, details[]). */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['code'] === 'string' && typeof v['message'] === 'string' && Array.isArray(v['details']);
}

export type QueryValue = string | number | null | undefined;

/** '?q=%E5%AE%AE&page=2' from the given params, leaving out empty ones (the API rejects unknown or blank values). */
export function toQueryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) search.set(key, String(value));
      continue;
    }
    const text = value.trim();
    if (text !== '') search.set(key, text);
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * A 401 UNAUTHENTICATED (or SIGN_IN_INCOMPLETE) is an expected answer here (asking who is signed
   * in, signing out), so it must not send the user to the sign-in page (or to the sign-in's step).
   */
  expectUnauthenticated?: boolean;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export const API_PREFIX = '/api';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * What the client knows about the session. The session cookie is httpOnly, so the UI never sees it;
 * it only keeps the CSRF token of the last CurrentUser it received (sign-in, me, accepting an
 * invitation) to send back on every write.
 */
const session: {
  csrfToken: string | null;
  onUnauthenticated: (() => void) | null;
  onSignInIncomplete: ((step: SignInStep | null) => void) | null;
} = {
  csrfToken: null,
  onUnauthenticated: null,
  onSignInIncomplete: null,
};

/** Keeps the CSRF token of the user the API just described; null after signing out. */
export function rememberSession(user: { csrfToken: string } | null): void {
  session.csrfToken = user?.csrfToken ?? null;
}

export function csrfToken(): string | null {
  return session.csrfToken;
}

/** Called whenever a request answers 401 UNAUTHENTICATED (the session ended); null to stop. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  session.onUnauthenticated = handler;
}

/**
 * Called whenever a request answers 401 SIGN_IN_INCOMPLETE: the session waits for its second step
 * (a second factor, or enrolling one), named when the answer says which; null to stop.
 */
export function setSignInIncompleteHandler(handler: ((step: SignInStep | null) => void) | null): void {
  session.onSignInIncomplete = handler;
}

/** The step a 401 SIGN_IN_INCOMPLETE says the session waits for (details[].meta.pending); null for any other error. */
export function pendingStepOf(e: unknown): SignInStep | null {
  if (!hasCode(e, 401, 'SIGN_IN_INCOMPLETE')) return null;
  for (const { pending } of codeMetasOf((e as ApiError).body, 'SIGN_IN_INCOMPLETE')) {
    if (pending !== 'signIn') return pending;
  }
  return null;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function hasCode(e: unknown, status: number, code: string): boolean {
  return isApiError(e) && e.status === status && e.body?.code === code;
}

/**
 * One JSON request to the API. Resolves with the parsed body (undefined for 204) or throws an
 * ApiError; an AbortError from `signal` is rethrown unchanged so callers can ignore it.
 *
 * Writes carry the CSRF token. When the API refuses one with 403 CSRF_FAILED (the token went stale,
 * e.g. after signing in on another tab), the client asks /auth/me for the current token once and
 * sends the write again. A 401 UNAUTHENTICATED calls the unauthenticated handler (see
 * setUnauthenticatedHandler) before it is thrown.
 */
export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): Promise<T> {
  try {
    return await send<T>(method, path, options, fetchImpl);
  } catch (e) {
    if (method !== 'GET' && hasCode(e, 403, 'CSRF_FAILED')) {
      await refreshSession(fetchImpl);
      return await send<T>(method, path, options, fetchImpl).catch((again: unknown) => {
        throw notify(again, options);
      });
    }
    throw notify(e, options);
  }
}

function notify(e: unknown, options: RequestOptions): unknown {
  if (options.expectUnauthenticated) return e;
  if (hasCode(e, 401, 'UNAUTHENTICATED')) session.onUnauthenticated?.();
  else if (hasCode(e, 401, 'SIGN_IN_INCOMPLETE')) session.onSignInIncomplete?.(pendingStepOf(e));
  return e;
}

/**
 * Asks the API who is signed in, for a fresh CSRF token; a 401 here means the session is gone. A
 * session still waiting for its second step is not signed in yet: its token comes with the step.
 */
async function refreshSession(fetchImpl: FetchLike): Promise<void> {
  try {
    try {
      rememberSession(await send<{ csrfToken: string }>('GET', '/auth/me', {}, fetchImpl));
    } catch (e) {
      if (!hasCode(e, 401, 'SIGN_IN_INCOMPLETE')) throw e;
      rememberSession(await send<{ csrfToken: string }>('GET', '/auth/sign-in/pending', {}, fetchImpl));
    }
  } catch (e) {
    if (hasCode(e, 401, 'UNAUTHENTICATED')) rememberSession(null);
    throw notify(e, {});
  }
}

async function send<T>(method: Method, path: string, options: RequestOptions, fetchImpl: FetchLike): Promise<T> {
  const url = `${API_PREFIX}${path}${options.query ? toQueryString(options.query) : ''}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, signal: options.signal, credentials: 'same-origin' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && session.csrfToken) headers[CSRF_HEADER] = session.csrfToken;

  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (e) {
    if (isAbortError(e)) throw e;
    throw new ApiError('network', 0, null, `${method} ${url}: ${e instanceof Error ? e.message : String(e)}`);
  }

  if (response.status === 204) return undefined as T;

  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    if (isAbortError(e)) throw e;
    throw new ApiError('network', response.status, null, `${method} ${url}: the response was cut off`);
  }

  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError('invalidResponse', response.status, null, `${method} ${url}: HTTP ${response.status} with a body that is not JSON`);
  }

  if (!response.ok) {
    if (isApiErrorBody(parsed)) throw new ApiError('http', response.status, parsed, parsed.message);
    throw new ApiError('invalidResponse', response.status, null, `${method} ${url}: HTTP ${response.status} without an error body`);
  }
  if (parsed === undefined) {
    throw new ApiError('invalidResponse', response.status, null, `${method} ${url}: HTTP ${response.status} with an empty body`);
  }
  return parsed as T;
}
