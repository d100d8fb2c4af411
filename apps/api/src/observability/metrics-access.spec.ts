import { metricsAccess } from './metrics-access';

describe('metricsAccess (METRICS_TOKEN as a bearer token)', () => {
  const token = 'scrape-me-4f9c1e7a2b6d8e0f3a5c7b9d';
  it.each([
    ['no token configured: off, whatever is sent', null, `Bearer ${token}`, 'off'],
    ['an empty token is none', '', undefined, 'off'],
    ['nothing sent', token, undefined, 'refused'],
    ['another scheme', token, `Basic ${token}`, 'refused'],
    ['a wrong token', token, 'Bearer scrape-me-4f9c1e7a2b6d8e0f3a5c7b9e', 'refused'],
    ['a prefix of the token', token, `Bearer ${token.slice(0, 10)}`, 'refused'],
    ['the token with more after it', token, `Bearer ${token}x`, 'refused'],
    ['the scheme alone', token, 'Bearer ', 'refused'],
    ['the right token', token, `Bearer ${token}`, 'ok'],
    ['the scheme in any case', token, `bearer ${token}`, 'ok'],
  ] as const)('%s', (_name, configured, header, expected) => {
    expect(metricsAccess(configured, header)).toBe(expected);
  });
});
