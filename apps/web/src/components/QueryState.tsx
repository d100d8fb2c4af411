import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { canRetry } from '../api/query-client';
import { ErrorState, Loading } from './Status';

/**
 * One read's states on a page: loading the first time, its error (with "try again" when trying
 * again can help), `empty` (when given) for a list with nothing in it, or its data. Data already
 * shown stays while a newer answer loads in the background (TanStack Query refetches), so the page
 * does not flash empty.
 */
export function QueryState<T>({
  query,
  loadingLabel,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  loadingLabel?: string;
  /** What an empty list says ('No webhooks yet.'). */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) {
    if (empty !== undefined && Array.isArray(query.data) && query.data.length === 0) return <p className="empty">{empty}</p>;
    return <>{children(query.data)}</>;
  }
  if (query.isError) return <ErrorState error={query.error} onRetry={canRetry(query.error) ? () => void query.refetch() : undefined} />;
  return <Loading label={loadingLabel} />;
}
