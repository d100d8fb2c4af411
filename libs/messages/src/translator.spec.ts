/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { calendarDay, dateFormat, isCalendarDay, toInstant } from './formats';
import { argumentsOf, createTranslator, isMessageKey, translate } from './translator';

const ja = createTranslator('ja');
const en = createTranslator('en');

describe('translate', () => {
  it('says "1 application" and "2 applications" in English, 件 in Japanese', () => {
    expect(en('decision.count', { n: 1 })).toBe('1 application');
    expect(en('decision.count', { n: 2 })).toBe('2 applications');
    expect(en('decision.count', { n: 0 })).toBe('0 applications');
    expect(en('decision.count', { n: 1234 })).toBe('1,234 applications');
    expect(ja('decision.count', { n: 1 })).toBe('1件');
    expect(ja('decision.count', { n: 1234 })).toBe('1,234件');
  });

  it('makes the other English counts plurals too', () => {
    expect(en('page.exhibitorCount', { n: 1 })).toBe('1 municipality');
    expect(en('page.exhibitorCount', { n: 8 })).toBe('8 municipalities');
    expect(en('outbox.count', { n: 1 })).toBe('1 message');
    expect(en('reset.sent', { minutes: 60 })).toContain('valid for 60 minutes');
    expect(en('factors.resetSummary', { passkeys: 1, totp: 'removed', codes: 10, sessions: 1 })).toBe(
      'Removed 1 passkey, the authenticator app: removed, 10 recovery codes; ended 1 sign-in.',
    );
    expect(en('unassigned.boothsTaken', { n: 1, day: 'Fri', names: 'Miyako' })).toBe('The only suitable booth is taken on Fri by Miyako');
    expect(en('unassigned.boothsTaken', { n: 3, day: 'Fri', names: 'Miyako' })).toBe('All 3 suitable booths are taken on Fri by Miyako');
  });

  it('takes a count that is already formatted', () => {
    expect(en('format.partyCount', { n: '1,234' })).toBe('1,234 municipalities');
    expect(en('format.partyCount', { n: '1' })).toBe('1 municipality');
  });

  it('fills text arguments as given, numbers in plain arguments ungrouped (years, versions)', () => {
    expect(ja('list.range', { total: 52, from: 1, to: 20 })).toBe('52件中 1–20件');
    expect(en('list.range', { total: 52, from: 21, to: 40 })).toBe('21–40 of 52');
    expect(ja('format.year', { year: 2002 })).toBe('2002年');
    expect(ja('page.release', { version: 1200, at: '2023-02-10 12:00' })).toBe('第1200版(2023-02-10 12:00 公開)');
  });

  it('groups numbers and keeps two decimals where the message says so', () => {
    expect(ja('format.population', { n: 3_769_595 })).toBe('3,769,595人');
    expect(en('format.area', { n: 1259.891 })).toBe('1,259.89 km²');
  });

  it('chooses by select', () => {
    expect(ja('page.changeKind', { kind: 'boothMoved' })).toBe('ブース変更');
    expect(en('page.changeKind', { kind: 'boothMoved' })).toBe('Booth moved');
    expect(en('page.changeKind', { kind: 'somethingNew' })).toBe('somethingNew');
  });

  it('writes ordinals in English', () => {
    expect(
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map((dom) => en('page.closesEarly', { dom, closes: '18:00' }).replace('Closes at 18:00 on the ', '')),
    ).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '31st']);
    expect(ja('page.closesEarly', { dom: 21, closes: '18:00' })).toBe('21日は18:00まで');
  });

  it('leaves an argument it was not given visible', () => {
    expect(translate('ja', 'format.yearWithEra', { year: 2002 })).toBe('2002年（{wareki}）');
  });

  it('shows markup in a value or a message as text (tags are not parsed)', () => {
    expect(en('delete.title', { name: '<b>x</b>' })).toBe('Delete “<b>x</b>”?');
  });

  it('knows its keys', () => {
    expect(isMessageKey('page.skip')).toBe(true);
    expect(isMessageKey('page.nothing')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
    expect([...argumentsOf('{n, plural, one {# in {place}} other {# in {place}}} on {day, date, wareki}')]).toEqual([
      ['n', 'number'],
      ['place', 'text'],
      ['day', 'date'],
    ]);
  });
});

describe('dates', () => {
  it('writes 和暦 with the weekday, 元年 for an era’s first year', () => {
    expect(dateFormat('ja', 'wareki').format(calendarDay('2023-02-17'))).toBe('令和5年2月17日(金)');
    expect(dateFormat('ja', 'wareki').format(calendarDay('2019-05-01'))).toBe('令和元年5月1日(水)');
    expect(dateFormat('ja', 'warekiDate').format(calendarDay('2019-04-30'))).toBe('平成31年4月30日');
    expect(dateFormat('ja', 'warekiDate').format(calendarDay('1989-01-07'))).toBe('昭和64年1月7日');
    expect(dateFormat('ja', 'warekiYear').format(calendarDay('1868-12-31'))).toBe('明治元年');
  });

  it('shows a calendar day in a mail with its year: 令和5年2月17日(金) and Fri 17 Feb 2023', () => {
    expect(ja('mail.date', { day: '2023-02-17' })).toBe('令和5年2月17日(金)');
    expect(en('mail.date', { day: '2023-02-17' })).toBe('Fri 17 Feb 2023');
    expect(ja('mail.date', { day: '2024-02-29' })).toBe('令和6年2月29日(木)');
    expect(ja('date.day', { day: '2023-02-17' })).toBe('2月17日(金)');
    expect(en('date.day', { day: '2023-02-17' })).toBe('Fri, Feb 17');
    expect(en('page.fullDate', { day: '2023-02-18' })).toBe('Sat 18 Feb 2023');
    expect(ja('page.fullDate', { day: '2023-02-18' })).toBe('令和5年2月18日(土)');
  });

  it('shows instants in Japan time', () => {
    // 15:30 UTC on 31 January is already 1 February in Japan.
    const at = new Date('2025-01-31T15:30:00Z');
    expect(dateFormat('ja', 'dateTime').format(at)).toBe('2025年2月1日 00:30');
    expect(dateFormat('en', 'dateTime').format(toInstant('2025-01-31T15:30:00Z'))).toBe('Feb 1, 2025, 00:30');
    expect(ja('mail.withdrawn.body', { municipality: '宮古市', fair: 'F', at, status: 'accepted', booths: 'A1', stillPublic: 'no', url: 'u' })).toContain(
      '日時：令和7年2月1日(土) 00:30',
    );
    expect(dateFormat('ja', 'numericDateTime').format(new Date('2030-01-01T03:04:05Z'))).toBe('2030/1/1 12:04:05');
  });

  it('refuses a day or an instant that does not exist', () => {
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(() => calendarDay('2023-02-30')).toThrow(RangeError);
    expect(() => toInstant('17/02/2023')).toThrow(RangeError);
    expect(() => ja('mail.date', { day: '2023-02-30' })).toThrow(RangeError);
    expect(() => ja('mail.date')).toThrow('mail.date: no date for {day}');
  });

  /**
   * Jest cannot change the time zone of its own process, so the formatter runs in a Node process per
   * zone (tools/ts-require.cjs loads the TypeScript sources there): a PostgreSQL date never shifts a
   * day, an instant is always Japan time, whatever the server's or the browser's zone.
   */
  describe('in any time zone', () => {
    const hook = join(__dirname, '../../../tools/ts-require.cjs');
    const script = `
      const { createTranslator, dateFormat } = require(${JSON.stringify(join(__dirname, 'index.ts'))});
      const ja = createTranslator('ja'), en = createTranslator('en');
      process.stdout.write(JSON.stringify({
        offset: new Date('2023-02-19T12:00:00Z').getTimezoneOffset(),
        out: [
          ja('mail.date', { day: '2023-02-19' }),
          en('mail.date', { day: '2023-02-19' }),
          ja('page.fullDate', { day: '2023-01-01' }),
          en('page.fullDate', { day: '2023-12-31' }),
          ja('page.dateRange', { first: '2023-02-17', last: '2023-02-21', span: 'month' }),
          dateFormat('ja', 'dateTime').format(new Date('2026-11-24T15:30:00Z')),
          dateFormat('en', 'dateTime').format(new Date('2026-11-24T08:05:00Z')),
          ja('mail.withdrawn.body', { municipality: 'M', fair: 'F', at: new Date('2025-01-31T15:30:00Z'), status: 'accepted', booths: 'A1', stillPublic: 'no', url: 'u' }).split('\\n')[3],
        ],
      }));
    `;
    const expected = [
      '令和5年2月19日(日)',
      'Sun 19 Feb 2023',
      '令和5年1月1日(日)',
      'Sun 31 Dec 2023',
      '令和5年2月17日(金)〜21日(火)',
      '2026年11月25日 00:30',
      'Nov 24, 2026, 17:05',
      '日時：令和7年2月1日(土) 00:30',
    ];

    it.each([
      ['UTC', 0],
      ['America/Los_Angeles', 480],
      ['Pacific/Kiritimati', -840],
      ['Pacific/Pago_Pago', 660],
      ['Asia/Tokyo', -540],
    ])('%s (offset %d minutes)', (tz, offset) => {
      const output = execFileSync(process.execPath, ['-r', hook, '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // The offset shows the process really is in that zone; the text must not depend on it.
      expect(JSON.parse(output)).toEqual({ offset, out: expected });
    });

    it('this process too', () => {
      expect([ja('mail.date', { day: '2023-02-19' }), en('mail.date', { day: '2023-02-19' })]).toEqual(expected.slice(0, 2));
    });
  });
});
