import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A caller's own id is kept when it looks like one (a proxy's X-Request-Id), so logs join up. */
const ACCEPTED_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && ACCEPTED_ID.test(header) ? header : randomUUID();
}

/** Runs the rest of a request's handling with its id available to every log line and error body. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request being handled, or undefined outside one (start-up, workers). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
