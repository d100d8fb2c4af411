import { renderIndexPage, renderNotFoundPage } from './index-page';

const LISTING = [
  { slug: 'koryu-toshi-2023', title: '交流都市地方物産展', titleEn: 'Friendship City Local Products Fair', hostName: '品川区', firstDay: '2023-02-17', lastDay: '2023-02-21', venueName: 'イオンスタイル品川シーサイド' },
  { slug: 'x<y', title: '<b>秋</b>の物産展', titleEn: null, hostName: '品川区', firstDay: '2023-10-30', lastDay: '2023-11-02', venueName: '区役所' },
];

describe('renderIndexPage', () => {
  it('lists the fairs with links to their pages in the same language, escaping every text', () => {
    const ja = renderIndexPage(LISTING, 'ja', { baseUrl: 'https://bussan.example' });
    expect(ja).toContain('<html lang="ja">');
    expect(ja).toContain('<a href="/f/koryu-toshi-2023">交流都市地方物産展</a>');
    expect(ja).toContain('令和5年2月17日(金)〜21日(火)');
    expect(ja).toContain('令和5年10月30日(月)〜11月2日(木)');
    expect(ja).toContain('href="/f/x%3Cy"');
    expect(ja).toContain('&lt;b&gt;秋&lt;/b&gt;の物産展');
    expect(ja).toContain('<meta property="og:url" content="https://bussan.example/f">');
    const en = renderIndexPage(LISTING, 'en');
    expect(en).toContain('<a href="/en/f/koryu-toshi-2023">Friendship City Local Products Fair</a>');
    expect(en).toContain('<a href="/en/f/x%3Cy" lang="ja">');
    expect(en).toContain('<a href="/f" lang="ja" hreflang="ja">日本語</a>');
  });

  it('says so when nothing is released', () => {
    expect(renderIndexPage([], 'ja')).toContain('現在ご案内できる物産展はありません。');
  });
});

describe('renderNotFoundPage', () => {
  it('is a real page that leads back to the list', () => {
    const page = renderNotFoundPage('ja', '/f/nothing');
    expect(page).toContain('<h1>ページが見つかりません</h1>');
    expect(page).toContain('<a href="/f">物産展一覧</a>');
  });
});
