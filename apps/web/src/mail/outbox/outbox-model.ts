import { OutboxState } from '@bussanten/contracts';

/**
 * Messages per page as the API pages them (GET /api/outbox answers one page and the total, not the
 * page size), so the pager can count the pages.
 */
export const OUTBOX_PAGE_SIZE = 50;

export function outboxPages(total: number): number {
  return Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
}

/** page (1 up) and state from the URL; anything else is ignored. */
export function parseOutboxQuery(params: URLSearchParams): { page: number; state: OutboxState | null } {
  const page = Number(params.get('page'));
  const state = params.get('state');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    state: (Object.values(OutboxState) as string[]).includes(state ?? '') ? (state as OutboxState) : null,
  };
}
