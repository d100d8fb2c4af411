import type { Request } from 'express';
import { isSlug, publicBaseUrl } from './routes';

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

describe('isSlug', () => {
  it('accepts what fairs accept and nothing else', () => {
    expect(isSlug('koryu-toshi-2023')).toBe(true);
    for (const bad of ['', 'A', 'a--b', '-a', 'a_b', '../x', 'x'.repeat(101)]) expect(isSlug(bad)).toBe(false);
  });
});
