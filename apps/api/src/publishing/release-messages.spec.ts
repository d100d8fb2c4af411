import type { PublicAppearance, PublicExhibitor, PublicFair } from '@bussanten/contracts';
import type { MailFrame } from '../mail/messages';
import { guestMessages, releaseMessages } from './release-messages';

const exhibitor = (change: Partial<PublicExhibitor> = {}): PublicExhibitor => ({
  id: 'miyako',
  name: '宮古市',
  nameEn: 'Miyako City',
  prefecture: '岩手県',
  tieLabel: null,
  ties: [],
  products: [],
  booths: [{ code: 'A1', from: '2027-02-17', to: '2027-02-19' }],
  days: ['2027-02-17', '2027-02-18', '2027-02-19'],
  ...change,
});
const visit = (change: Partial<PublicAppearance> = {}): PublicAppearance => ({
  id: 'v1',
  guest: { name: 'ハタチの龍馬', nameEn: 'Hatachi no Ryoma', kind: 'ambassador', profile: null, profileEn: null, photoUrl: null },
  date: '2027-02-18',
  start: '13:00',
  end: '13:30',
  startsAt: '2027-02-18T13:00:00+09:00',
  endsAt: '2027-02-18T13:30:00+09:00',
  approximate: false,
  locationLabel: '会場全体',
  locationLabelEn: 'Whole venue',
  status: 'confirmed',
  note: null,
  sequence: 0,
  ...change,
});
const fair = (change: Partial<PublicFair> = {}): PublicFair => ({
  schemaVersion: 1,
  release: { version: 1, publishedAt: '2027-02-01T00:00:00Z', note: null },
  fair: {
    slug: 'fair-2027',
    title: '交流都市地方物産展',
    titleEn: 'Friendship Cities Fair',
    description: null,
    programme: null,
    hostName: '品川区',
    hostNameEn: null,
  },
  venue: { name: 'v', address: 'a', roomName: 'r', mapUrl: 'm' },
  days: [
    { date: '2027-02-17', opens: '10:00', closes: '19:00', holiday: null, short: false },
    { date: '2027-02-18', opens: '10:00', closes: '19:00', holiday: null, short: false },
    { date: '2027-02-19', opens: '10:00', closes: '19:00', holiday: null, short: false },
  ],
  exhibitors: [exhibitor()],
  appearances: [visit()],
  plan: { widthM: 30, depthM: 20, booths: [] },
  changes: [],
  ...change,
});

const PUBLIC_PAGE = 'https://bussanten.example.jp/f/fair-2027';
const frame: MailFrame = {
  link: { page: 'publicPage', url: PUBLIC_PAGE },
  contact: { name: '品川区', nameEn: 'Shinagawa City', email: 'bussan@city.shinagawa.example.jp', phone: '03-1234-5678', note: '地域活性化課' },
};

/** The English half: from its greeting (or intro) up to the link. */
const englishOf = (body: string, start: string) => body.slice(body.indexOf(start), body.indexOf('物産展の公開ページ / The public page of the fair:'));

describe('release notices', () => {
  const previous = fair();
  const next = fair({
    release: { version: 2, publishedAt: '2027-02-10T00:00:00Z', note: null },
    exhibitors: [exhibitor({ booths: [{ code: 'B2', from: '2027-02-17', to: '2027-02-19' }], days: ['2027-02-17', '2027-02-18'] })],
    days: [
      { date: '2027-02-17', opens: '10:00', closes: '19:00', holiday: null, short: false },
      { date: '2027-02-18', opens: '10:00', closes: '17:00', holiday: null, short: true },
      { date: '2027-02-19', opens: null, closes: null, holiday: null, short: false },
    ],
    appearances: [visit({ start: '15:00', end: '15:30', startsAt: '2027-02-18T15:00:00+09:00', endsAt: '2027-02-18T15:30:00+09:00' })],
  });

  describe('to an exhibitor', () => {
    const [m] = releaseMessages(previous, next, [{ municipalityId: 'miyako', email: 'rep@miyako.example.jp' }], frame);
    const english = englishOf(m?.body ?? '', 'To the representative of');

    it('says every change in Japanese, with the year, in the Japanese half', () => {
      expect(m?.body).toContain('・宮古市のブース：A1（令和9年2月17日(水)〜19日(金)） → B2（令和9年2月17日(水)〜19日(金)）');
      expect(m?.body).toContain('・宮古市の出展日：令和9年2月17日(水)、令和9年2月18日(木)、令和9年2月19日(金) → 令和9年2月17日(水)、令和9年2月18日(木)');
      expect(m?.body).toContain('・令和9年2月18日(木)の営業時間：10:00〜19:00 → 10:00〜17:00');
      expect(m?.body).toContain('・令和9年2月19日(金)の営業時間：10:00〜19:00 → 休業');
    });

    it('says them in English in the English half: English names, English dates with the year, no Japanese', () => {
      expect(m?.subject).toBe('【Bussanten】公開内容が変わりました：交流都市地方物産展 / The published schedule changed: Friendship Cities Fair');
      expect(english).toContain('To the representative of Miyako City:');
      expect(english).toContain('- Booths of Miyako City: A1 (Wed 17 – Fri 19 Feb 2027) → B2 (Wed 17 – Fri 19 Feb 2027)');
      expect(english).toContain('- Days of Miyako City: Wed 17 Feb 2027, Thu 18 Feb 2027, Fri 19 Feb 2027 → Wed 17 Feb 2027, Thu 18 Feb 2027');
      expect(english).toContain('- Hours on Thu 18 Feb 2027: 10:00–19:00 → 10:00–17:00');
      expect(english).toContain('- Hours on Fri 19 Feb 2027: 10:00–19:00 → closed');
      expect(english).toContain('Contact: Shinagawa City, 地域活性化課, phone 03-1234-5678');
      // The host's note is the only Japanese: it has no English version.
      expect(english.replace('地域活性化課', '')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    });

    it("links once to the fair's public page, after both halves, with the host's contact in each half", () => {
      expect(m?.body.split(PUBLIC_PAGE)).toHaveLength(2);
      expect(m?.body).toContain(`物産展の公開ページ / The public page of the fair:\n${PUBLIC_PAGE}`);
      expect(m?.body).toContain('お問い合わせ：品川区 地域活性化課、電話 03-1234-5678、メール bussan@city.shinagawa.example.jp');
      expect(m?.attachments?.[0]?.filename).toBe('fair-2027.ics');
    });

    it('keeps the Japanese name where no English one exists', () => {
      const plain = (f: PublicFair) => ({ ...f, exhibitors: f.exhibitors.map((e) => ({ ...e, nameEn: null })) });
      const [text] = releaseMessages(plain(previous), plain(next), [{ municipalityId: 'miyako', email: 'rep@miyako.example.jp' }], frame);
      expect(englishOf(text?.body ?? '', 'To the representative of')).toContain('- Booths of 宮古市: A1');
    });

    it('writes nothing for a first release', () => {
      expect(releaseMessages(null, next, [{ municipalityId: 'miyako', email: 'rep@miyako.example.jp' }], frame)).toEqual([]);
    });
  });

  describe('to the municipality that sends a guest', () => {
    const [m] = guestMessages(previous, next, [{ appearanceId: 'v1', email: 'rep@miyako.example.jp' }], frame);
    const english = englishOf(m?.body ?? '', 'The published schedule of');

    it('says the visit moved, in each language, with the year, the guest and the place named in English in the English half', () => {
      expect(m?.subject).toBe(
        '【Bussanten】ハタチの龍馬の出演予定が変わりました：交流都市地方物産展 / Schedule of Hatachi no Ryoma changed: Friendship Cities Fair',
      );
      expect(m?.body).toContain('・変更：令和9年2月18日(木) 13:00〜13:30 会場全体 → 令和9年2月18日(木) 15:00〜15:30 会場全体');
      expect(english).toContain('changed for Hatachi no Ryoma:');
      expect(english).toContain('- Changed: Thu 18 Feb 2027, 13:00–13:30, Whole venue → Thu 18 Feb 2027, 15:00–15:30, Whole venue');
      expect(english.replace('地域活性化課', '')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(m?.body.split(PUBLIC_PAGE)).toHaveLength(2);
    });

    it('says a cancelled visit with the words of the catalogs', () => {
      const cancelled = fair({ release: next.release, appearances: [visit({ status: 'cancelled' })] });
      const [text] = guestMessages(previous, cancelled, [{ appearanceId: 'v1', email: 'rep@miyako.example.jp' }], frame);
      expect(text?.body).toContain('・来場中止：令和9年2月18日(木) 13:00〜13:30 会場全体');
      expect(text?.body).toContain('- Visit cancelled: Thu 18 Feb 2027, 13:00–13:30, Whole venue');
    });
  });
});
