import {
  ApiError,
  CSRF_HEADER,
  csrfToken,
  pendingStepOf,
  rememberSession,
  request,
  setSignInIncompleteHandler,
  setUnauthenticatedHandler,
  toQueryString,
  type FetchLike,
} from './client';

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
    [
      409,
      {
        code: 'MUNICIPALITY_IS_PARTY',
        message: 'party',
        details: [{ field: '', rule: 'isParty', message: 'x', meta: { agreements: [{ id: 'a', title: 't' }] } }],
      },
    ],
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

describe('session: CSRF token and the end of a session', () => {
  type Answer = [status: number, body: string];
  const json = (status: number, body: unknown): Answer => [status, JSON.stringify(body)];
  const error = (status: number, code: string): Answer => json(status, { code, message: code, details: [] });
  const me = (csrfToken: string): Answer =>
    json(200, { id: 'u1', email: 'a@example.jp', displayName: 'A', role: 'organizer', host: null, municipality: null, csrfToken });

  /** A fetch answering from a script, one answer per call, and recording what was sent. */
  function scripted(...answers: Answer[]) {
    const calls: { url: string; method: string; csrf: string | undefined }[] = [];
    const fetchImpl: FetchLike = async (url, init) => {
      const headers = init.headers as Record<string, string>;
      calls.push({ url, method: String(init.method), csrf: headers[CSRF_HEADER] });
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected request ${init.method} ${url}`);
      return fakeResponse(answer[0], answer[1]);
    };
    return { calls, fetchImpl };
  }

  const incomplete = (step: string): Answer =>
    json(401, { code: 'SIGN_IN_INCOMPLETE', message: 'x', details: [{ field: '', rule: 'pending', message: 'x', meta: { pending: step } }] });

  let unauthenticated: number;
  let steps: (string | null)[];
  beforeEach(() => {
    rememberSession(null);
    unauthenticated = 0;
    steps = [];
    setUnauthenticatedHandler(() => {
      unauthenticated++;
    });
    setSignInIncompleteHandler((step) => {
      steps.push(step);
    });
  });
  afterEach(() => {
    setUnauthenticatedHandler(null);
    setSignInIncompleteHandler(null);
  });

  it.each([
    ['POST', 'tok-1', 'tok-1'],
    ['PATCH', 'tok-1', 'tok-1'],
    ['DELETE', 'tok-1', 'tok-1'],
    ['GET', 'tok-1', undefined],
    ['POST', null, undefined],
  ] as const)('%s with token %s sends X-CSRF-Token %s', async (method, token, sent) => {
    if (token) rememberSession({ csrfToken: token });
    const s = scripted([200, '{}']);
    await request(method, '/x', { body: method === 'GET' ? undefined : {} }, s.fetchImpl);
    expect(s.calls[0]?.csrf).toBe(sent);
  });

  it('on 403 CSRF_FAILED asks /auth/me for a new token once and sends the write again with it', async () => {
    rememberSession({ csrfToken: 'stale' });
    const s = scripted(error(403, 'CSRF_FAILED'), me('fresh'), json(201, { id: 'm1' }));
    await expect(request('POST', '/municipalities', { body: { name: 'x' } }, s.fetchImpl)).resolves.toEqual({ id: 'm1' });
    expect(s.calls).toEqual([
      { url: '/api/municipalities', method: 'POST', csrf: 'stale' },
      { url: '/api/auth/me', method: 'GET', csrf: undefined },
      { url: '/api/municipalities', method: 'POST', csrf: 'fresh' },
    ]);
    expect(csrfToken()).toBe('fresh');
  });

  it('retries only once: a second CSRF_FAILED is thrown', async () => {
    rememberSession({ csrfToken: 'stale' });
    const s = scripted(error(403, 'CSRF_FAILED'), me('fresh'), error(403, 'CSRF_FAILED'));
    const e = await caught(request('DELETE', '/agreements/a', {}, s.fetchImpl));
    expect(e).toMatchObject({ status: 403, body: { code: 'CSRF_FAILED' } });
    expect(s.calls).toHaveLength(3);
  });

  it.each([
    ['a GET', 'GET', error(403, 'CSRF_FAILED')],
    ['another 403', 'POST', error(403, 'FORBIDDEN')],
  ] as const)('does not retry %s', async (_what, method, answer) => {
    const s = scripted(answer);
    const e = await caught(request(method, '/x', {}, s.fetchImpl));
    expect(e).toMatchObject({ status: 403 });
    expect(s.calls).toHaveLength(1);
  });

  it('when the session is gone while refreshing the token, forgets it, reports it once and throws the 401', async () => {
    rememberSession({ csrfToken: 'stale' });
    const s = scripted(error(403, 'CSRF_FAILED'), error(401, 'UNAUTHENTICATED'));
    const e = await caught(request('POST', '/x', {}, s.fetchImpl));
    expect(e).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(csrfToken()).toBeNull();
    expect(unauthenticated).toBe(1);
  });

  it.each([
    ['a 401 UNAUTHENTICATED', error(401, 'UNAUTHENTICATED'), {}, 1],
    ['a 401 UNAUTHENTICATED that is expected', error(401, 'UNAUTHENTICATED'), { expectUnauthenticated: true }, 0],
    ['a 401 INVALID_CREDENTIALS (wrong password)', error(401, 'INVALID_CREDENTIALS'), {}, 0],
    ['a 403 FORBIDDEN', error(403, 'FORBIDDEN'), {}, 0],
    ['a 429 TOO_MANY_ATTEMPTS', error(429, 'TOO_MANY_ATTEMPTS'), {}, 0],
  ] as const)('%s calls the unauthenticated handler %d time(s)', async (_what, answer, options, times) => {
    const s = scripted(answer);
    await caught(request('GET', '/x', options, s.fetchImpl));
    expect(unauthenticated).toBe(times);
  });

  it.each([
    ['a 401 SIGN_IN_INCOMPLETE waiting for a second factor', incomplete('secondFactor'), {}, ['secondFactor'], 0],
    ['a 401 SIGN_IN_INCOMPLETE waiting for enrolling', incomplete('enrol'), {}, ['enrol'], 0],
    ['a 401 SIGN_IN_INCOMPLETE without its step', error(401, 'SIGN_IN_INCOMPLETE'), {}, [null], 0],
    ['a 401 SIGN_IN_INCOMPLETE that is expected', incomplete('enrol'), { expectUnauthenticated: true }, [], 0],
    ['a 401 UNAUTHENTICATED', error(401, 'UNAUTHENTICATED'), {}, [], 1],
    ['a 401 SECOND_FACTOR_INVALID (a wrong code)', error(401, 'SECOND_FACTOR_INVALID'), {}, [], 0],
  ] as const)('%s calls the sign-in-incomplete handler with %j', async (_what, answer, options, expected, unauthenticatedCalls) => {
    const s = scripted(answer);
    await caught(request('GET', '/x', options, s.fetchImpl));
    expect(steps).toEqual(expected);
    expect(unauthenticated).toBe(unauthenticatedCalls);
  });

  it('on 403 CSRF_FAILED of a session waiting for its step, takes the token of the step and sends the write again', async () => {
    rememberSession({ csrfToken: 'stale' });
    const pending = json(200, { pending: 'secondFactor', methods: ['totp'], email: 'a@example.jp', displayName: 'A', requiredBy: null, csrfToken: 'step' });
    const s = scripted(error(403, 'CSRF_FAILED'), incomplete('secondFactor'), pending, json(200, { id: 'u1' }));
    await expect(request('POST', '/auth/sign-in/totp', { body: { code: '123456' } }, s.fetchImpl)).resolves.toEqual({ id: 'u1' });
    expect(s.calls.map((c) => [c.url, c.csrf])).toEqual([
      ['/api/auth/sign-in/totp', 'stale'],
      ['/api/auth/me', undefined],
      ['/api/auth/sign-in/pending', undefined],
      ['/api/auth/sign-in/totp', 'step'],
    ]);
    expect(csrfToken()).toBe('step');
    expect(steps).toEqual([]);
  });
});

describe('pendingStepOf', () => {
  const apiError = (status: number, code: string, meta?: Record<string, unknown>) =>
    new ApiError('http', status, { code: code as never, message: code, details: meta ? [{ field: '', rule: 'pending', message: code, meta }] : [] }, code);

  it.each([
    ['secondFactor', apiError(401, 'SIGN_IN_INCOMPLETE', { pending: 'secondFactor' }), 'secondFactor'],
    ['enrol', apiError(401, 'SIGN_IN_INCOMPLETE', { pending: 'enrol' }), 'enrol'],
    ['an unknown step', apiError(401, 'SIGN_IN_INCOMPLETE', { pending: 'other' }), null],
    ['no details', apiError(401, 'SIGN_IN_INCOMPLETE'), null],
    ['another code', apiError(401, 'UNAUTHENTICATED', { pending: 'enrol' }), null],
    ['another status', apiError(403, 'SIGN_IN_INCOMPLETE', { pending: 'enrol' }), null],
    ['not an ApiError', new Error('x'), null],
  ])('%s → %s', (_what, e, expected) => {
    expect(pendingStepOf(e)).toBe(expected);
  });
});
