import { ApiError } from './client';
import { canRetry, createQueryClient, READ_RETRIES } from './query-client';

describe('canRetry', () => {
  it.each([
    ['no answer (network)', new ApiError('network', 0, null, 'offline'), true],
    ['a 503 from the API', new ApiError('http', 503, { code: 'DATABASE_UNAVAILABLE', message: '', details: [] }, 'x'), true],
    ['a proxy page instead of the API', new ApiError('invalidResponse', 502, null, 'x'), true],
    ['404 not found', new ApiError('http', 404, { code: 'FAIR_NOT_FOUND', message: '', details: [] }, 'x'), false],
    ['401 signed out', new ApiError('http', 401, { code: 'UNAUTHENTICATED', message: '', details: [] }, 'x'), false],
    ['409 conflict', new ApiError('http', 409, { code: 'BOOTH_TAKEN', message: '', details: [] }, 'x'), false],
    ['an abort', Object.assign(new Error('aborted'), { name: 'AbortError' }), false],
  ])('%s → %s', (_what, error, expected) => expect(canRetry(error)).toBe(expected));
});

describe('createQueryClient', () => {
  it('retries reads that can succeed later, a bounded number of times, and never writes', () => {
    const client = createQueryClient();
    const retry = client.getDefaultOptions().queries?.retry as (failures: number, error: unknown) => boolean;
    const offline = new ApiError('network', 0, null, 'offline');
    expect(retry(0, offline)).toBe(true);
    expect(retry(READ_RETRIES, offline)).toBe(false);
    expect(retry(0, new ApiError('http', 404, null, 'x'))).toBe(false);
    expect(client.getDefaultOptions().mutations?.retry).toBe(false);
  });
});
