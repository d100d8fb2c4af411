/**
 * A small LRU of rendered bodies. Keys name everything a body depends on (release id, language,
 * base URL, the time view's key), so an entry is never stale, only unused; the bound keeps a
 * crawler that varies the Host header from growing it without limit.
 */
export class PageCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max = 200) {}

  async get(key: string, make: () => V | Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key); // re-insert: most recently used last
      this.entries.set(key, hit);
      return hit;
    }
    const value = await make();
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
