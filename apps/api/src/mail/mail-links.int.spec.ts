import { FAIR_2027_DAYS, applicationInput, openFair } from '../../test/fair-fixtures';
import { DEMO, addMember, municipalityId, startTestApp, type Client, type TestApp } from '../../test/test-app';
import { createOrganizer } from '../accounts/create-organizer';

const ORIGIN = 'https://bussanten.example.jp';

interface Row {
  kind: string;
  recipient: string;
  subject: string;
  body: string;
}

// Mails as they are enqueued through the API: the link to their item is absolute (PUBLIC_URL), and
// the host's contact is the one its organizers set, read with the change, never another host's.
describe("every mail links to its item and carries its host's contact (real PostgreSQL)", () => {
  let t: TestApp;
  let miyako: Client;
  const mails = (applicationId: string): Promise<Row[]> =>
    t.db.query(`SELECT kind, recipient, subject, body FROM outbox_messages WHERE body LIKE '%' || $1 || '%' ORDER BY created_at, id`, [applicationId]);

  beforeAll(async () => {
    t = await startTestApp({ siteOrigin: ORIGIN });
    miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    await t.http
      .put('/api/host/contact')
      .send({ contactEmail: 'bussan@city.shinagawa.example', contactPhone: '03-1234-5678', contactNote: '地域活性化課' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('the receipt and the decision: the absolute link to the application, the contact set via the API, English names in the English half', async () => {
    const fair = await openFair(t, 'mail-links-2027');
    await t.db.query(`UPDATE fairs SET title_en = 'Mail Links Fair 2027' WHERE id = $1`, [fair.id]);
    const [{ nameEn }] = await t.db.query(`SELECT name_en AS "nameEn" FROM municipalities WHERE name = '宮古市'`);
    const applied = await miyako
      .post(`/api/my/fairs/${fair.id}/application`)
      .send(applicationInput([FAIR_2027_DAYS[0].date]))
      .expect(201);
    const id = applied.body.id as string;
    await t.http.post(`/api/applications/${id}/decision`).send({ status: 'accepted', message: null }).expect(200);

    const sent = await mails(id);
    expect(sent.map((m) => [m.kind, m.recipient])).toEqual([
      ['application.received', DEMO.miyako.email],
      ['application.accepted', DEMO.miyako.email],
    ]);
    for (const m of sent) {
      expect(m.body).toContain(`申込のページ / Your application:\n${ORIGIN}/my/applications/${id}\n`);
      expect(m.body).toContain('お問い合わせ：品川区 地域活性化課、電話 03-1234-5678、メール bussan@city.shinagawa.example');
      expect(m.body).toMatch(/Contact: (Shinagawa|品川区)[^\n]*, 地域活性化課, phone 03-1234-5678, e-mail bussan@city\.shinagawa\.example/);
      expect(m.subject).toMatch(/テスト物産展 mail-links-2027 \/ .*Mail Links Fair 2027$/);
      if (nameEn) expect(m.body).toContain(`To the representative of ${nameEn}:`);
    }
    expect(sent[0]?.body).toContain('出展希望日：令和9年2月19日(金)');
    expect(sent[0]?.body).toContain('Days applied for: Fri 19 Feb 2027');
  });

  it("another host's mails carry its own name and no contact of the first host; a host without a contact says to reach its organizers", async () => {
    await createOrganizer(t.db, {
      email: 'organizer@ota-mail.example',
      displayName: '大田 主催者',
      password: 'sanma and soba on the river',
      hostName: '大田区',
      hostNameEn: 'Ota City',
    });
    const ota = await t.signIn('organizer@ota-mail.example', 'sanma and soba on the river');
    const [{ id: otaId }] = await t.db.query(`SELECT id FROM hosts WHERE name = '大田区'`);
    await addMember(t, {
      email: 'miyako@ota-mail.example',
      password: 'a long ota rep password',
      role: 'representative',
      hostId: otaId,
      municipalityId: await municipalityId(t, '宮古市'),
    });
    const rep = await t.signIn('miyako@ota-mail.example', 'a long ota rep password');
    const venue = await ota
      .post('/api/venues')
      .send({ name: '大田区産業プラザ', address: '東京都大田区南蒲田1-20-20', rooms: [{ name: '展示ホール', widthM: 40, depthM: 30 }] })
      .expect(201);
    const now = Date.now();
    const fair = await ota
      .post('/api/fairs')
      .send({
        title: '大田区物産展 2027',
        slug: 'ota-mail-2027',
        roomId: venue.body.rooms[0].id,
        days: FAIR_2027_DAYS,
        applicationsOpenAt: new Date(now - 86_400_000).toISOString(),
        applicationsCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
      })
      .expect(201);
    await ota.post(`/api/fairs/${fair.body.id}/status`).send({ status: 'accepting' }).expect(200);
    const applied = await rep
      .post(`/api/my/fairs/${fair.body.id}/application`)
      .send(applicationInput([FAIR_2027_DAYS[1].date]))
      .expect(201);
    await ota.post(`/api/applications/${applied.body.id}/decision`).send({ status: 'waitlisted', message: null }).expect(200);

    const sent = await mails(applied.body.id);
    expect(sent.map((m) => [m.kind, m.recipient])).toEqual([
      ['application.received', 'miyako@ota-mail.example'],
      ['application.waitlisted', 'miyako@ota-mail.example'],
    ]);
    for (const m of sent) {
      expect(m.body).toContain(`${ORIGIN}/my/applications/${applied.body.id}`);
      expect(m.body).toContain('お問い合わせ：大田区（主催者の担当者に、ふだんの方法で直接ご連絡ください）');
      expect(m.body).toContain('Contact: the organizers at Ota City (please reach them directly, the way you usually do)');
      expect(m.body).not.toMatch(/品川区|Shinagawa|03-1234-5678|bussan@city\.shinagawa\.example|地域活性化課/);
    }
  });
});
