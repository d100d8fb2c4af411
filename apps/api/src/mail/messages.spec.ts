import { applicationReceived, contactLine, decisionMade, mailDate, placementNotice, type HostContact, type MailFrame } from './messages';

const dateJa = (day: string) => mailDate('ja', day);
const dateEn = (day: string) => mailDate('en', day);

const FAIR = '交流都市地方物産展';
const fair = { title: FAIR, titleEn: null };
const miyako = { name: '宮古市', nameEn: null };
const yamakita = { name: '山北町', nameEn: null };

const SHINAGAWA: HostContact = {
  name: '品川区',
  nameEn: 'Shinagawa City',
  email: 'bussan@city.shinagawa.example.jp',
  phone: '03-1234-5678',
  note: '地域活性化課',
};
const APPLICATION_URL = 'https://bussanten.example.jp/my/applications/0b6c3c1e-5f0e-4a53-9d0a-1c0e4b1f2a3d';
const frame: MailFrame = { link: { page: 'application', url: APPLICATION_URL }, contact: SHINAGAWA };

/** Japanese text comes before English in every body, and the subject is "日本語 / English". */
function expectJapaneseFirst(m: { subject: string; body: string }, ja: string, en: string) {
  expect(m.subject).toMatch(/^【Bussanten】.+ \/ .+$/);
  expect(m.subject).not.toContain('\n');
  expect(m.body.indexOf(ja)).toBeGreaterThanOrEqual(0);
  expect(m.body.indexOf(en)).toBeGreaterThan(m.body.indexOf(ja));
}

describe('mail message texts', () => {
  describe('dates', () => {
    it('shows a Japan calendar day with its year: 令和5年2月17日(金) and Fri 17 Feb 2023', () => {
      expect(dateJa('2023-02-17')).toBe('令和5年2月17日(金)');
      expect(dateEn('2023-02-17')).toBe('Fri 17 Feb 2023');
      expect(dateJa('2024-12-01')).toBe('令和6年12月1日(日)');
      expect(dateEn('2024-12-01')).toBe('Sun 1 Dec 2024');
      expect(dateJa('2024-02-29')).toBe('令和6年2月29日(木)');
      expect(dateJa('2019-05-01')).toBe('令和元年5月1日(水)');
    });

    it('does not depend on the time zone of the server', () => {
      const zone = process.env['TZ'];
      try {
        for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
          process.env['TZ'] = tz;
          expect(dateJa('2023-02-19')).toBe('令和5年2月19日(日)');
          expect(dateEn('2023-02-19')).toBe('Sun 19 Feb 2023');
        }
      } finally {
        process.env['TZ'] = zone;
      }
    });

    it('refuses a day that does not exist', () => {
      expect(() => dateJa('2023-02-30')).toThrow(RangeError);
      expect(() => dateEn('17/02/2023')).toThrow(RangeError);
    });
  });

  describe('applicationReceived', () => {
    it('names the fair, the municipality and the days applied for, in date order', () => {
      const m = applicationReceived({ fair, municipality: miyako, days: ['2023-02-18', '2023-02-17'], frame });
      expect(m.subject).toBe(`【Bussanten】出展申込を受け付けました：${FAIR} / Application received: ${FAIR}`);
      expectJapaneseFirst(m, '出展希望日：令和5年2月17日(金)、令和5年2月18日(土)', 'Days applied for: Fri 17 Feb 2023, Sat 18 Feb 2023');
      expect(m.body).toContain('宮古市 ご担当者様');
      expect(m.body).toContain(`「${FAIR}」への出展申込を受け付けました。`);
      expect(m.body).toContain('To the representative of 宮古市:');
    });

    it('keeps a title with a line break to one line in the subject', () => {
      expect(applicationReceived({ fair: { title: '物産展\n2023', titleEn: null }, municipality: miyako, days: ['2023-02-17'], frame }).subject).toContain(
        '物産展 2023',
      );
    });
  });

  describe('decisionMade', () => {
    it.each([
      ['accepted', '出展が決まりました', 'Application accepted', '出展していただくことが決まりました', 'has been accepted'],
      ['waitlisted', 'キャンセル待ちのお知らせ', 'Application on the waiting list', 'キャンセル待ちとなりました', 'put on the waiting list'],
      ['rejected', '選考結果のお知らせ', 'Application not accepted', '今回は出展をお見送り', 'could not be accepted this time'],
    ] as const)('%s: says so in both languages', (status, subjectJa, subjectEn, ja, en) => {
      const m = decisionMade({ status, fair, municipality: yamakita, message: null, frame });
      expect(m.subject).toBe(`【Bussanten】${subjectJa}：${FAIR} / ${subjectEn}: ${FAIR}`);
      expectJapaneseFirst(m, ja, en);
      expect(m.body).toContain('山北町 ご担当者様');
      expect(m.body).not.toContain('Message from the organizers');
    });

    it("quotes the organizers' message once, after both texts", () => {
      const m = decisionMade({
        status: 'waitlisted',
        fair,
        municipality: yamakita,
        message: '  冷凍庫付きのブースが空き次第ご連絡します。\nWe will call you.  ',
        frame,
      });
      const quote = m.body.indexOf('主催者からのメッセージ / Message from the organizers:\n冷凍庫付きのブースが空き次第ご連絡します。\nWe will call you.');
      expect(quote).toBeGreaterThan(m.body.indexOf('put on the waiting list'));
      expect(m.body.split('冷凍庫付き').length).toBe(2);
    });

    it('leaves out a blank message', () => {
      expect(decisionMade({ status: 'accepted', fair, municipality: yamakita, message: '   ', frame }).body).not.toContain('メッセージ');
    });
  });

  describe('placementNotice', () => {
    it('the booths and days now, each with its year, and a single day not as a range', () => {
      const m = placementNotice({
        fair,
        municipality: miyako,
        before: [],
        after: [
          { booth: 'A-3', from: '2023-02-17', to: '2023-02-19' },
          { booth: 'B-1', from: '2023-02-20', to: '2023-02-20' },
        ],
        frame,
      });
      expect(m.subject).toBe(`【Bussanten】ブース配置のお知らせ：${FAIR} / Your booth: ${FAIR}`);
      expectJapaneseFirst(
        m,
        '・ブース A-3：令和5年2月17日(金)〜19日(日)\n・ブース B-1：令和5年2月20日(月)',
        '- Booth A-3: Fri 17 – Sun 19 Feb 2023\n- Booth B-1: Mon 20 Feb 2023',
      );
      expect(m.body).not.toContain('前回お知らせした配置');
    });

    it('says what was told before when it changed, and that no booth is held when all were taken off', () => {
      const m = placementNotice({ fair, municipality: miyako, before: [{ booth: 'A1', from: '2023-02-17', to: '2023-02-21' }], after: [], frame });
      expectJapaneseFirst(
        m,
        '・現在、割り当てられているブースはありません。\n\n（前回お知らせした配置）\n・ブース A1：令和5年2月17日(金)〜21日(火)',
        '- You have no booth at the moment.\n\n(What we told you before:)\n- Booth A1: Fri 17 – Tue 21 Feb 2023',
      );
    });
  });

  describe('every mail to a municipality: its year, the link to its item, the host contact, English names', () => {
    const english = {
      fair: { title: FAIR, titleEn: 'Friendship Cities Local Products Fair' },
      municipality: { name: '宮古市', nameEn: 'Miyako City' },
    };
    const texts = [
      ['applicationReceived', applicationReceived({ ...english, days: ['2027-02-17'], frame })],
      ['decisionMade', decisionMade({ status: 'accepted', ...english, message: null, frame })],
      ['placementNotice', placementNotice({ ...english, before: [], after: [{ booth: 'A1', from: '2027-02-17', to: '2027-02-18' }], frame })],
    ] as const;

    // The decision names no day.
    it.each(texts.filter(([name]) => name !== 'decisionMade'))('%s: the date with its year in both halves', (_, m) => {
      const [ja, en] = halves(m.body);
      expect(ja).toContain('令和9年2月17日(水)');
      expect(en).toContain('Wed 17');
      expect(en).toContain('Feb 2027');
    });

    it.each(texts)('%s: the absolute link to the application once, after both halves, labelled in both languages', (_, m) => {
      expect(m.body.split(APPLICATION_URL)).toHaveLength(2);
      expect(m.body).toContain(`申込のページ / Your application:\n${APPLICATION_URL}\n`);
      expect(m.body.indexOf(APPLICATION_URL)).toBeGreaterThan(m.body.indexOf('Contact: '));
      expect(m.body.indexOf(APPLICATION_URL)).toBeLessThan(m.body.indexOf('\n--\n'));
    });

    it.each(texts)("%s: the host's contact at the end of each half, in its language", (_, m) => {
      const [ja, en] = halves(m.body);
      expect(ja).toContain('お問い合わせ：品川区 地域活性化課、電話 03-1234-5678、メール bussan@city.shinagawa.example.jp');
      expect(en).toContain('Contact: Shinagawa City, 地域活性化課, phone 03-1234-5678, e-mail bussan@city.shinagawa.example.jp');
      expect(ja).not.toContain('Contact:');
    });

    it.each(texts)('%s: the English half and subject use the English names, the Japanese ones keep the Japanese names', (_, m) => {
      const [ja, en] = halves(m.body);
      expect(en).toContain('Friendship Cities Local Products Fair');
      expect(en).toContain('To the representative of Miyako City:');
      expect(en).not.toContain('宮古市');
      expect(en).not.toContain(FAIR);
      expect(ja).toContain(`「${FAIR}」`);
      expect(ja).toContain('宮古市 ご担当者様');
      expect(m.subject).toMatch(new RegExp(`${FAIR} / .*Friendship Cities Local Products Fair$`));
    });
  });

  describe('contactLine', () => {
    it.each([
      [{ email: null, phone: '03-1234-5678', note: null }, 'お問い合わせ：品川区 電話 03-1234-5678', 'Contact: Shinagawa City, phone 03-1234-5678'],
      [
        { email: 'a@b.example', phone: null, note: '地域活性化課\n平日9時〜17時' },
        'お問い合わせ：品川区 地域活性化課 平日9時〜17時、メール a@b.example',
        'Contact: Shinagawa City, 地域活性化課 平日9時〜17時, e-mail a@b.example',
      ],
    ])('says what the host set, in order note, phone, mail', (set, ja, en) => {
      expect(contactLine('ja', { ...SHINAGAWA, ...set })).toBe(ja);
      expect(contactLine('en', { ...SHINAGAWA, ...set })).toBe(en);
    });

    it('when the host set none: its name and to reach its organizers directly, nothing invented', () => {
      const none = { name: '目黒区', nameEn: null, email: null, phone: null, note: null };
      expect(contactLine('ja', none)).toBe('お問い合わせ：目黒区（主催者の担当者に、ふだんの方法で直接ご連絡ください）');
      expect(contactLine('en', none)).toBe('Contact: the organizers at 目黒区 (please reach them directly, the way you usually do)');
      const m = decisionMade({ status: 'rejected', fair, municipality: miyako, message: null, frame: { ...frame, contact: none } });
      expect(m.body).not.toMatch(/電話|phone|@/);
    });
  });
});

/** The Japanese half (up to the English greeting) and the English half (from it up to the link). */
function halves(body: string): [string, string] {
  const en = body.indexOf('To the representative of');
  const end = body.indexOf('申込のページ / Your application:');
  return [body.slice(0, en), body.slice(en, end)];
}
