import type { AuditEntry, AuditQuery, Page } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };

export const auditApi = {
  list: (query: AuditQuery, o: Signal = {}) => request<Page<AuditEntry>>('GET', '/audit', { query: { ...query }, signal: o.signal }),
};
