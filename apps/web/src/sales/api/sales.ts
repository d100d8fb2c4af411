import type { DailySalesInput, FairSales, MySales, SalesComparison, SalesEntry } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** A representative's own daily sales at one fair (its accepted application). */
export const mySalesApi = {
  get: (applicationId: string, o: Signal = {}) => request<MySales>('GET', `/my/applications/${id(applicationId)}/sales`, { signal: o.signal }),
  put: (applicationId: string, date: string, input: DailySalesInput) =>
    request<SalesEntry>('PUT', `/my/applications/${id(applicationId)}/sales/${id(date)}`, { body: input }),
};

/** The organizer's daily sales of a fair. */
export const fairSalesApi = {
  get: (fairId: string, o: Signal = {}) => request<FairSales>('GET', `/fairs/${id(fairId)}/sales`, { signal: o.signal }),
  comparison: (fairId: string, compareWith: string | null, o: Signal = {}) =>
    request<SalesComparison>('GET', `/fairs/${id(fairId)}/sales/comparison${compareWith ? `?compareWith=${id(compareWith)}` : ''}`, { signal: o.signal }),
  confirm: (fairId: string, date: string) => request<FairSales>('POST', `/fairs/${id(fairId)}/sales/${id(date)}/confirm`),
  put: (fairId: string, applicationId: string, date: string, input: DailySalesInput) =>
    request<SalesEntry>('PUT', `/fairs/${id(fairId)}/sales/${id(applicationId)}/${id(date)}`, { body: input }),
};
