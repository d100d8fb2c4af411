import { applicationWithdrawn, type WithdrawalFacts } from './organizer-messages';

const facts = (over: Partial<WithdrawalFacts> = {}): WithdrawalFacts => ({
  fair: { title: '交流都市地方物産展', titleEn: null },
  municipality: { name: '宮古市', nameEn: null },
  previousStatus: 'accepted',
  // 15:30 UTC on 31 January is already 1 February in Japan.
  withdrawnAt: new Date('2025-01-31T15:30:00Z'),
  boothsFreed: [
    { code: 'A1', from: '2023-02-17', to: '2023-02-19' },
    { code: 'B2', from: '2023-02-20', to: '2023-02-20' },
  ],
  stillPublic: true,
  releasesUrl: 'https://bussanten.example.jp/fairs/f1/releases',
  applicationUrl: 'https://bussanten.example.jp/fairs/f1/applications/a1',
  ...over,
});

describe("the organizers' withdrawal notice", () => {
  it('names the municipality, the fair, the day in Japan in 和暦, the booths freed and the publishing page, Japanese first; after acceptance it is 出展辞退', () => {
    const m = applicationWithdrawn(facts());
    expect(m.subject).toBe('【Bussanten】出展辞退：宮古市（交流都市地方物産展） / Participation cancelled: 宮古市 (交流都市地方物産展)');
    const lines = m.body.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '宮古市が、承認された「交流都市地方物産展」への出展を辞退しました。',
        '日時：令和7年2月1日(土) 00:30',
        'それまでの状態：承認',
        '空いたブース：A1（令和5年2月17日(金)〜19日(日)）、B2（令和5年2月20日(月)）',
        '宮古市 has cancelled its accepted participation in "交流都市地方物産展".',
        'When: Feb 1 (Sat), 2025, 00:30 Japan time',
        'Booths freed: A1 (Fri 17 – Sun 19 Feb 2023), B2 (Mon 20 Feb 2023)',
        'https://bussanten.example.jp/fairs/f1/releases',
      ]),
    );
    expect(m.body.indexOf('辞退しました')).toBeLessThan(m.body.indexOf('has cancelled'));
    expect(m.body).toContain('次に公開するまで宮古市が出展者として掲載されたままです');
    expect(m.body).toContain('still lists 宮古市 as an exhibitor until you publish again');
  });

  it('says so when no booth was held and the public page never listed the municipality', () => {
    const m = applicationWithdrawn(facts({ previousStatus: 'submitted', boothsFreed: [], stillPublic: false }));
    expect(m.subject).toBe('【Bussanten】出展申込の取り下げ：宮古市（交流都市地方物産展） / Application withdrawn: 宮古市 (交流都市地方物産展)');
    expect(m.body).toContain('宮古市が「交流都市地方物産展」への出展申込を取り下げました。');
    expect(m.body).toContain('宮古市 has withdrawn its application to exhibit at "交流都市地方物産展".');
    expect(m.body).toContain('それまでの状態：審査中');
    expect(m.body).toContain('空いたブース：なし（ブースは割り当てられていませんでした）');
    expect(m.body).toContain('Booths freed: none (no booth was assigned)');
    expect(m.body).toContain('宮古市は公開ページに掲載されていません。');
    expect(m.body).not.toContain('掲載されたまま');
  });

  it('keeps a title with a line break on one subject line', () => {
    expect(applicationWithdrawn(facts({ fair: { title: '物産展\n2025', titleEn: null } })).subject).not.toContain('\n');
  });

  it("links once to the application's page for organizers, after both halves; the English half names things in English", () => {
    const m = applicationWithdrawn(
      facts({ fair: { title: '交流都市地方物産展', titleEn: 'Friendship Cities Fair' }, municipality: { name: '宮古市', nameEn: 'Miyako City' } }),
    );
    expect(m.body.split('https://bussanten.example.jp/fairs/f1/applications/a1')).toHaveLength(2);
    expect(m.body).toContain('申込の詳細 / The application:\nhttps://bussanten.example.jp/fairs/f1/applications/a1');
    expect(m.body.indexOf('fairs/f1/applications/a1')).toBeGreaterThan(m.body.indexOf('has cancelled'));
    expect(m.subject).toBe('【Bussanten】出展辞退：宮古市（交流都市地方物産展） / Participation cancelled: Miyako City (Friendship Cities Fair)');
    expect(m.body).toContain('Miyako City has cancelled its accepted participation in "Friendship Cities Fair".');
    // Its readers are the host's own organizers: no contact of their own host.
    expect(m.body).not.toMatch(/お問い合わせ|Contact:/);
  });
});
