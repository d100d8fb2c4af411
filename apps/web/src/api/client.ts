import type { ApiErrorBody } from '@bussanten/contracts';

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
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export const API_PREFIX = '/api';

/**
 * One JSON request to the API. Resolves with the parsed body (undefined for 204) or throws an
 * ApiError; an AbortError from `signal` is rethrown unchanged so callers can ignore it.
 */
export async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: RequestOptions = {},
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): Promise<T> {
  const url = `${API_PREFIX}${path}${options.query ? toQueryString(options.query) : ''}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, signal: options.signal };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

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
