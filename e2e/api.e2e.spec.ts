import { DEMO_ORGANIZER, signInHttp } from './support/accounts';
import { baseUrl } from './support/browser';
import type { Page as ApiPage, MunicipalitySummary } from '@bussanten/contracts';

// Black-box checks of the running system, started as `npm start` starts it.
describe('the running app (HTTP)', () => {
  it('reports alive, and ready with the embedded database up and migrated', async () => {
    const res = await fetch(`${baseUrl()}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${baseUrl()}/api/ready`);
    expect([ready.status, (await ready.json()).migrations]).toEqual([200, 'current']);
  });

  it('refuses the registry to anonymous callers', async () => {
    const res = await fetch(`${baseUrl()}/api/municipalities`);
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('UNAUTHENTICATED');
  });

  it('serves the seeded registry to the demo organizer: 宮古市 in 岩手県', async () => {
    const headers = await signInHttp(DEMO_ORGANIZER);
    const res = await fetch(`${baseUrl()}/api/municipalities?q=${encodeURIComponent('ﾐﾔｺ')}`, { headers });
    const page = (await res.json()) as ApiPage<MunicipalitySummary>;
    // With the official list ﾐﾔｺ also finds 宮古島市, みやこ町 and 都城市 (みやこのじょうし); 宮古市 once.
    expect(page.items.filter((m) => m.name === '宮古市')).toEqual([expect.objectContaining({ prefecture: '岩手県', population: 44905, areaKm2: 1259.89, firstAgreementYear: 2002 })]);
  });

  it('publishes an OpenAPI document and a reference page', async () => {
    const doc = await (await fetch(`${baseUrl()}/api/openapi.json`)).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/municipalities', '/api/municipalities/{id}', '/api/agreements', '/api/health']));
    const docs = await fetch(`${baseUrl()}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });

  it('serves the UI shell at / and at client-side routes, but JSON 404s under /api', async () => {
    for (const path of ['/', '/registry', '/registry/municipalities/new']) {
      const res = await fetch(`${baseUrl()}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('<div id="root"');
    }
    const missing = await fetch(`${baseUrl()}/api/no-such-thing`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).code).toBe('NOT_FOUND');
  });
});
