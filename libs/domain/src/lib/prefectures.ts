import type { Prefecture } from '@bussanten/contracts';

/** The 47 prefectures in JIS X 0401 order, which is the official order (北海道 first, 沖縄県 last). */
export const PREFECTURES: readonly Prefecture[] = [
  { code: 1, name: '北海道', reading: 'ほっかいどう', nameEn: 'Hokkaido' },
  { code: 2, name: '青森県', reading: 'あおもりけん', nameEn: 'Aomori' },
  { code: 3, name: '岩手県', reading: 'いわてけん', nameEn: 'Iwate' },
  { code: 4, name: '宮城県', reading: 'みやぎけん', nameEn: 'Miyagi' },
  { code: 5, name: '秋田県', reading: 'あきたけん', nameEn: 'Akita' },
  { code: 6, name: '山形県', reading: 'やまがたけん', nameEn: 'Yamagata' },
  { code: 7, name: '福島県', reading: 'ふくしまけん', nameEn: 'Fukushima' },
  { code: 8, name: '茨城県', reading: 'いばらきけん', nameEn: 'Ibaraki' },
  { code: 9, name: '栃木県', reading: 'とちぎけん', nameEn: 'Tochigi' },
  { code: 10, name: '群馬県', reading: 'ぐんまけん', nameEn: 'Gunma' },
  { code: 11, name: '埼玉県', reading: 'さいたまけん', nameEn: 'Saitama' },
  { code: 12, name: '千葉県', reading: 'ちばけん', nameEn: 'Chiba' },
  { code: 13, name: '東京都', reading: 'とうきょうと', nameEn: 'Tokyo' },
  { code: 14, name: '神奈川県', reading: 'かながわけん', nameEn: 'Kanagawa' },
  { code: 15, name: '新潟県', reading: 'にいがたけん', nameEn: 'Niigata' },
  { code: 16, name: '富山県', reading: 'とやまけん', nameEn: 'Toyama' },
  { code: 17, name: '石川県', reading: 'いしかわけん', nameEn: 'Ishikawa' },
  { code: 18, name: '福井県', reading: 'ふくいけん', nameEn: 'Fukui' },
  { code: 19, name: '山梨県', reading: 'やまなしけん', nameEn: 'Yamanashi' },
  { code: 20, name: '長野県', reading: 'ながのけん', nameEn: 'Nagano' },
  { code: 21, name: '岐阜県', reading: 'ぎふけん', nameEn: 'Gifu' },
  { code: 22, name: '静岡県', reading: 'しずおかけん', nameEn: 'Shizuoka' },
  { code: 23, name: '愛知県', reading: 'あいちけん', nameEn: 'Aichi' },
  { code: 24, name: '三重県', reading: 'みえけん', nameEn: 'Mie' },
  { code: 25, name: '滋賀県', reading: 'しがけん', nameEn: 'Shiga' },
  { code: 26, name: '京都府', reading: 'きょうとふ', nameEn: 'Kyoto' },
  { code: 27, name: '大阪府', reading: 'おおさかふ', nameEn: 'Osaka' },
  { code: 28, name: '兵庫県', reading: 'ひょうごけん', nameEn: 'Hyogo' },
  { code: 29, name: '奈良県', reading: 'ならけん', nameEn: 'Nara' },
  { code: 30, name: '和歌山県', reading: 'わかやまけん', nameEn: 'Wakayama' },
  { code: 31, name: '鳥取県', reading: 'とっとりけん', nameEn: 'Tottori' },
  { code: 32, name: '島根県', reading: 'しまねけん', nameEn: 'Shimane' },
  { code: 33, name: '岡山県', reading: 'おかやまけん', nameEn: 'Okayama' },
  { code: 34, name: '広島県', reading: 'ひろしまけん', nameEn: 'Hiroshima' },
  { code: 35, name: '山口県', reading: 'やまぐちけん', nameEn: 'Yamaguchi' },
  { code: 36, name: '徳島県', reading: 'とくしまけん', nameEn: 'Tokushima' },
  { code: 37, name: '香川県', reading: 'かがわけん', nameEn: 'Kagawa' },
  { code: 38, name: '愛媛県', reading: 'えひめけん', nameEn: 'Ehime' },
  { code: 39, name: '高知県', reading: 'こうちけん', nameEn: 'Kochi' },
  { code: 40, name: '福岡県', reading: 'ふくおかけん', nameEn: 'Fukuoka' },
  { code: 41, name: '佐賀県', reading: 'さがけん', nameEn: 'Saga' },
  { code: 42, name: '長崎県', reading: 'ながさきけん', nameEn: 'Nagasaki' },
  { code: 43, name: '熊本県', reading: 'くまもとけん', nameEn: 'Kumamoto' },
  { code: 44, name: '大分県', reading: 'おおいたけん', nameEn: 'Oita' },
  { code: 45, name: '宮崎県', reading: 'みやざきけん', nameEn: 'Miyazaki' },
  { code: 46, name: '鹿児島県', reading: 'かごしまけん', nameEn: 'Kagoshima' },
  { code: 47, name: '沖縄県', reading: 'おきなわけん', nameEn: 'Okinawa' },
];

const BY_CODE = new Map(PREFECTURES.map((p) => [p.code, p]));
const BY_NAME = new Map(PREFECTURES.map((p) => [p.name, p]));

export function prefectureByCode(code: number): Prefecture | undefined {
  return BY_CODE.get(code);
}

export function prefectureByName(name: string): Prefecture | undefined {
  return BY_NAME.get(name);
}
