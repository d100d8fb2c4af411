import { renderIndexPage, renderNotFoundPage } from './index-page';

const LISTING = [
  {
    slug: 'koryu-toshi-2023',
    title: '交流都市地方物産展',
    titleEn: 'Friendship City Local Products Fair',
    hostName: '品川区',
    hostNameEn: 'Shinagawa City',
    firstDay: '2023-02-17',
    lastDay: '2023-02-21',
    venueName: 'イオンスタイル品川シーサイド',
  },
  {
    slug: 'x<y',
    title: '<b>秋</b>の物産展',
    titleEn: null,
    hostName: '品川区',
    hostNameEn: null,
    firstDay: '2023-10-30',
    lastDay: '2023-11-02',
    venueName: '区役所',
  },
  {
    slug: 'spring-2023',
    title: '春の物産展',
    titleEn: 'Spring fair',
    hostName: '大田区',
    hostNameEn: null,
    firstDay: '2023-04-01',
    lastDay: '2023-04-02',
    venueName: '大田区役所',
  },
];
// 2023-11-01 10:00 in Japan: the autumn fair is on; the two earlier ones have ended.
const DURING_AUTUMN = new Date('2023-11-01T01:00:00Z');

const sections = (page: string) =>
  page
    .split('<section')
    .slice(1)
    .map((s) => [s.match(/<h2[^>]*>([^<]*)</)?.[1], [...s.matchAll(/href="([^"]*)"/g)].map((m) => m[1])]);

describe('renderIndexPage', () => {
  it('lists the fairs with links to their pages in the same language, escaping every text', () => {
    const ja = renderIndexPage(LISTING, 'ja', DURING_AUTUMN, { baseUrl: 'https://bussan.example' });
    expect(ja).toContain('<html lang="ja">');
    expect(ja).toContain('<a href="/f/koryu-toshi-2023">交流都市地方物産展</a>');
    expect(ja).toContain('令和5年2月17日(金)〜21日(火)');
    expect(ja).toContain('令和5年10月30日(月)〜11月2日(木)');
    expect(ja).toContain('href="/f/x%3Cy"');
    expect(ja).toContain('&lt;b&gt;秋&lt;/b&gt;の物産展');
    expect(ja).toContain('<meta property="og:url" content="https://bussan.example/f">');
    const en = renderIndexPage(LISTING, 'en', DURING_AUTUMN);
    expect(en).toContain('<a href="/en/f/koryu-toshi-2023">Friendship City Local Products Fair</a>');
    expect(en).toContain('<a href="/en/f/x%3Cy" lang="ja">');
    expect(en).toContain('<span class="muted">Shinagawa City</span>');
    expect(en).toContain('<span class="muted" lang="ja">大田区</span>');
    expect(en).toContain('<a href="/f" lang="ja" hreflang="ja">日本語</a>');
  });

  it('shows current and upcoming fairs apart from ended ones, the ended newest first', () => {
    expect(sections(renderIndexPage(LISTING, 'ja', DURING_AUTUMN))).toEqual([
      ['開催中・開催予定の物産展', ['/f/x%3Cy']],
      ['終了した物産展', ['/f/spring-2023', '/f/koryu-toshi-2023']],
    ]);
    expect(sections(renderIndexPage(LISTING, 'en', new Date('2023-01-01T00:00:00Z')))).toEqual([
      ['Current and upcoming fairs', ['/en/f/koryu-toshi-2023', '/en/f/spring-2023', '/en/f/x%3Cy']],
    ]);
  });

  it('says so when no fair is current or upcoming, and still lists the ended ones', () => {
    expect(renderIndexPage([], 'ja', DURING_AUTUMN)).toContain('開催中・開催予定の物産展はありません。');
    expect(renderIndexPage([], 'ja', DURING_AUTUMN)).not.toContain('終了した物産展');
    expect(sections(renderIndexPage(LISTING, 'en', new Date('2024-01-01T00:00:00Z')))).toEqual([
      ['Current and upcoming fairs', []],
      ['Ended fairs', ['/en/f/x%3Cy', '/en/f/spring-2023', '/en/f/koryu-toshi-2023']],
    ]);
  });
});

describe('renderNotFoundPage', () => {
  it('is a real page that leads back to the list', () => {
    const page = renderNotFoundPage('ja', '/f/nothing');
    expect(page).toContain('<h1>ページが見つかりません</h1>');
    expect(page).toContain('<a href="/f">物産展一覧</a>');
  });
});
