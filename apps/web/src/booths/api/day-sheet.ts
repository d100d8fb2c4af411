import type { DaySheet } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** The 当日シート of one day (organizers only: it names the exhibitors' on-site staff and their phones). */
export const daySheetApi = {
  get: (fairId: string, day: string, o: Signal = {}) =>
    request<DaySheet>('GET', `/fairs/${id(fairId)}/day-sheet?day=${encodeURIComponent(day)}`, { signal: o.signal }),
};
