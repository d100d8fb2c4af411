import { DEMO_ORGANIZER, signInHttp } from './accounts';
import { baseUrl } from './browser';

/**
 * Calls the API as someone (the demo organizer by default), for setting up what a browser test
 * starts from; fails the test with the body when the status is not the expected one.
 */
export async function api<T>(method: string, path: string, body?: unknown, expected = 200, as: Record<string, string> | null = null): Promise<T> {
  const res = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers: { ...(as ?? (await signInHttp(DEMO_ORGANIZER))), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}
