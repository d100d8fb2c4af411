import { QueryClient } from '@tanstack/react-query';
import { isAbortError, isApiError } from './client';

/**
 * Whether asking again can help: the network or the server failed (no answer, a 5xx, something that
 * is not the API). An answer about the request itself (4xx: not found, forbidden, invalid) stays
 * the same however often it is asked, and an abort was wanted.
 */
export function canRetry(error: unknown): boolean {
  if (isAbortError(error)) return false;
  if (isApiError(error)) return error.reason !== 'http' || error.status >= 500;
  return true;
}

/** Retries of a failed read before its error is shown (the page offers "try again" after that). */
export const READ_RETRIES = 2;

/**
 * The app's one QueryClient: server state (every page's reads, their loading and errors, and what
 * a write makes stale) lives here and nowhere else. Reads retry only what can help; writes never
 * retry by themselves (the person decides). Data a page read a few seconds ago is shown at once
 * when the person comes back to it, and refreshed when the window regains focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < READ_RETRIES && canRetry(error),
        staleTime: 5_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
