import { checkEmbedOrigins, MAX_EMBED_ORIGINS, normaliseEmbedOrigin } from './embed-origins';

describe('normaliseEmbedOrigin', () => {
  it.each([
    ['https, as typed', 'https://city.example.jp', { origin: 'https://city.example.jp' }],
    ['upper case, default port and a slash', ' HTTPS://City.Example.JP:443/ ', { origin: 'https://city.example.jp' }],
    ['another port kept', 'https://city.example.jp:8443', { origin: 'https://city.example.jp:8443' }],
    ['a Japanese domain in punycode', 'https://品川.example.jp', { origin: 'https://xn--jvrw5s.example.jp' }],
    ['http for localhost', 'http://localhost:4200', { origin: 'http://localhost:4200' }],
    ['http for 127.0.0.1', 'http://127.0.0.1:8080', { origin: 'http://127.0.0.1:8080' }],
    ['http for [::1]', 'http://[::1]:8080', { origin: 'http://[::1]:8080' }],
    ['http elsewhere', 'http://city.example.jp', { problem: 'embedOriginHttps' }],
    ['a path', 'https://city.example.jp/events', { problem: 'embedOrigin' }],
    ['a query', 'https://city.example.jp?x=1', { problem: 'embedOrigin' }],
    ['a fragment', 'https://city.example.jp#top', { problem: 'embedOrigin' }],
    ['a user name', 'https://me@city.example.jp', { problem: 'embedOrigin' }],
    ['no scheme', 'city.example.jp', { problem: 'embedOrigin' }],
    ['another scheme', 'ftp://city.example.jp', { problem: 'embedOrigin' }],
    ['a wildcard', 'https://*.example.jp', { problem: 'embedOrigin' }],
    ['a CSP keyword', "'self'", { problem: 'embedOrigin' }],
    ['a second source smuggled in', 'https://a.example.jp;script-src', { problem: 'embedOrigin' }],
    ['blank', '  ', { problem: 'embedOrigin' }],
    ['too long', `https://${'a'.repeat(200)}.jp`, { problem: 'embedOrigin' }],
  ])('%s', (_name, typed, expected) => {
    expect(normaliseEmbedOrigin(typed)).toEqual(expected);
  });
});

describe('checkEmbedOrigins', () => {
  it.each([
    ['none', [], [], []],
    [
      'repeats merged, the first kept',
      ['https://a.example.jp', 'HTTPS://A.example.jp/', 'https://b.example.jp'],
      ['https://a.example.jp', 'https://b.example.jp'],
      [],
    ],
    [
      'each problem at its place',
      ['https://a.example.jp', 'http://b.example.jp', 3, 'https://c.example.jp/x'],
      ['https://a.example.jp'],
      [
        ['origins.1', 'embedOriginHttps'],
        ['origins.2', 'isString'],
        ['origins.3', 'embedOrigin'],
      ],
    ],
    [
      'too many',
      Array.from({ length: MAX_EMBED_ORIGINS + 1 }, (_, i) => `https://s${i}.example.jp`),
      Array.from({ length: MAX_EMBED_ORIGINS + 1 }, (_, i) => `https://s${i}.example.jp`),
      [['origins', 'arrayMaxSize']],
    ],
    ['as many as allowed once repeats are merged', [...Array(MAX_EMBED_ORIGINS + 5).fill('https://a.example.jp')], ['https://a.example.jp'], []],
  ] as [string, unknown[], string[], string[][]][])('%s', (_name, typed, origins, problems) => {
    const result = checkEmbedOrigins(typed);
    expect(result.origins).toEqual(origins);
    expect(result.details.map((d) => [d.field, d.rule])).toEqual(problems);
  });
});
