import { englishRange, isoRange, priceRange, tokyoStamp, warekiRange } from './format';

describe('date and price formats', () => {
  it.each([
    ['2023-02-17', '2023-02-21', '令和5年2月17日(金)〜21日(火)', 'Fri 17 – Tue 21 Feb 2023'],
    ['2023-02-27', '2023-03-03', '令和5年2月27日(月)〜3月3日(金)', 'Mon 27 Feb – Fri 3 Mar 2023'],
    ['2023-12-30', '2024-01-02', '令和5年12月30日(土)〜令和6年1月2日(火)', 'Sat 30 Dec 2023 – Tue 2 Jan 2024'],
    ['2019-04-30', '2019-05-01', '平成31年4月30日(火)〜令和元年5月1日(水)', 'Tue 30 Apr – Wed 1 May 2019'],
    ['2023-02-19', '2023-02-19', '令和5年2月19日(日)', 'Sun 19 Feb 2023'],
  ])('%s..%s', (first, last, ja, en) => {
    expect(warekiRange(first, last)).toBe(ja);
    expect(englishRange(first, last)).toBe(en);
  });

  it('gives ISO ranges, prices and release times in Japan', () => {
    expect(isoRange('2023-02-17', '2023-02-21')).toBe('2023-02-17 – 2023-02-21');
    expect(priceRange(500, 1500, 'ja')).toBe('500〜1,500円');
    expect(priceRange(500, 1500, 'en')).toBe('¥500–1,500');
    expect(priceRange(null, 800, 'ja')).toBe('800円');
    expect(priceRange(null, null, 'ja')).toBeNull();
    expect(tokyoStamp('2023-02-16T15:30:00.000Z')).toBe('2023-02-17 00:30');
  });
});
