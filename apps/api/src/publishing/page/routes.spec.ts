import type { Request } from 'express';
import type { IncomingMessage } from 'node:http';
import { bareBaseUrl, isPublicPagePath, isSlug, publicBaseUrl } from './routes';

const req = (host: string | undefined, protocol = 'http') => ({ protocol, get: () => host }) as unknown as Request;

describe('publicBaseUrl', () => {
  it('prefers PUBLIC_URL, without a trailing slash', () => {
    expect(publicBaseUrl(req('internal:3000'), { PUBLIC_URL: 'https://bussan.example/' })).toBe('https://bussan.example');
  });

  it("falls back to the request's protocol and Host, refusing a Host that is not a host name", () => {
    expect(publicBaseUrl(req('bussan.example:8080', 'https'), {})).toBe('https://bussan.example:8080');
    expect(publicBaseUrl(req('[::1]:3000'), {})).toBe('http://[::1]:3000');
    expect(publicBaseUrl(req('evil.example/"><script>'), {})).toBe('http://localhost');
    expect(publicBaseUrl(req(undefined), {})).toBe('http://localhost');
  });
});

describe('bareBaseUrl (a request Express has not seen)', () => {
  const bare = (host: string | undefined, encrypted = false) => ({ headers: { host }, socket: { encrypted } }) as unknown as IncomingMessage;
  it.each([
    ['PUBLIC_URL wins, proxies or not', bare('internal:3000'), 1, { PUBLIC_URL: 'https://bussan.example/' }, 'https://bussan.example'],
    ['no proxy: the socket says http', bare('bussan.example:8080'), 0, {}, 'http://bussan.example:8080'],
    ['no proxy: the socket is TLS', bare('bussan.example', true), 0, {}, 'https://bussan.example'],
    ['a Host that is not a host name', bare('evil.example/"><script>'), 0, {}, 'http://localhost'],
    ['no Host', bare(undefined), 0, {}, 'http://localhost'],
    ['a trusted proxy and no PUBLIC_URL: left to Express', bare('bussan.example'), 1, {}, null],
  ])('%s', (_name, req, trustProxy, env, expected) => {
    expect(bareBaseUrl(req, trustProxy, env)).toBe(expected);
  });
});

describe('isSlug', () => {
  it('accepts what fairs accept and nothing else', () => {
    expect(isSlug('koryu-toshi-2023')).toBe(true);
    for (const bad of ['', 'A', 'a--b', '-a', 'a_b', '../x', 'x'.repeat(101)]) expect(isSlug(bad)).toBe(false);
  });
});

describe('isPublicPagePath', () => {
  it.each([
    ['/f', true],
    ['/f/koryu-toshi-2023', true],
    ['/en/f/koryu-toshi-2023/', true],
    ['/embed/f/koryu-toshi-2023', true],
    ['/en/embed/f/koryu-toshi-2023', true],
    ['/robots.txt', true],
    ['/fairs', false],
    ['/embed', false],
    ['/embedded/f/x', false],
    ['/api/public/fairs', false],
  ])('%s: %s', (path, expected) => {
    expect(isPublicPagePath(path)).toBe(expected);
  });
});
