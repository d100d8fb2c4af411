import { fairDaysChanged, type MunicipalityDayChange } from './day-change-messages';
import type { MailFrame } from './messages';

const fair = { title: '交流都市地方物産展', titleEn: null };
const frame: MailFrame = {
  link: { page: 'application', url: 'https://bussanten.example.jp/my/applications/a1' },
  contact: { name: '品川区', nameEn: 'Shinagawa City', email: 'bussan@city.shinagawa.example.jp', phone: '03-1234-5678', note: null },
};

const miyako: MunicipalityDayChange = {
  municipalityName: '宮古市',
  municipalityNameEn: 'Miyako',
  application: {
    id: 'a1',
    days: ['2023-02-19'],
    holdings: [
      {
        boothCode: 'A1',
        from: '2023-02-17',
        to: '2023-02-21',
        after: [
          { from: '2023-02-17', to: '2023-02-18' },
          { from: '2023-02-20', to: '2023-02-21' },
        ],
      },
    ],
    leftWithoutDays: false,
  },
  visits: [{ guestName: 'ハタチの龍馬', guestNameEn: 'Hatachi no Ryoma', date: '2023-02-19', start: '13:30', end: '14:00' }],
};
const yamakita: MunicipalityDayChange = {
  municipalityName: '山北町',
  municipalityNameEn: null,
  application: { id: 'a5', days: ['2023-02-19'], holdings: [{ boothCode: 'A5', from: '2023-02-19', to: '2023-02-19', after: [] }], leftWithoutDays: true },
  visits: [],
};

describe('fairDaysChanged', () => {
  it.each([
    [
      [miyako],
      [
        '宮古市 ご担当者様',
        '出展日から外した日：令和5年2月19日(日)',
        'ブース A1：令和5年2月17日(金)〜21日(火) → 令和5年2月17日(金)〜18日(土)、令和5年2月20日(月)〜21日(火)',
        '取り消した来場予定：ハタチの龍馬 令和5年2月19日(日) 13:30〜14:00',
        'Visit cancelled: Hatachi no Ryoma Sun 19 Feb 2023 13:30–14:00',
      ],
      ['出展日が残っていません'],
    ],
    [
      [yamakita],
      ['ブース A5：令和5年2月19日(日) → なし', '出展日が残っていません', 'Booth A5: Sun 19 Feb 2023 → none', 'To the representative of 山北町:'],
      ['取り消した来場予定'],
    ],
    [[miyako, yamakita], ['宮古市、山北町 ご担当者様', '■ 宮古市', '■ 山北町', 'To the representative of Miyako, 山北町:'], []],
  ])('%#: one message covering every municipality of the person', (changes, present, absent) => {
    const text = fairDaysChanged(fair, changes, frame);
    expect(text.subject).toBe('【Bussanten】開催日の変更に伴うお知らせ：交流都市地方物産展 / Fair days changed: 交流都市地方物産展');
    for (const line of present) expect(text.body).toContain(line);
    for (const line of absent) expect(text.body).not.toContain(line);
  });
});

describe('fairDaysChanged: year, link, contact and English names', () => {
  const m = fairDaysChanged({ title: '交流都市地方物産展', titleEn: 'Friendship Cities Fair' }, [miyako], frame);
  const english = m.body.slice(m.body.indexOf('To the representative of'));

  it('dates with their year in both halves', () => {
    expect(m.body).toContain('出展日から外した日：令和5年2月19日(日)');
    expect(english).toContain('Days taken out of your application: Sun 19 Feb 2023');
  });

  it('links once to the application, after both halves, and names the host contact in each', () => {
    expect(m.body.split('https://bussanten.example.jp/my/applications/a1')).toHaveLength(2);
    expect(m.body).toContain('申込のページ / Your application:\nhttps://bussanten.example.jp/my/applications/a1');
    expect(m.body).toContain('お問い合わせ：品川区 電話 03-1234-5678、メール bussan@city.shinagawa.example.jp');
    expect(english).toContain('Contact: Shinagawa City, phone 03-1234-5678, e-mail bussan@city.shinagawa.example.jp');
  });

  it('the English half and subject name the fair, the municipality and the guest in English', () => {
    expect(m.subject).toBe('【Bussanten】開催日の変更に伴うお知らせ：交流都市地方物産展 / Fair days changed: Friendship Cities Fair');
    expect(english).toContain('"Friendship Cities Fair"');
    expect(english).toContain('* Miyako');
    expect(english).not.toMatch(/宮古市|ハタチの龍馬|交流都市地方物産展/);
  });
});
