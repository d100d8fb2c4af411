import type { PublicAppearance, PublicExhibitor, PublicFair } from '@bussanten/contracts';
import { tiesOf } from '@bussanten/domain';

// What the registry says of the ties in the labels below, as the snapshot builder reads it.
const AGREEMENTS = [
  {
    kind: 'disaster_aid' as const,
    kindLabelEn: 'Disaster mutual-aid agreement',
    title: '災害時相互援助協定',
    explanation: '災害時における相互援助に関する協定。',
  },
];
const PROGRAMMES = [{ name: '特別区全国連携プロジェクト', nameEn: 'Tokyo Special Wards Nationwide Partnership Project', explanation: null }];

// The 2023 fair as a release would show it, for the renderer's tests (not used by the app).
const exhibitor = (id: string, name: string, prefecture: string, tieLabel: string, booth: string): PublicExhibitor => ({
  id,
  name,
  nameEn: null,
  prefecture,
  tieLabel,
  ties: tiesOf(tieLabel, AGREEMENTS, PROGRAMMES),
  products: [{ name: `${name}の特産品`, category: 'processed', priceMin: 500, priceMax: 1500, food: true, alcohol: false }],
  booths: [{ code: booth, from: '2023-02-17', to: '2023-02-21' }],
  days: ['2023-02-17', '2023-02-18', '2023-02-19', '2023-02-20', '2023-02-21'],
});

const visit = (id: string, start: string, end: string): PublicAppearance => ({
  id,
  guest: {
    name: 'ハタチの龍馬',
    nameEn: 'Hatachi no Ryoma',
    kind: 'ambassador',
    profile: 'しながわ観光大使',
    profileEn: "Shinagawa's tourism ambassador",
    photoUrl: null,
  },
  date: '2023-02-19',
  start,
  end,
  startsAt: `2023-02-19T${start}:00+09:00`,
  endsAt: `2023-02-19T${end}:00+09:00`,
  approximate: true,
  locationLabel: '会場全体',
  locationLabelEn: 'Whole venue',
  status: 'mayChange',
  note: '来店時間は変更となる場合があります。',
  sequence: 0,
});

export const EXHIBITOR_NAMES = ['宮古市', '成田市', '東金市', '山北町', '十日町市', '坂井市', '飯田市', '福山市'];

export function fair2023(): PublicFair {
  const ties = [
    '災害協定、商店街イベント(目黒のさんま祭り)',
    '特別区全国連携プロジェクト',
    '特別区全国連携プロジェクト',
    '水と緑のふれあい交流協定、災害協定',
    '商店街イベント(宿場まつり)',
    '連携協定',
    '商店街イベント(戸越銀座まつり)',
    '災害協定(龍馬)',
  ];
  const booths = ['A1', 'A3', 'A2', 'A5', 'B1', 'B2', 'B4', 'C1'];
  const prefectures = ['岩手県', '千葉県', '千葉県', '神奈川県', '新潟県', '福井県', '長野県', '広島県'];
  const exhibitors = EXHIBITOR_NAMES.map((n, i) => exhibitor(`ex-${i}`, n, prefectures[i], ties[i], booths[i]));
  return {
    schemaVersion: 1,
    release: { version: 2, publishedAt: '2023-02-10T03:00:00.000Z', note: null },
    fair: {
      slug: 'koryu-toshi-2023',
      title: '交流都市地方物産展',
      titleEn: 'Friendship City Local Products Fair',
      description: '品川区と関わりのある自治体の特産品をPRします。',
      programme: '特別区全国連携プロジェクト',
      hostName: '品川区',
      hostNameEn: 'Shinagawa City',
    },
    venue: {
      name: 'イオンスタイル品川シーサイド',
      address: '東京都品川区東品川4-12-5',
      roomName: '地下1階催事場',
      mapUrl: 'https://www.openstreetmap.org/?mlat=35.6089&mlon=139.7497',
    },
    days: [
      { date: '2023-02-17', opens: '10:00', closes: '20:00', holiday: null, short: false },
      { date: '2023-02-18', opens: '10:00', closes: '20:00', holiday: null, short: false },
      { date: '2023-02-19', opens: '10:00', closes: '20:00', holiday: null, short: false },
      { date: '2023-02-20', opens: '10:00', closes: '20:00', holiday: null, short: false },
      { date: '2023-02-21', opens: '10:00', closes: '18:00', holiday: null, short: true },
    ],
    exhibitors,
    appearances: [visit('v-1530', '15:30', '16:00'), visit('v-1330', '13:30', '14:00'), visit('v-1430', '14:45', '15:15')],
    plan: {
      widthM: 30,
      depthM: 20,
      booths: booths
        .map((code, i) => ({
          code,
          x: 1 + i * 3.5,
          y: 1,
          width: 3,
          depth: 3,
          holders: [{ name: EXHIBITOR_NAMES[i], nameEn: i === 0 ? 'Miyako' : null, from: '2023-02-17', to: '2023-02-21' }],
        }))
        .concat([{ code: 'C2', x: 23, y: 15.5, width: 4, depth: 3, holders: [] }]),
    },
    changes: [{ kind: 'appearanceMoved', subject: 'ハタチの龍馬', before: '14:30–15:00', after: '14:45–15:15', ref: 'v-1430' }],
  };
}

/** An instant given as Japan time. */
export const jst = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);
