import type { HomeSummary } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };

/** The organizers' start page: one request for all of it. */
export const homeApi = {
  summary: (o: Signal = {}) => request<HomeSummary>('GET', '/home', { signal: o.signal }),
};
