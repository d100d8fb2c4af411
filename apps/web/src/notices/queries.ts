import { useQuery, type InvalidateQueryFilters } from '@tanstack/react-query';
import { noticesApi } from './api';

/** The notices context's server state: the fairs one may post for, and each fair's notices. */
export const noticeKeys = {
  all: ['notices'] as const,
  fairs: () => ['notices', 'fairs'] as const,
  ofFair: (fairId: string) => ['notices', 'fair', fairId] as const,
};

export function useNoticeFairs() {
  return useQuery({ queryKey: noticeKeys.fairs(), queryFn: ({ signal }) => noticesApi.fairs({ signal }) });
}

export function useFairNotices(fairId: string | null) {
  return useQuery({
    queryKey: noticeKeys.ofFair(fairId ?? ''),
    queryFn: ({ signal }) => noticesApi.list(fairId as string, { signal }),
    enabled: fairId !== null,
  });
}

/** Posting or removing a notice: that fair's list. */
export function staleAfterNoticeChange(fairId: string): InvalidateQueryFilters[] {
  return [{ queryKey: noticeKeys.ofFair(fairId) }];
}
