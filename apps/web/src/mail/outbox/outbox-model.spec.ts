import { OUTBOX_PAGE_SIZE, outboxPages, parseOutboxQuery } from './outbox-model';

describe('outbox paging', () => {
  it('counts pages, at least one', () => {
    expect(outboxPages(0)).toBe(1);
    expect(outboxPages(OUTBOX_PAGE_SIZE)).toBe(1);
    expect(outboxPages(OUTBOX_PAGE_SIZE + 1)).toBe(2);
  });

  it('reads page and state from the URL, ignoring nonsense', () => {
    expect(parseOutboxQuery(new URLSearchParams('page=3&state=failed'))).toEqual({ page: 3, state: 'failed' });
    expect(parseOutboxQuery(new URLSearchParams('page=-1&state=lost'))).toEqual({ page: 1, state: null });
  });
});
