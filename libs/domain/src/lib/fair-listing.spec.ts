import { fairTiming, fairsByPhase } from './fair-listing';

const fair = (slug: string, firstDay: string, lastDay: string) => ({ slug, firstDay, lastDay });
const FAIRS = [
  fair('autumn-2023', '2023-10-30', '2023-11-02'),
  fair('koryu-toshi-2023', '2023-02-17', '2023-02-21'),
  fair('summer-2024', '2024-07-01', '2024-07-03'),
  fair('spring-2024', '2024-03-01', '2024-03-05'),
  fair('winter-2022', '2022-12-01', '2022-12-02'),
];
const slugs = (r: { current: { slug: string }[]; ended: { slug: string }[] }) => ({ current: r.current.map((f) => f.slug), ended: r.ended.map((f) => f.slug) });

describe('fairsByPhase (Japan dates, whatever TZ the tests run under)', () => {
  it.each([
    // 2024-03-05 23:59 in Japan is 14:59 UTC: spring-2024 is on its last day, still current.
    ['2024-03-05T14:59:00Z', ['spring-2024', 'summer-2024'], ['autumn-2023', 'koryu-toshi-2023', 'winter-2022']],
    // One minute later it is the 6th in Japan (still the 5th in UTC and in Los Angeles): ended, and newest first.
    ['2024-03-05T15:00:00Z', ['summer-2024'], ['spring-2024', 'autumn-2023', 'koryu-toshi-2023', 'winter-2022']],
    ['2023-02-19T03:00:00Z', ['koryu-toshi-2023', 'autumn-2023', 'spring-2024', 'summer-2024'], ['winter-2022']],
    ['2030-01-01T00:00:00Z', [], ['summer-2024', 'spring-2024', 'autumn-2023', 'koryu-toshi-2023', 'winter-2022']],
  ])('at %s: current %p, ended %p', (at, current, ended) => {
    expect(slugs(fairsByPhase(FAIRS, new Date(at)))).toEqual({ current, ended });
  });

  it('orders fairs ending the same day by their first day, and leaves its input alone', () => {
    const input = [fair('short', '2023-02-20', '2023-02-21'), fair('long', '2023-02-01', '2023-02-21')];
    expect(slugs(fairsByPhase(input, new Date('2024-01-01T00:00:00Z'))).ended).toEqual(['short', 'long']);
    expect(slugs(fairsByPhase(input, new Date('2023-01-01T00:00:00Z'))).current).toEqual(['long', 'short']);
    expect(input.map((f) => f.slug)).toEqual(['short', 'long']);
  });
});

describe('fairTiming (Japan dates, whatever TZ the tests run under)', () => {
  const spring = fair('spring-2024', '2024-03-01', '2024-03-05');
  it.each([
    // 2024-03-01 00:00 in Japan is 2024-02-29 15:00 UTC.
    ['2024-02-29T14:59:00Z', 'upcoming'],
    ['2024-02-29T15:00:00Z', 'current'],
    ['2024-03-05T14:59:00Z', 'current'],
    ['2024-03-05T15:00:00Z', 'past'],
  ])('at %s: %s', (at, timing) => {
    expect(fairTiming(spring, new Date(at))).toBe(timing);
  });

  it('calls a one-day fair current all that day in Japan', () => {
    const oneDay = fair('one-day', '2024-03-01', '2024-03-01');
    expect(fairTiming(oneDay, new Date('2024-03-01T14:00:00Z'))).toBe('current');
    expect(fairTiming(oneDay, new Date('2024-03-01T15:00:00Z'))).toBe('past');
  });
});
