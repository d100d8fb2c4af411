import { PageCache } from './page-cache';

describe('PageCache', () => {
  it('makes a value once per key and forgets the least recently used beyond its bound', async () => {
    const cache = new PageCache<string>(2);
    const make = jest.fn((k: string) => `v:${k}`);
    await cache.get('a', () => make('a'));
    await cache.get('b', () => make('b'));
    await cache.get('a', () => make('a')); // a is now the most recent
    await cache.get('c', () => make('c')); // evicts b
    await cache.get('a', () => make('a'));
    await cache.get('b', () => make('b'));
    expect(make.mock.calls.map((c) => c[0])).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });
});
