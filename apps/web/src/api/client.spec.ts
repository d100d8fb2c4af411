import { ApiError, request, toQueryString, type FetchLike } from './client';

/** Just what request() reads from a Response. */
function fakeResponse(status: number, body: string): Response {
  return { status, ok: status >= 200 && status < 300, text: async () => body } as unknown as Response;
}

function fetchReturning(status: number, body: string): { fetch: FetchLike; calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      return fakeResponse(status, body);
    },
  };
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the request to fail');
}

describe('toQueryString', () => {
  it.each([
    [{}, ''],
    [{ q: '宮古' }, '?q=%E5%AE%AE%E5%8F%A4'],
    [{ q: '', prefectureCode: undefined, agreementKind: null }, ''],
    [{ q: '   ' }, ''],
    [{ q: ' miyako ', page: 2 }, '?q=miyako&page=2'],
    [{ page: Number.NaN, pageSize: 20 }, '?pageSize=20'],
    [{ prefectureCode: 3, agreementKind: 'disaster_aid', sort: '-population' }, '?prefectureCode=3&agreementKind=disaster_aid&sort=-population'],
  ])('%j → %s', (params, expected) => {
    expect(toQueryString(params)).toBe(expected);
  });
});

describe('request', () => {
  it('GETs /api + path + query and parses JSON', async () => {
    const f = fetchReturning(200, '{"items":[],"total":0,"page":1,"pageSize":20}');
    const page = await request('GET', '/municipalities', { query: { q: 'みやこ', page: 1 } }, f.fetch);
    expect(page).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    expect(f.calls[0]?.url).toBe('/api/municipalities?q=%E3%81%BF%E3%82%84%E3%81%93&page=1');
    expect(f.calls[0]?.init.method).toBe('GET');
    expect(f.calls[0]?.init.body).toBeUndefined();
  });

  it('sends a JSON body with its content type', async () => {
    const f = fetchReturning(201, '{"id":"x"}');
    await request('POST', '/municipalities', { body: { name: '宮古市' } }, f.fetch);
    expect(f.calls[0]?.init.body).toBe('{"name":"宮古市"}');
    expect((f.calls[0]?.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('resolves a 204 with undefined', async () => {
    await expect(request('DELETE', '/agreements/x', {}, fetchReturning(204, '').fetch)).resolves.toBeUndefined();
  });

  it.each([
    [400, { code: 'VALIDATION_FAILED', message: 'bad', details: [{ field: 'population', rule: 'min', message: 'population must not be less than 0' }] }],
    [409, { code: 'MUNICIPALITY_IS_PARTY', message: 'party', details: [{ field: '', rule: 'isParty', message: 'x', meta: { agreements: [{ id: 'a', title: 't' }] } }] }],
    [500, { code: 'INTERNAL', message: 'oops', details: [], correlationId: 'c-1' }],
  ])('throws ApiError carrying the body of a %d', async (status, body) => {
    const e = await caught(request('GET', '/x', {}, fetchReturning(status, JSON.stringify(body)).fetch));
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ reason: 'http', status, body });
  });

  it.each([
    ['an HTML error page', 502, '<html>Bad Gateway</html>'],
    ['JSON that is not an error body', 500, '{"error":"x"}'],
    ['an empty error', 503, ''],
    ['an empty success', 200, ''],
    ['a success that is not JSON', 200, 'OK'],
  ])('throws invalidResponse for %s', async (_what, status, body) => {
    const e = await caught(request('GET', '/x', {}, fetchReturning(status, body).fetch));
    expect(e).toMatchObject({ reason: 'invalidResponse', status, body: null });
  });

  it('throws a network ApiError when fetch itself fails', async () => {
    const failing: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const e = await caught(request('GET', '/x', {}, failing));
    expect(e).toMatchObject({ reason: 'network', status: 0, body: null });
  });

  it('rethrows an abort unchanged', async () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const aborting: FetchLike = async () => {
      throw abort;
    };
    expect(await caught(request('GET', '/x', {}, aborting))).toBe(abort);
  });
});
