import { applicationReceived, decisionMade, mailDate, placementNotice } from './messages';

const dateJa = (day: string) => mailDate('ja', day);
const dateEn = (day: string) => mailDate('en', day);

const FAIR = '交流都市地方物産展';

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
      const m = applicationReceived(FAIR, '宮古市', ['2023-02-18', '2023-02-17']);
      expect(m.subject).toBe(`【Bussanten】出展申込を受け付けました：${FAIR} / Application received: ${FAIR}`);
      expectJapaneseFirst(m, '出展希望日：令和5年2月17日(金)、令和5年2月18日(土)', 'Days applied for: Fri 17 Feb 2023, Sat 18 Feb 2023');
      expect(m.body).toContain('宮古市 ご担当者様');
      expect(m.body).toContain(`「${FAIR}」への出展申込を受け付けました。`);
      expect(m.body).toContain('To the representative of 宮古市:');
    });

    it('keeps a title with a line break to one line in the subject', () => {
      expect(applicationReceived('物産展\n2023', '宮古市', ['2023-02-17']).subject).toContain('物産展 2023');
    });
  });

  describe('decisionMade', () => {
    it.each([
      ['accepted', '出展が決まりました', 'Application accepted', '出展していただくことが決まりました', 'has been accepted'],
      ['waitlisted', 'キャンセル待ちのお知らせ', 'Application on the waiting list', 'キャンセル待ちとなりました', 'put on the waiting list'],
      ['rejected', '選考結果のお知らせ', 'Application not accepted', '今回は出展をお見送り', 'could not be accepted this time'],
    ] as const)('%s: says so in both languages', (status, subjectJa, subjectEn, ja, en) => {
      const m = decisionMade(status, FAIR, '山北町', null);
      expect(m.subject).toBe(`【Bussanten】${subjectJa}：${FAIR} / ${subjectEn}: ${FAIR}`);
      expectJapaneseFirst(m, ja, en);
      expect(m.body).toContain('山北町 ご担当者様');
      expect(m.body).not.toContain('Message from the organizers');
    });

    it("quotes the organizers' message once, after both texts", () => {
      const m = decisionMade('waitlisted', FAIR, '山北町', '  冷凍庫付きのブースが空き次第ご連絡します。\nWe will call you.  ');
      const quote = m.body.indexOf('主催者からのメッセージ / Message from the organizers:\n冷凍庫付きのブースが空き次第ご連絡します。\nWe will call you.');
      expect(quote).toBeGreaterThan(m.body.indexOf('put on the waiting list'));
      expect(m.body.split('冷凍庫付き').length).toBe(2);
    });

    it('leaves out a blank message', () => {
      expect(decisionMade('accepted', FAIR, '山北町', '   ').body).not.toContain('メッセージ');
    });
  });

  describe('placementNotice', () => {
    it('the booths and days now, each with its year, and a single day not as a range', () => {
      const m = placementNotice(
        FAIR,
        '宮古市',
        [],
        [
          { booth: 'A-3', from: '2023-02-17', to: '2023-02-19' },
          { booth: 'B-1', from: '2023-02-20', to: '2023-02-20' },
        ],
      );
      expect(m.subject).toBe(`【Bussanten】ブース配置のお知らせ：${FAIR} / Your booth: ${FAIR}`);
      expectJapaneseFirst(
        m,
        '・ブース A-3：令和5年2月17日(金)〜19日(日)\n・ブース B-1：令和5年2月20日(月)',
        '- Booth A-3: Fri 17 – Sun 19 Feb 2023\n- Booth B-1: Mon 20 Feb 2023',
      );
      expect(m.body).not.toContain('前回お知らせした配置');
    });

    it('says what was told before when it changed, and that no booth is held when all were taken off', () => {
      const m = placementNotice(FAIR, '宮古市', [{ booth: 'A1', from: '2023-02-17', to: '2023-02-21' }], []);
      expectJapaneseFirst(
        m,
        '・現在、割り当てられているブースはありません。\n\n（前回お知らせした配置）\n・ブース A1：令和5年2月17日(金)〜21日(火)',
        '- You have no booth at the moment.\n\n(What we told you before:)\n- Booth A1: Fri 17 – Tue 21 Feb 2023',
      );
    });
  });
});
