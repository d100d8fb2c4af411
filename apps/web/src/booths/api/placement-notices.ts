import type { PlacementNoticePreview, PlacementNoticeResult } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** 「配置を通知」 (organizers only): what it would tell, and telling it. */
export const placementNoticesApi = {
  preview: (fairId: string, o: Signal = {}) => request<PlacementNoticePreview>('GET', `/fairs/${id(fairId)}/placement-notice`, { signal: o.signal }),
  send: (fairId: string) => request<PlacementNoticeResult>('POST', `/fairs/${id(fairId)}/placement-notice`),
};
