/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DISPLAY_TIME_ZONE, formatTokyoDateTime } from './tokyo-time';

const CASES = [
  ['2026-11-24T08:05:00Z', 'ja-JP', '2026年11月24日 17:05'],
  ['2026-11-24T08:05:00.123+00:00', 'ja-JP', '2026年11月24日 17:05'],
  ['2026-11-24T17:05:00+09:00', 'ja-JP', '2026年11月24日 17:05'],
  ['2026-11-24T15:30:00Z', 'ja-JP', '2026年11月25日 00:30'], // past midnight in Tokyo: the next day
  ['2026-12-31T15:00:00Z', 'ja-JP', '2027年1月1日 00:00'],
  ['2026-01-05T00:00:00Z', 'ja-JP', '2026年1月5日 09:00'],
  ['2026-11-24T08:05:00Z', 'en-US', 'Nov 24, 2026, 17:05'],
  ['not a date', 'ja-JP', 'not a date'],
] as const;

describe('formatTokyoDateTime', () => {
  it.each(CASES)('%s in %s → %s', (iso, locale, expected) => {
    expect(formatTokyoDateTime(iso, locale)).toBe(expected);
  });

  it('uses Japan time', () => {
    expect(DISPLAY_TIME_ZONE).toBe('Asia/Tokyo');
  });
});

/**
 * Jest cannot change its own process's time zone (its process.env is a copy), so this very module
 * (with the shared formats of libs/messages it uses) is run in a Node process per time zone, as a
 * browser anywhere would run it; tools/ts-require.cjs lets that process load the TypeScript sources.
 */
describe('formatTokyoDateTime with the browser in another time zone', () => {
  const hook = join(__dirname, '../../../../tools/ts-require.cjs');
  const script = `
    const { formatTokyoDateTime } = require(${JSON.stringify(join(__dirname, 'tokyo-time.ts'))});
    const cases = ${JSON.stringify(CASES.map(([iso, locale]) => [iso, locale]))};
    process.stdout.write(JSON.stringify({
      localHour: new Date('2026-11-24T08:05:00Z').getHours(),
      out: cases.map(([iso, locale]) => formatTokyoDateTime(iso, locale)),
    }));
  `;

  it.each([
    ['UTC', 8],
    ['America/Los_Angeles', 0],
    ['Asia/Kolkata', 13],
    ['Pacific/Kiritimati', 22],
    ['Asia/Tokyo', 17],
  ])('%s (local hour of 08:05Z there: %d)', (tz, localHour) => {
    const output = execFileSync(process.execPath, ['-r', hook, '-e', script], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The local hour shows the process really is in that zone; the text must not depend on it.
    expect(JSON.parse(output)).toEqual({ localHour, out: CASES.map(([, , expected]) => expected) });
  });
});
