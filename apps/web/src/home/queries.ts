import { useQuery } from '@tanstack/react-query';
import { homeApi } from './api/home';

/** The home context's server state: the organizers' start page, read in one request. */
export const homeKeys = {
  all: ['home'] as const,
  summary: () => ['home', 'summary'] as const,
};

/**
 * What waits to be done across the host's fairs. Nearly every write of the other contexts (a
 * decision, a placement, a release) and the other people's (a representative applying, the mail
 * worker giving up) changes a count, so instead of each of them invalidating it, it is asked again
 * whenever the page is opened (it is never fresh for long), and when the window regains focus.
 */
export function useHomeSummary() {
  return useQuery({
    queryKey: homeKeys.summary(),
    queryFn: ({ signal }) => homeApi.summary({ signal }),
    staleTime: 0,
  });
}
