import type { ReleaseChangeKind } from '@bussanten/contracts';

export type Lang = 'ja' | 'en';

/** Every fixed word of the public pages, Japanese first. Data from the release is never in here. */
export interface Texts {
  skip: string;
  navLabel: string;
  allFairs: string;
  otherLanguage: string;
  host: string;
  overview: string;
  dates: string;
  venue: string;
  map: string;
  hours: string;
  date: string;
  openingHours: string;
  closed: string;
  closesEarly: (day: number, closes: string) => string;
  openNow: (closes: string) => string;
  opensToday: (opens: string) => string;
  nextOpen: (when: string, opens: string) => string;
  ended: string;
  changes: string;
  changeKinds: Record<ReleaseChangeKind, string>;
  changed: string;
  exhibitors: string;
  exhibitorCount: (n: number) => string;
  ties: string;
  products: string;
  booth: string;
  daysPresent: string;
  everyDay: string;
  alcohol: string;
  visits: string;
  today: string;
  about: (minutes: number) => string;
  mayChange: string;
  cancelled: string;
  boothMap: string;
  mapTitle: (room: string, width: number, depth: number, booths: number) => string;
  mapScale: string;
  holders: string;
  period: string;
  vacant: string;
  release: (version: number, at: string) => string;
  data: string;
  feeds: { ics: string; json: string; csv: string; qrSvg: string; qrPng: string };
  indexTitle: string;
  indexLead: string;
  indexEnded: string;
  noFairs: string;
  notFoundTitle: string;
  notFoundBody: string;
  goneTitle: string;
  goneBody: string;
  siteName: string;
}

export const TEXTS: Record<Lang, Texts> = {
  ja: {
    skip: '本文へ移動',
    navLabel: 'サイト内リンク',
    allFairs: '物産展一覧',
    otherLanguage: 'English',
    host: '主催',
    overview: '開催概要',
    dates: '会期',
    venue: '会場',
    map: '地図を開く',
    hours: '営業時間',
    date: '日付',
    openingHours: '時間',
    closed: '休業',
    closesEarly: (day, closes) => `${day}日は${closes}まで`,
    openNow: (closes) => `本日は${closes}まで営業中`,
    opensToday: (opens) => `本日は${opens}から営業`,
    nextOpen: (when, opens) => `次の営業日: ${when} ${opens}から`,
    ended: 'この物産展は終了しました',
    changes: '変更点',
    changeKinds: {
      exhibitorAdded: '出店追加',
      exhibitorWithdrawn: '出店取りやめ',
      boothMoved: 'ブース変更',
      exhibitorDaysChanged: '出店日変更',
      dayAdded: '開催日追加',
      dayRemoved: '開催日削除',
      hoursChanged: '営業時間変更',
      appearanceAdded: '来店追加',
      appearanceMoved: '来店時間変更',
      appearanceCancelled: '来店中止',
      appearanceRemoved: '来店取りやめ',
    },
    changed: '変更',
    exhibitors: '出店自治体',
    exhibitorCount: (n) => `${n}自治体`,
    ties: '品川区とのつながり',
    products: '主な出品',
    booth: 'ブース',
    daysPresent: '出店日',
    everyDay: '全日程',
    alcohol: '酒類',
    visits: 'ゲスト来店',
    today: '本日',
    about: (m) => `${m}分程度`,
    mayChange: '変更の可能性あり',
    cancelled: '中止',
    boothMap: '会場マップ',
    mapTitle: (room, w, d, n) => `会場マップ: ${room}(${w}m×${d}m)、ブース${n}区画`,
    mapScale: '縮尺: 1目盛り = 1m',
    holders: '出店自治体',
    period: '期間',
    vacant: '空き',
    release: (v, at) => `第${v}版(${at} 公開)`,
    data: 'データ・配布用',
    feeds: { ics: 'カレンダー (iCal)', json: 'JSON', csv: '出店一覧 (CSV)', qrSvg: 'QRコード (SVG)', qrPng: 'QRコード (PNG)' },
    indexTitle: '物産展のご案内',
    indexLead: '開催中・開催予定の物産展',
    indexEnded: '終了した物産展',
    noFairs: '開催中・開催予定の物産展はありません。',
    notFoundTitle: 'ページが見つかりません',
    notFoundBody: 'お探しの物産展は見つからないか、まだ公開されていません。',
    goneTitle: '公開を終了しました',
    goneBody: 'この物産展のページは、主催者が公開を停止しました。',
    siteName: '物産展',
  },
  en: {
    skip: 'Skip to content',
    navLabel: 'Site links',
    allFairs: 'All fairs',
    otherLanguage: '日本語',
    host: 'Host',
    overview: 'At a glance',
    dates: 'Dates',
    venue: 'Venue',
    map: 'Open map',
    hours: 'Opening hours',
    date: 'Date',
    openingHours: 'Hours',
    closed: 'Closed',
    closesEarly: (day, closes) => `Closes at ${closes} on the ${ordinal(day)}`,
    openNow: (closes) => `Open now, closes at ${closes}`,
    opensToday: (opens) => `Opens today at ${opens}`,
    nextOpen: (when, opens) => `Next open: ${when}, ${opens}`,
    ended: 'This fair has ended',
    changes: 'Changes',
    changeKinds: {
      exhibitorAdded: 'New exhibitor',
      exhibitorWithdrawn: 'Withdrawn',
      boothMoved: 'Booth moved',
      exhibitorDaysChanged: 'Days changed',
      dayAdded: 'Day added',
      dayRemoved: 'Day removed',
      hoursChanged: 'Hours changed',
      appearanceAdded: 'Visit added',
      appearanceMoved: 'Visit moved',
      appearanceCancelled: 'Visit cancelled',
      appearanceRemoved: 'Visit removed',
    },
    changed: 'Changed',
    exhibitors: 'Exhibitors',
    exhibitorCount: (n) => `${n} ${n === 1 ? 'municipality' : 'municipalities'}`,
    ties: 'Ties with the host',
    products: 'Products',
    booth: 'Booth',
    daysPresent: 'Days',
    everyDay: 'Every day',
    alcohol: 'alcohol',
    visits: 'Guest visits',
    today: 'Today',
    about: (m) => `about ${m} min`,
    mayChange: 'Times may change',
    cancelled: 'Cancelled',
    boothMap: 'Booth map',
    mapTitle: (room, w, d, n) => `Booth map: ${room} (${w} m × ${d} m), ${n} booths`,
    mapScale: 'Scale: 1 grid square = 1 m',
    holders: 'Exhibitor',
    period: 'Period',
    vacant: 'Vacant',
    release: (v, at) => `Version ${v}, published ${at} JST`,
    data: 'Data and handouts',
    feeds: { ics: 'Calendar (iCal)', json: 'JSON', csv: 'Exhibitors (CSV)', qrSvg: 'QR code (SVG)', qrPng: 'QR code (PNG)' },
    indexTitle: 'Local products fairs',
    indexLead: 'Current and upcoming fairs',
    indexEnded: 'Ended fairs',
    noFairs: 'No fairs are running or announced at the moment.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The fair you are looking for does not exist or has not been published yet.',
    goneTitle: 'No longer published',
    goneBody: 'The organizer has stopped publishing this fair’s page.',
    siteName: 'Local products fairs',
  },
};

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
