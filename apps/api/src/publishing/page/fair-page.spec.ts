import { HOLDER_FONT_M, mapMinWidth, MIN_NAME_PX } from './booth-map';
import { renderFairPage } from './fair-page';
import { EXHIBITOR_NAMES, fair2023, jst } from './fair-fixture';
import { timeViewOf } from './time-view';

/** The page's text without tags, whitespace collapsed: what a reader sees. */
const text = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const BASE = { baseUrl: 'https://bussan.example' };

describe('renderFairPage', () => {
  const fair = fair2023();
  const beforeFair = jst('2023-02-01', '12:00');

  it('is a whole document in the page language, with a skip link, landmarks and no script', () => {
    const page = renderFairPage(fair, 'ja', beforeFair, BASE);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(page).toContain('<a class="skip" href="#main">本文へ移動</a>');
    for (const tag of ['<header>', '<nav ', '<main id="main"', '<footer>']) expect(page).toContain(tag);
    expect(page).not.toMatch(/<script|<link rel="stylesheet"|src="http/i);
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(renderFairPage(fair, 'en', beforeFair, BASE)).toContain('<html lang="en">');
  });

  it('keeps headings in order: one h1, then h2 sections with h3 items, never skipping a level', () => {
    const levels = [...renderFairPage(fair, 'ja', beforeFair, BASE).matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('shows the dates in 和暦 and Western form, the venue with its map link, and the short last day', () => {
    const page = renderFairPage(fair, 'ja', beforeFair, BASE);
    expect(text(page)).toContain('令和5年2月17日(金)〜21日(火) / 2023-02-17 – 2023-02-21');
    expect(text(page)).toContain('東京都品川区東品川4-12-5');
    expect(page).toContain('<a href="https://www.openstreetmap.org/?mlat=35.6089&amp;mlon=139.7497" rel="noopener">地図を開く</a>');
    expect(page).toMatch(/<tr class="short">.*21日は18:00まで/);
    expect(text(renderFairPage(fair, 'en', beforeFair, BASE))).toContain('Fri 17 – Tue 21 Feb 2023 / 2023-02-17 – 2023-02-21');
  });

  it('says whether the fair is open now, in Japan time', () => {
    const line = (lang: 'ja' | 'en', at: Date) => /<p class="now">(.*?)<\/p>/.exec(renderFairPage(fair, lang, at, BASE))?.[1];
    expect(line('ja', jst('2023-02-21', '12:00'))).toBe('本日は18:00まで営業中');
    expect(line('en', jst('2023-02-21', '12:00'))).toBe('Open now, closes at 18:00');
    expect(line('ja', jst('2023-02-17', '09:00'))).toBe('本日は10:00から営業');
    expect(line('ja', jst('2023-02-17', '20:30'))).toBe('次の営業日: 令和5年2月18日(土) 10:00から');
    expect(line('ja', jst('2023-02-21', '18:00'))).toBe('この物産展は終了しました');
  });

  it('lists the 8 exhibitors with prefecture, tie label, ties that open without JS, products and booth', () => {
    const page = renderFairPage(fair, 'ja', beforeFair, BASE);
    const positions = EXHIBITOR_NAMES.map((n) => page.indexOf(`<h3>${n} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain('<details><summary>災害協定</summary><p>災害時における相互援助に関する協定。</p></details>');
    expect(text(page)).toContain('宮古市 岩手県');
    // The label is shown once, part by part: the known tie opens, the unknown one is plain text.
    expect(page).toContain('<details><summary>災害協定</summary><p>災害時における相互援助に関する協定。</p></details><p>商店街イベント(目黒のさんま祭り)</p>');
    expect(text(page).match(/商店街イベント\(目黒のさんま祭り\)/g)).toHaveLength(1);
    expect(text(page)).toContain('宮古市の特産品 500〜1,500円');
    expect(text(page)).toContain('ブース A1 出店日 全日程');
    const partTime = fair2023();
    partTime.exhibitors[3].booths = [{ code: 'A5', from: '2023-02-20', to: '2023-02-21' }];
    partTime.exhibitors[3].days = ['2023-02-20', '2023-02-21'];
    expect(text(renderFairPage(partTime, 'ja', beforeFair, BASE))).toContain('ブース A5 (2月20日(月)–2月21日(火)) 出店日 2月20日(月)・2月21日(火)');
    expect(text(renderFairPage(fair, 'en', beforeFair, BASE))).toContain('Iwate');
  });

  it('names the ties in English on the English page, with the Japanese beside them', () => {
    const page = renderFairPage(fair, 'en', beforeFair, BASE);
    expect(page).toContain('<summary>Disaster mutual-aid agreement (<span lang="ja">災害協定</span>)</summary>');
    expect(page).toContain('<p>Tokyo Special Wards Nationwide Partnership Project (<span lang="ja">特別区全国連携プロジェクト</span>)</p>');
    // A tie the registry does not know stays as the organizer wrote it, marked as Japanese.
    expect(page).toContain('<p><span lang="ja">商店街イベント(目黒のさんま祭り)</span></p>');
    // A release published before ties had English names shows the Japanese.
    const older = fair2023();
    older.exhibitors[0].ties = older.exhibitors[0].ties.map(({ labelEn: _, ...tie }) => tie);
    expect(renderFairPage(older, 'en', beforeFair, BASE)).toContain('<summary><span lang="ja">災害協定</span></summary>');
  });

  it('shows a tie label as written when a release has no ties split from it', () => {
    const bare = fair2023();
    bare.exhibitors[0].ties = [];
    expect(text(renderFairPage(bare, 'ja', beforeFair, BASE))).toContain('災害協定、商店街イベント(目黒のさんま祭り)');
  });

  it('lists the visits by time, marked 変更の可能性あり, and the moved one as changed', () => {
    const page = renderFairPage(fair, 'ja', beforeFair, BASE);
    const starts = [...page.matchAll(/<li id="v-[^"]*"[^>]*>\s*<h3>2月19日\(日\) (\d\d:\d\d)/g)].map((m) => m[1]);
    expect(starts).toEqual(['13:30', '14:45', '15:30']);
    expect(page.match(/変更の可能性あり/g)).toHaveLength(3);
    expect(page).toMatch(/<li id="v-v-1430" class="changed">[^]*?<strong class="badge">変更<\/strong>/);
    expect(text(page)).toContain('来場時間の変更 ハタチの龍馬: 14:30–15:00 → 14:45–15:15');
  });

  it('names the place of a visit in English on the English page, and in Japanese for an older release', () => {
    expect(renderFairPage(fair, 'en', beforeFair, BASE)).toContain('<p>Hatachi no Ryoma <span class="muted">Whole venue</span></p>');
    expect(renderFairPage(fair, 'ja', beforeFair, BASE)).toContain('<p>ハタチの龍馬 <span class="muted">会場全体</span></p>');
    const older = fair2023();
    older.appearances = older.appearances.map(({ locationLabelEn: _, ...a }) => a);
    expect(renderFairPage(older, 'en', beforeFair, BASE)).toContain('<p>Hatachi no Ryoma <span class="muted"><span lang="ja">会場全体</span></span></p>');
  });

  it("puts today's visits still to come first on a fair day", () => {
    const at = jst('2023-02-19', '14:10');
    const page = renderFairPage(fair, 'ja', at, BASE);
    const starts = [...page.matchAll(/<li id="v-[^"]*"[^>]*>\s*<h3>2月19日\(日\) (\d\d:\d\d)/g)].map((m) => m[1]);
    expect(starts).toEqual(['14:45', '15:30', '13:30']);
    expect(timeViewOf(fair, at).key).toBe('open@20:00|2023-02-19|v-1430,v-1530||v-1430');
  });

  it('strikes a cancelled visit through and says 中止 in words', () => {
    const cancelled = fair2023();
    cancelled.appearances[0].status = 'cancelled';
    const page = renderFairPage(cancelled, 'ja', beforeFair, BASE);
    expect(page).toContain('<h3><s>2月19日(日) 15:30– (30分程度)</s> <strong class="flag">中止</strong>');
    expect(renderFairPage(cancelled, 'en', beforeFair, BASE)).toContain('<strong class="flag">Cancelled</strong>');
  });

  it('renders hostile text inert: a <script> product name comes out as text', () => {
    const evil = fair2023();
    evil.exhibitors[0].products[0].name = '<script>alert(1)</script>';
    evil.fair.title = '"><img src=x onerror=alert(1)>';
    evil.plan.booths[0].holders[0].name = '</title><script>x()</script>';
    evil.venue.mapUrl = 'javascript:alert(1)';
    const page = renderFairPage(evil, 'ja', beforeFair, BASE);
    expect(page).not.toMatch(/<script|<img|javascript:/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<meta property="og:title" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">');
  });

  it('draws the plan as an SVG image with a title, and gives the same as a table', () => {
    const page = renderFairPage(fair, 'ja', beforeFair, BASE);
    expect(page).toMatch(/<svg class="map" style="min-width:677px" data-base="677" viewBox="-0.5 -0.5 31 21" role="img" aria-labelledby="map-title"/);
    expect(page).toContain('<title id="map-title">会場マップ: 地下1階催事場(30m×20m)、ブース9区画</title>');
    expect(page).toMatch(/<text class="code"[^>]*>A1<\/text><text class="holder"[^>]*>宮古市<\/text>/);
    expect(page).toMatch(/<tr><th scope="row">A1<\/th><td>宮古市 /);
    expect(page).toMatch(/<tr><th scope="row">C2<\/th><td><span class="muted">空き<\/span>/);
    // In English: the English name where the registry has one, else the Japanese marked as such.
    const en = renderFairPage(fair, 'en', beforeFair, BASE);
    expect(en).toMatch(/<text class="code"[^>]*>A1<\/text><text class="holder" [^>]*text-anchor="middle">Miyako<\/text>/);
    expect(en).toMatch(/<text class="code"[^>]*>A3<\/text><text class="holder" [^>]*text-anchor="middle" lang="ja">成田市<\/text>/);
    expect(en).toMatch(/<tr><th scope="row">A1<\/th><td>Miyako /);
    expect(en).toMatch(/<tr><th scope="row">A3<\/th><td><span lang="ja">成田市<\/span> /);
  });

  it('links the other language, the feeds and the QR codes, and gives Open Graph tags from the base URL', () => {
    const page = renderFairPage(fair, 'ja', beforeFair, BASE);
    expect(page).toContain('<a href="/en/f/koryu-toshi-2023" lang="en" hreflang="en">English</a>');
    expect(renderFairPage(fair, 'en', beforeFair, BASE)).toContain('<a href="/f/koryu-toshi-2023" lang="ja" hreflang="ja">日本語</a>');
    for (const href of [
      '/api/public/fairs/koryu-toshi-2023/calendar.ics',
      '/api/public/fairs/koryu-toshi-2023"',
      '/api/public/fairs/koryu-toshi-2023/exhibitors.csv',
      '/f/koryu-toshi-2023/qr.svg',
      '/f/koryu-toshi-2023/qr.png',
    ]) {
      expect(page).toContain(`href="${href}`);
    }
    // Subscribing: the same feed at webcal://, from the site's address.
    expect(page).toContain('<a href="webcal://bussan.example/api/public/fairs/koryu-toshi-2023/calendar.ics">カレンダーアプリで購読');
    expect(page).toContain('<meta property="og:url" content="https://bussan.example/f/koryu-toshi-2023">');
    expect(page).toContain('<meta property="og:type" content="website">');
    expect(page).toContain('<meta property="og:title" content="交流都市地方物産展">');
    expect(page).toMatch(/<meta property="og:description" content="令和5年2月17日\(金\)〜21日\(火\) \/ /);
    expect(renderFairPage(fair, 'en', beforeFair, BASE)).toContain('<meta property="og:title" content="Friendship City Local Products Fair">');
  });

  it('falls back to the Japanese title, marked as Japanese, when there is no English one', () => {
    const noEn = fair2023();
    noEn.fair.titleEn = null;
    expect(renderFairPage(noEn, 'en', beforeFair, BASE)).toContain('<h1><span lang="ja">交流都市地方物産展</span></h1>');
  });

  it('shows the release version and its time in Japan', () => {
    expect(text(renderFairPage(fair, 'ja', beforeFair, BASE))).toContain('第2版(2023-02-10 12:00 公開)');
    expect(text(renderFairPage(fair, 'en', beforeFair, BASE))).toContain('Version 2, published 2023-02-10 12:00 JST');
  });

  it('has a small stylesheet with custom properties, visible focus and print rules', () => {
    const css = /<style>([^<]*)<\/style>/.exec(renderFairPage(fair, 'ja', beforeFair, BASE))?.[1] ?? '';
    expect(css.length).toBeLessThan(4000);
    expect(css).toContain('--accent:');
    expect(css).toContain(':focus-visible');
    expect(css).toContain('@media print');
  });

  it('says the changes in English where the release gives their English reading, and marks the rest as Japanese', () => {
    const visit = fair.appearances[0];
    const changed = {
      ...fair,
      changes: [
        {
          kind: 'appearanceMoved' as const,
          subject: visit.guest.name,
          before: '2023-02-19 14:30–15:00 会場全体',
          after: '2023-02-19 14:45–15:15 会場全体',
          ref: visit.id,
          en: { subject: 'Hatachi no Ryoma', before: '2023-02-19 14:30–15:00 Whole venue', after: '2023-02-19 14:45–15:15 Whole venue' },
        },
        { kind: 'appearanceAdded' as const, subject: '古い公開の来場', before: null, after: '2023-02-20 13:00–13:30 会場全体', ref: 'old' },
      ],
    };
    const en = renderFairPage(changed, 'en', beforeFair, BASE);
    expect(en).toContain('Hatachi no Ryoma: 2023-02-19 14:30–15:00 Whole venue → 2023-02-19 14:45–15:15 Whole venue');
    // A change from a release before English readings existed: its Japanese is marked.
    expect(en).toContain('<span lang="ja">古い公開の来場</span>: <span lang="ja">2023-02-20 13:00–13:30 会場全体</span>');
    expect(renderFairPage(changed, 'ja', beforeFair, BASE)).toContain(`${visit.guest.name}: 2023-02-19 14:30–15:00 会場全体 → 2023-02-19 14:45–15:15 会場全体`);
  });

  it('shows the exhibitor’s word for visitors, in English on the English page when written', () => {
    const [first, second, ...rest] = fair.exhibitors;
    const withPr = {
      ...fair,
      exhibitors: [{ ...first, prText: '朝獲れをどうぞ', prTextEn: 'Caught this morning' }, { ...second, prText: '足柄茶をどうぞ', prTextEn: null }, ...rest],
    };
    expect(renderFairPage(withPr, 'ja', beforeFair, BASE)).toContain('<p class="pr">朝獲れをどうぞ</p>');
    const en = renderFairPage(withPr, 'en', beforeFair, BASE);
    expect(en).toContain('<p class="pr">Caught this morning</p>');
    expect(en).toContain('<p class="pr"><span lang="ja">足柄茶をどうぞ</span></p>');
  });

  describe('finding things', () => {
    const SCRIPT = { ...BASE, scriptSrc: '/f/_/find.abcdefghij.js' };
    /** The 2023 fair with areas: A… near the entrance, B… in the middle, C1 in none. */
    const zoned = () => {
      const f = fair2023();
      f.plan.booths = f.plan.booths.map((b) => ({ ...b, zone: b.code.startsWith('A') ? '入口側' : b.code.startsWith('B') ? '中央' : null }));
      return f;
    };
    const unescape = (v: string) =>
      v
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const attr = (page: string, id: string, name: string) => unescape(new RegExp(`<li id="${id}"[^>]* ${name}="([^"]*)"`).exec(page)?.[1] ?? '');

    it('lists the exhibitors by area, each area with an anchor in a table of contents, the ones without one last', () => {
      const page = renderFairPage(zoned(), 'ja', beforeFair, BASE);
      const toc = [...page.matchAll(/<li><a href="#(area-[a-z0-9]+)">([^<]*)<\/a><\/li>/g)].map((m) => [m[1], m[2]]);
      expect(toc).toEqual([
        ['area-a1', '入口側(4)'],
        ['area-a2', '中央(3)'],
        ['area-other', 'その他のエリア(1)'],
      ]);
      for (const [id] of toc) expect(page).toContain(`<div class="area" id="${id}"`);
      // Every exhibitor once, under its area's h3, as an h4.
      const groups = [...page.matchAll(/<div class="area" id="area-([a-z0-9]+)"[^>]*><h3[^>]*>([^<]*)[^]*?<\/ul><\/div>/g)].map((m) => [
        m[2].trim(),
        [...m[0].matchAll(/<h4>(\S+) /g)].map((h) => h[1]),
      ]);
      expect(groups).toEqual([
        ['入口側', ['宮古市', '成田市', '東金市', '山北町']],
        ['中央', ['十日町市', '坂井市', '飯田市']],
        ['その他のエリア', ['福山市']],
      ]);
      const levels = [...page.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
      // In English the zones (as the organizer wrote them) are marked as Japanese, the other areas are not.
      const en = renderFairPage(zoned(), 'en', beforeFair, SCRIPT);
      expect(en).toContain('<a href="#area-other">Other areas (1)</a>');
      expect(en).toContain('<a href="#area-a1"><span lang="ja">入口側</span> (4)</a>');
      expect(en).toContain('<h3 id="area-other-h">Other areas <span class="muted">(1 municipality)</span></h3>');
      expect(en).toContain('<h3 id="area-a1-h"><span lang="ja">入口側</span> <span');
      expect(en).toContain('<option value="a1" lang="ja">入口側</option><option value="a2" lang="ja">中央</option><option value="other">Other areas</option>');
    });

    it('keeps one plain list, with no table of contents, when no booth has an area (releases before areas too)', () => {
      const page = renderFairPage(fair2023(), 'ja', beforeFair, BASE);
      expect(page).not.toContain('class="area"');
      expect(page).not.toContain('href="#area-');
      expect(page.match(/<li id="ex-[^"]*" class="ex"/g)).toHaveLength(8);
    });

    it('gives each exhibitor card its folded words in both languages, its categories and areas for the script', () => {
      const f = zoned();
      f.exhibitors[0].reading = 'みやこし';
      f.exhibitors[0].nameEn = 'Miyako';
      f.exhibitors[0].products = [
        { name: 'サンマ加工品', nameEn: 'Processed Saury', category: 'seafood', priceMin: 500, priceMax: 1500, food: true, alcohol: false },
        { name: '瓶ドン', category: 'seafood', priceMin: 1500, priceMax: 3500, food: true, alcohol: false },
        { name: '南部せんべい', nameEn: null, category: 'sweets', priceMin: 300, priceMax: 800, food: true, alcohol: false },
      ];
      const page = renderFairPage(f, 'en', beforeFair, SCRIPT);
      expect(attr(page, 'ex-ex-0', 'data-find').split('\n')).toEqual([
        '宮古市',
        'みやこし',
        'miyako',
        '岩手県',
        'iwate',
        'さんま加工品',
        'processedsaury',
        '瓶どん',
        '南部せんべい',
        'a1',
        '入口側',
      ]);
      expect(attr(page, 'ex-ex-0', 'data-cat')).toBe('seafood sweets');
      expect(attr(page, 'ex-ex-0', 'data-area')).toBe('a1');
      expect(attr(page, 'ex-ex-7', 'data-area')).toBe('other');
      // Without areas the cards name none.
      expect(attr(renderFairPage(fair2023(), 'ja', beforeFair, SCRIPT), 'ex-ex-0', 'data-area')).toBe('');
    });

    it('loads its own script, deferred, with the search form and zoom buttons it drives; without one, neither', () => {
      const page = renderFairPage(zoned(), 'ja', beforeFair, SCRIPT);
      expect(page).toContain('<script src="/f/_/find.abcdefghij.js" defer></script>\n</head>');
      expect(page.match(/<script/g)).toHaveLength(1);
      expect(page).not.toMatch(/ on[a-z]+=/);
      expect(page).toContain('<label for="find-q">出展者・商品・地域で探す</label><input id="find-q" type="search"');
      expect(page).toContain('<label for="find-cat">カテゴリー</label>');
      expect(page).toContain('<option value="processed">加工食品</option>');
      expect(page).toContain('<label for="find-area">エリア</label><select id="find-area"><option value="">すべて</option><option value="a1">入口側</option>');
      expect(page).toContain('<p id="find-count" role="status" aria-live="polite"></p>');
      expect(page).toMatch(/<form class="js find-form"/);
      expect(page).toMatch(/<div class="js zoom" role="group"[^>]*><button type="button" data-zoom="in" aria-controls="map-pan">拡大<\/button>/);
      const counts = (p: string) => JSON.parse(unescape(/data-counts="([^"]*)"/.exec(p)?.[1] ?? '[]'));
      expect(counts(page)).toEqual([
        '0件の出展者',
        '1件の出展者',
        '2件の出展者',
        '3件の出展者',
        '4件の出展者',
        '5件の出展者',
        '6件の出展者',
        '7件の出展者',
        '8件の出展者',
      ]);
      expect(counts(renderFairPage(zoned(), 'en', beforeFair, SCRIPT)).slice(0, 3)).toEqual(['0 exhibitors', '1 exhibitor', '2 exhibitors']);

      const bare = renderFairPage(zoned(), 'ja', beforeFair, BASE);
      expect(bare).not.toMatch(/<script|<form|data-zoom|class="js/);
      // Still the areas' table of contents.
      expect(bare).toContain('<a href="#area-a1">入口側(4)</a>');
    });

    it('says which guest is here now and who comes next, in Japan time, leaving out a cancelled visit', () => {
      const guests = (lang: 'ja' | 'en', at: Date, f = fair2023()) =>
        [...renderFairPage(f, lang, at, BASE).matchAll(/<p class="guest"><a href="#([^"]+)">([^<]*)<\/a><\/p>/g)].map((m) => [m[1], m[2]]);
      expect(guests('ja', jst('2023-02-19', '13:40'))).toEqual([
        ['v-v-1330', 'いま来場中のゲスト: ハタチの龍馬'],
        ['v-v-1430', '次のゲスト: 14:45 ハタチの龍馬（会場全体）'],
      ]);
      expect(guests('en', jst('2023-02-19', '13:40'))).toEqual([
        ['v-v-1330', 'Guests here now: Hatachi no Ryoma'],
        ['v-v-1430', 'Next guest: Hatachi no Ryoma at 14:45 (Whole venue)'],
      ]);
      expect(guests('ja', jst('2023-02-19', '15:40'))).toEqual([['v-v-1530', 'いま来場中のゲスト: ハタチの龍馬']]);
      // A guest without an English name: the Japanese one, marked as such.
      const noEn = fair2023();
      noEn.appearances = noEn.appearances.map((v) => ({ ...v, guest: { ...v.guest, nameEn: null } }));
      expect(renderFairPage(noEn, 'en', jst('2023-02-19', '15:40'), BASE)).toContain(
        '<p class="guest"><a href="#v-v-1530">Guests here now: <span lang="ja">ハタチの龍馬</span></a></p>',
      );
      expect(guests('ja', jst('2023-02-19', '16:00'))).toEqual([]);
      expect(guests('ja', jst('2023-02-18', '13:40'))).toEqual([]);
      const cancelled = fair2023();
      cancelled.appearances.find((a) => a.id === 'v-1430')!.status = 'cancelled';
      expect(guests('ja', jst('2023-02-19', '14:10'), cancelled)).toEqual([['v-v-1530', '次のゲスト: 15:30 ハタチの龍馬（会場全体）']]);
      // The page is cached by the time view: a visit beginning changes it.
      expect(timeViewOf(fair, jst('2023-02-19', '13:20')).key).not.toBe(timeViewOf(fair, jst('2023-02-19', '13:40')).key);
    });

    it('draws the map wide enough for 12 px names on a phone, in a scrolling region', () => {
      expect((mapMinWidth(30) * HOLDER_FONT_M) / 31).toBeGreaterThanOrEqual(MIN_NAME_PX);
      expect((mapMinWidth(12.5) * HOLDER_FONT_M) / 13.5).toBeGreaterThanOrEqual(MIN_NAME_PX);
      const page = renderFairPage(fair, 'ja', beforeFair, BASE);
      expect(page).toContain('<div class="pan" id="map-pan" tabindex="0" role="region" aria-label="会場マップ(横にスクロールできます)">');
      expect(page).toMatch(/\.map \.holder\{font:\.55px sans-serif/);
    });
  });
});
