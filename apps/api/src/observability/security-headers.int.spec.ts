import { startTestApp, type TestApp } from '../../test/test-app';

describe('security headers (helmet)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends a strict policy with API answers and errors alike', async () => {
    for (const res of [await t.http.get('/api/fairs').expect(200), await t.anonymous.get('/api/fairs').expect(401)]) {
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('leaves the public page its own policy, which allows no scripts at all', async () => {
    const page = await t.anonymous.get('/f/koryu-toshi-2023').expect(200);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'"); // no script-src: scripts fall back to none
    expect(csp).not.toContain('script-src');
  });
});
