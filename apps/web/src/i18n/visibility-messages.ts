/**
 * A fair's public visibility (公開中 / 公開停止) and what each status change does to the public
 * page, merged into dictionaries.ts. Japanese first, English complete, same placeholders.
 */
export const visibilityJa = {
  'visibility.heading': '公開ページ',
  'visibility.current': '公開の状態:',
  'visibility.version': '第{version}版を公開',
  'visibility.neverHint': 'まだ公開していません。「公開」ページで公開すると、公開ページ {path}、カレンダー、データが表示されます。申込受付中でも公開できます。',
  'visibility.stop': '公開停止',
  'visibility.restart': '公開再開',
  'visibility.stopTitle': '「{name}」の公開を停止しますか？',
  'visibility.stopBody':
    '公開ページ {path}（日本語・英語）、JSON・iCal・CSV・QRコードはすべて「公開終了」(410) を返し、物産展一覧からも外れます。申込の受付状況（{status}）と出展者の登録内容は変わりません。公開再開でいつでも元に戻せます。',
  'visibility.restartTitle': '「{name}」の公開を再開しますか？',
  'visibility.restartBody': '最後に公開した第{version}版がふたたび公開ページ {path} とデータに表示され、物産展一覧に戻ります。申込の受付状況（{status}）は変わりません。',
  'visibility.stopping': '停止中…',
  'visibility.restarting': '再開中…',
  'visibility.stopped': '公開を停止しました。公開ページは「公開終了」と表示します。',
  'visibility.restarted': '公開を再開しました。',
  'visibility.cacheNote': 'ブラウザーや配信サーバーの一時保存により、反映まで数分かかることがあります。',
  'visibility.stoppedNotice': '公開停止中です。下のアドレスはすべて「公開終了」(410) を返します。新しい版を公開すると公開も再開します。',
  'visibility.stoppedNoticeLink': '物産展のページで公開再開する',
  'fairs.transitionPublic.visible': '公開ページ {path} はこれまでどおり表示されます（止めるには「公開停止」を使います）。',
  'fairs.transitionPublic.stopped': '公開ページは停止したままです。',
  'fairs.transitionPublic.never': '公開ページはまだありません。',
  'releases.publish.keepsStatus': '申込の受付状況（{status}）は変わりません。受付中なら、自治体担当者はこのまま申込と変更ができます。',
  'releases.publish.restarts': '公開を停止しているため、公開ページと一覧への掲載も再開します。',
};

export const visibilityEn: Record<keyof typeof visibilityJa, string> = {
  'visibility.heading': 'Public page',
  'visibility.current': 'Publication:',
  'visibility.version': 'version {version} published',
  'visibility.neverHint':
    'Not published yet. Publishing (on the Publish page) shows the public page {path}, the calendar and the data feeds. A fair can be published while it takes applications.',
  'visibility.stop': 'Stop publication',
  'visibility.restart': 'Publish again',
  'visibility.stopTitle': 'Stop publishing “{name}”?',
  'visibility.stopBody':
    'The public page {path} (Japanese and English), its JSON, iCal, CSV and QR code will all answer “no longer published” (410), and the fair leaves the list of fairs. The applications status ({status}) and the exhibitors’ entries do not change. You can publish again at any time.',
  'visibility.restartTitle': 'Publish “{name}” again?',
  'visibility.restartBody': 'The last published version ({version}) is shown again on {path} and in the feeds, and the fair returns to the list of fairs. The applications status ({status}) does not change.',
  'visibility.stopping': 'Stopping…',
  'visibility.restarting': 'Publishing…',
  'visibility.stopped': 'Publication stopped. The public page now says it is no longer published.',
  'visibility.restarted': 'Published again.',
  'visibility.cacheNote': 'Browsers and caching servers may take a few minutes to notice.',
  'visibility.stoppedNotice': 'Publication is stopped: every address below answers “no longer published” (410). Publishing a new version starts it again.',
  'visibility.stoppedNoticeLink': 'Publish again on the fair’s page',
  'fairs.transitionPublic.visible': 'The public page {path} stays as it is (use “Stop publication” to take it down).',
  'fairs.transitionPublic.stopped': 'The public page stays stopped.',
  'fairs.transitionPublic.never': 'There is no public page yet.',
  'releases.publish.keepsStatus': 'The applications status ({status}) does not change: while applications are open, representatives can still apply and edit.',
  'releases.publish.restarts': 'Publication is stopped, so the public page and its place in the list of fairs come back too.',
};
