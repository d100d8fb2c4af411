import type { FairNotice, FairNotices, NoticeFair, NoticeInput } from '@bussanten/contracts';
import { isApiError, request } from '../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** Live notices of a fair (issue 23): organizers and on-site staff. */
export const noticesApi = {
  fairs: (o: Signal = {}) => request<NoticeFair[]>('GET', '/notices/fairs', { signal: o.signal }),
  list: (fairId: string, o: Signal = {}) => request<FairNotices>('GET', `/fairs/${id(fairId)}/notices`, { signal: o.signal }),
  post: (fairId: string, body: NoticeInput) => request<FairNotice>('POST', `/fairs/${id(fairId)}/notices`, { body }),
  /** 204: no body, which the shared client calls an invalid response. */
  remove: async (fairId: string, noticeId: string): Promise<void> => {
    try {
      await request<void>('DELETE', `/fairs/${id(fairId)}/notices/${id(noticeId)}`);
    } catch (e) {
      if (isApiError(e) && e.reason === 'invalidResponse' && e.status >= 200 && e.status < 300) return;
      throw e;
    }
  },
};
