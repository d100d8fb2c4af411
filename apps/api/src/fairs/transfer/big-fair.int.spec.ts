import type { FloorPlan } from '@bussanten/contracts';
import { generateBigFair } from '@bussanten/domain';
import { startTestApp, type TestApp } from '../../../test/test-app';

/** The generated big fair (issue 22's measure) goes in through the fair import as any document does (real PostgreSQL). */
describe('the generated big fair', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ officialList: true });
  });
  afterAll(() => t.close());

  it('imports whole: 320 booths, 300 applications, 10 days, the holdings without a clash', async () => {
    const municipalities: { prefectureCode: number; name: string }[] = await t.db.query(
      `SELECT prefecture_code AS "prefectureCode", name FROM municipalities WHERE kind <> 'prefecture' ORDER BY prefecture_code, reading, name LIMIT 300`,
    );
    const doc = generateBigFair({ slug: 'big-fair-2027', title: '大規模物産展テスト', municipalities });
    const imported = await t.http.post('/api/fairs/import').send(doc).expect(201);
    const plan = (await t.http.get(`/api/fairs/${imported.body.id}/booths`).expect(200)).body as FloorPlan;
    expect(plan.booths).toHaveLength(320);
    const applications = await t.http.get(`/api/fairs/${imported.body.id}/applications`).expect(200);
    expect(applications.body).toHaveLength(300);
    const held = doc.fair.applications.reduce((n, a) => n + a.assignments.length, 0);
    const assignments = await t.http.get(`/api/fairs/${imported.body.id}/assignments`).expect(200);
    expect(assignments.body).toHaveLength(held);
  });
});
