import type { FairWithdrawal } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };

/** The organizers' read-only list of a fair's withdrawn applications. */
export const withdrawalsApi = {
  list: (fairId: string, o: Signal = {}) => request<FairWithdrawal[]>('GET', `/fairs/${encodeURIComponent(fairId)}/withdrawals`, { signal: o.signal }),
};
