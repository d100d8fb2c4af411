import type { MunicipalityChange } from '@bussanten/contracts';
import { createOrganizer } from '../accounts/create-organizer';
import { municipalityId, registryCounts, startTestApp, type Client, type TestApp } from '../../test/test-app';

// The registry is shared by every host: listed fields are the official list's, every change is kept
// with who made it, every host reads and reverts the history, and hosts concerned are told.
describe('registry: listed municipalities and their shared history (real PostgreSQL)', () => {
  let t: TestApp;
  let ota: Client;
  let miyako: string;
  const historyCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM municipality_changes'))[0].n as number;
  const auditOf = async (client: Client, action: string) =>
    (await client.get('/api/audit').query({ action }).expect(200)).body.items as {
      entityId: string;
      changes: Record<string, { before: unknown; after: unknown }>;
      actor: unknown;
    }[];

  beforeAll(async () => {
    t = await startTestApp({ officialList: true });
    // A second host on the same install, as `npm run create-organizer -- --host 大田区` makes it.
    await createOrganizer(t.db, { email: 'organizer@ota.example', displayName: '大田 主催者', password: 'sanma and soba at the fair', hostName: '大田区' });
    ota = await t.signIn('organizer@ota.example', 'sanma and soba at the fair');
    miyako = await municipalityId(t, '宮古市');
  });
  afterAll(() => t.close());

  describe('listed fields', () => {
    it('refuses a new name with 409 naming the field, and writes nothing', async () => {
      const before = { counts: await registryCounts(t.db), history: await historyCount() };
      const res = await t.http.patch(`/api/municipalities/${miyako}`).send({ name: '宮古町', population: 1 }).expect(409);
      expect(res.body).toMatchObject({ code: 'LISTED_MUNICIPALITY_FIELD', details: [{ field: 'name', rule: 'listed' }] });
      expect({ counts: await registryCounts(t.db), history: await historyCount() }).toEqual(before);
      expect((await t.http.get(`/api/municipalities/${miyako}`).expect(200)).body).toMatchObject({ name: '宮古市', population: 44905, listed: true });
    });

    it('names every listed field a request would change', async () => {
      const res = await ota
        .patch(`/api/municipalities/${miyako}`)
        .send({ name: '宮古町', reading: 'みやこまち', localGovernmentCode: '032034', prefectureCode: 4, kind: 'town' })
        .expect(409);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['name', 'reading', 'localGovernmentCode', 'prefectureCode', 'kind']);
    });

    it('accepts the values it already has, with the host’s own fields', async () => {
      const res = await t.http
        .patch(`/api/municipalities/${miyako}`)
        .send({
          name: '宮古市',
          reading: 'みやこし',
          localGovernmentCode: '032026',
          prefectureCode: 3,
          kind: 'city',
          populationAsOf: '2020-10-01',
          populationSource: '令和2年国勢調査',
        })
        .expect(200);
      expect(res.body).toMatchObject({ name: '宮古市', population: 44905, populationAsOf: '2020-10-01', populationSource: '令和2年国勢調査', areaAsOf: null });
    });

    it.each([['2024-02-30'], ['2024-2-1'], ['1700-01-01'], [20201001]])('refuses the as-of date %p with 400', async (populationAsOf) => {
      const res = await t.http.patch(`/api/municipalities/${miyako}`).send({ populationAsOf }).expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'populationAsOf' })]);
    });

    it('refuses to delete a listed municipality, even one nothing refers to', async () => {
      const rausu = await municipalityId(t, '羅臼町');
      const res = await t.http.delete(`/api/municipalities/${rausu}`).expect(409);
      expect(res.body.code).toBe('LISTED_MUNICIPALITY_FIELD');
      await t.http.get(`/api/municipalities/${rausu}`).expect(200);
    });

    it('leaves a municipality hosts created (not on the list) editable and deletable', async () => {
      const created = await t.http
        .post('/api/municipalities')
        .send({ name: '早池峰村', reading: 'はやちねむら', prefectureCode: 3, kind: 'village' })
        .expect(201);
      expect(created.body.listed).toBe(false);
      const renamed = await t.http
        .patch(`/api/municipalities/${created.body.id}`)
        .send({ name: '早池峰町', reading: 'はやちねまち', kind: 'town' })
        .expect(200);
      expect(renamed.body).toMatchObject({ name: '早池峰町', kind: 'town' });
      await t.http.delete(`/api/municipalities/${created.body.id}`).expect(204);
    });
  });

  describe('history across hosts', () => {
    let change: MunicipalityChange;

    it('keeps another host’s change with who, which host, when, before and after, for every host to read', async () => {
      await ota.patch(`/api/municipalities/${miyako}`).send({ nameEn: 'Miyako City', areaAsOf: '2024-10-01' }).expect(200);
      const history = (await t.http.get(`/api/municipalities/${miyako}/history`).expect(200)).body as MunicipalityChange[];
      change = history[0];
      expect(change).toMatchObject({
        host: { name: '大田区' },
        user: { displayName: '大田 主催者' },
        revertsChangeId: null,
        changes: [
          { field: 'nameEn', before: 'Miyako', after: 'Miyako City' },
          { field: 'areaAsOf', before: null, after: '2024-10-01' },
        ],
      });
      expect(Date.now() - Date.parse(change.at)).toBeLessThan(60_000);
      // The earlier change by 品川区 is there too, and 大田区 reads the same history.
      expect(history.map((h) => h.host.name)).toEqual(['大田区', '品川区']);
      expect((await ota.get(`/api/municipalities/${miyako}/history`).expect(200)).body).toEqual(history);
    });

    it('tells the host whose partner and exhibitor it is, in its own audit log, and only that host', async () => {
      const shinagawa = await auditOf(t.http, 'municipality.changedByOtherHost');
      expect(shinagawa).toEqual([
        expect.objectContaining({
          entityId: miyako,
          actor: null,
          changes: {
            nameEn: { before: 'Miyako', after: 'Miyako City' },
            areaAsOf: { before: null, after: '2024-10-01' },
            changedBy: { before: null, after: '大田区 大田 主催者' },
          },
        }),
      ]);
      expect(await auditOf(ota, 'municipality.changedByOtherHost')).toEqual([]);
      expect((await auditOf(ota, 'municipality.updated')).map((a) => a.entityId)).toEqual([miyako]);
    });

    it('reverts a change as a change of its own, audited, for any host', async () => {
      const res = await t.http.post(`/api/municipalities/${miyako}/history/${change.id}/revert`).expect(200);
      expect(res.body).toMatchObject({ nameEn: 'Miyako', areaAsOf: null, population: 44905 });
      const [revert] = (await ota.get(`/api/municipalities/${miyako}/history`).expect(200)).body as MunicipalityChange[];
      expect(revert).toMatchObject({
        host: { name: '品川区' },
        revertsChangeId: change.id,
        changes: [
          { field: 'nameEn', before: 'Miyako City', after: 'Miyako' },
          { field: 'areaAsOf', before: '2024-10-01', after: null },
        ],
      });
      expect((await auditOf(t.http, 'municipality.reverted')).map((a) => a.entityId)).toEqual([miyako]);
    });

    it('answers 404 MUNICIPALITY_CHANGE_NOT_FOUND for a change of another municipality or an unknown one, and writes nothing', async () => {
      const before = await historyCount();
      const yamakita = await municipalityId(t, '山北町');
      for (const url of [
        `/api/municipalities/${yamakita}/history/${change.id}/revert`,
        `/api/municipalities/${miyako}/history/7f000000-0000-4000-8000-000000000000/revert`,
        `/api/municipalities/${miyako}/history/not-an-id/revert`,
      ]) {
        expect((await ota.post(url).expect(404)).body.code).toBe('MUNICIPALITY_CHANGE_NOT_FOUND');
      }
      expect((await ota.get('/api/municipalities/7f000000-0000-4000-8000-000000000000/history').expect(404)).body.code).toBe('MUNICIPALITY_NOT_FOUND');
      expect(await historyCount()).toBe(before);
    });

    it('refuses to revert a change of a field the official list now decides', async () => {
      // As if the list did not have 新ひだか町 (016101) yet, and a host registered it by hand.
      await t.db.query(`DELETE FROM municipalities WHERE local_government_code = '016101'`);
      const created = await ota
        .post('/api/municipalities')
        .send({ name: '新ひだか村', reading: 'しんひだかむら', prefectureCode: 1, kind: 'village' })
        .expect(201);
      await ota.patch(`/api/municipalities/${created.body.id}`).send({ name: '新ひだか町', reading: 'しんひだかちょう', kind: 'town' }).expect(200);
      const [rename] = (await ota.get(`/api/municipalities/${created.body.id}/history`).expect(200)).body as MunicipalityChange[];
      // The next list has it: the import matches the host's row and takes it over.
      const { importOfficialList } = await import('./official-list/official-list.importer');
      expect(await importOfficialList(t.db)).toMatchObject({ matched: 1 });
      const res = await ota.post(`/api/municipalities/${created.body.id}/history/${rename.id}/revert`).expect(409);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['name', 'reading', 'kind']);
    });
  });

  it('keeps a released page’s names: a new English name reaches the next release only', async () => {
    const fair = (await t.http.get('/api/fairs').expect(200)).body.find((f: { slug: string }) => f.slug === 'koryu-toshi-2023');
    const holders = async () => {
      const [row] = await t.db.query(`SELECT snapshot FROM releases WHERE fair_id = $1 ORDER BY version DESC LIMIT 1`, [fair.id]);
      return JSON.stringify(row.snapshot);
    };
    const feed = async () => JSON.stringify((await t.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200)).body);
    expect(await feed()).toContain('"nameEn":"Miyako"');
    await ota.patch(`/api/municipalities/${miyako}`).send({ nameEn: 'Miyako-shi' }).expect(200);
    expect(await holders()).toContain('"Miyako"');
    expect(await holders()).not.toContain('Miyako-shi');
    // A fresh process reads the release from the database, not from a cache.
    const other = await startTestApp({ sameDatabaseAs: t });
    try {
      const served = JSON.stringify((await other.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200)).body);
      expect(served).toContain('"nameEn":"Miyako"');
      expect(served).not.toContain('Miyako-shi');
    } finally {
      await other.close();
    }
    await t.http.post(`/api/fairs/${fair.id}/releases`).send({ note: null }).expect(201);
    expect(await holders()).toContain('Miyako-shi');
  });
});
