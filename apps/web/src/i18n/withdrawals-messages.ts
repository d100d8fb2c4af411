/**
 * The fair page's panel of withdrawn applications, merged into dictionaries.ts. Same rules:
 * Japanese first, English complete, placeholders `{name}` identical in both.
 */
export const withdrawalsJa = {
  'withdrawals.heading': '取り下げられた申込',
  'withdrawals.intro': '自治体が取り下げた申込です。空いたブースは割り当て画面で別の出展者に使えます。公開ページは、公開し直すまで変わりません。',
  'withdrawals.loading': '取り下げられた申込を読み込み中…',
  'withdrawals.empty': '取り下げられた申込はありません。',
  'withdrawals.caption': '取り下げられた申込の一覧',
  'withdrawals.col.municipality': '自治体',
  'withdrawals.col.when': '取り下げ日時（日本時間）',
  'withdrawals.col.before': '取り下げ前',
  'withdrawals.col.booths': '空いたブース',
  'withdrawals.col.public': '公開ページ',
  'withdrawals.by': '{name}が取り下げ',
  'withdrawals.noBooths': 'なし',
  'withdrawals.unknown': '不明',
  'withdrawals.stillPublic': 'まだ掲載中',
  'withdrawals.notPublic': '掲載なし',
  'withdrawals.stillPublicNote': '公開ページには、まだ {n} 件の取り下げた自治体が出展者として載っています。公開し直すと消えます。',
  'withdrawals.publishLink': '公開と履歴へ',
};

export const withdrawalsEn: Record<keyof typeof withdrawalsJa, string> = {
  'withdrawals.heading': 'Withdrawn applications',
  'withdrawals.intro': 'Applications the municipalities have withdrawn. The booths they freed can go to other exhibitors on the assignment page. The public page does not change until you publish again.',
  'withdrawals.loading': 'Loading the withdrawn applications…',
  'withdrawals.empty': 'No application has been withdrawn.',
  'withdrawals.caption': 'Withdrawn applications',
  'withdrawals.col.municipality': 'Municipality',
  'withdrawals.col.when': 'Withdrawn (Japan time)',
  'withdrawals.col.before': 'Status before',
  'withdrawals.col.booths': 'Booths freed',
  'withdrawals.col.public': 'Public page',
  'withdrawals.by': 'by {name}',
  'withdrawals.noBooths': 'None',
  'withdrawals.unknown': 'Unknown',
  'withdrawals.stillPublic': 'Still listed',
  'withdrawals.notPublic': 'Not listed',
  'withdrawals.stillPublicNote': 'The public page still lists withdrawn municipalities as exhibitors: {n}. Publishing again removes them.',
  'withdrawals.publishLink': 'Go to publishing',
};
