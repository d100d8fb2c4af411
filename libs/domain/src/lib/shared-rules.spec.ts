import {
  AREA_KM2_RULES,
  BOOTH_POSITION_RULES,
  BOOTH_POWER_RULES,
  BOOTH_SIDE_RULES,
  emailAddressRule,
  formatPostalCode,
  postalCodeRule,
  venueAddressLine,
  POPULATION_RULES,
  ROOM_METRES_RULES,
  calendarDateRule,
  decimalPlaces,
  decimalRule,
  firstRuleDetail,
  httpUrlRule,
  integerRule,
  kanaReadingRule,
  localGovernmentCodeRule,
  webhookUrlRule,
  maxRule,
  minRule,
  phoneRule,
  ruleDetail,
  boothCodeRule,
  boothZoneRule,
  normalizeBoothZone,
  ruleMessage,
  slugRule,
  type SharedRule,
} from './shared-rules';

const cases: [string, SharedRule, unknown, string | null][] = [
  ['postalCode', postalCodeRule, '140-0011', null],
  ['postalCode', postalCodeRule, '1400011', null],
  ['postalCode', postalCodeRule, '140-001', 'matches'],
  ['postalCode', postalCodeRule, '〒140-0011', 'matches'],
  ['postalCode', postalCodeRule, 1400011, 'matches'],
  ['emailAddress', emailAddressRule, 'staff@city.miyako.iwate.jp', null],
  ['emailAddress', emailAddressRule, 'a.b+fair@example.com', null],
  ['emailAddress', emailAddressRule, 'not an address', 'isEmail'],
  ['emailAddress', emailAddressRule, 'a@b@c', 'isEmail'],
  ['emailAddress', emailAddressRule, 'staff@localhost', 'isEmail'],
  ['emailAddress', emailAddressRule, 'a\uD800@example.com', 'isEmail'],
  [
    'emailAddress',
    emailAddressRule,
    `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(30)}.jp`,
    'isEmail',
  ],
  ['emailAddress', emailAddressRule, 42, 'isEmail'],
  ['localGovernmentCode', localGovernmentCodeRule, '032026', null],
  ['localGovernmentCode', localGovernmentCodeRule, '032027', 'checkDigit'],
  ['localGovernmentCode', localGovernmentCodeRule, '482026', 'prefecture'],
  ['localGovernmentCode', localGovernmentCodeRule, '03202', 'format'],
  ['localGovernmentCode', localGovernmentCodeRule, 32026, 'format'],
  ['calendarDate', calendarDateRule, '2020-10-01', null],
  ['calendarDate', calendarDateRule, '2024-02-29', null],
  ['calendarDate', calendarDateRule, '1868-01-01', null],
  ['calendarDate', calendarDateRule, '2200-12-31', null],
  ['calendarDate', calendarDateRule, '2023-02-29', 'isCalendarDate'],
  ['calendarDate', calendarDateRule, '2024-02-30', 'isCalendarDate'],
  ['calendarDate', calendarDateRule, '2024-2-1', 'isCalendarDate'],
  ['calendarDate', calendarDateRule, '1700-01-01', 'isCalendarDate'],
  ['calendarDate', calendarDateRule, '2201-01-01', 'isCalendarDate'],
  ['calendarDate', calendarDateRule, 20201001, 'isCalendarDate'],
  ['calendarDate', calendarDateRule, '2020-10-01T00:00', 'isCalendarDate'],
  ['httpUrl', httpUrlRule, 'https://www.city.miyako.iwate.jp/', null],
  ['httpUrl', httpUrlRule, 'http://example.com/a?b=c#d', null],
  ['httpUrl', httpUrlRule, 'HTTPS://EXAMPLE.COM', null],
  ['httpUrl', httpUrlRule, 'https://宮古市.jp/', null],
  ['httpUrl', httpUrlRule, 'http://192.168.0.1/', null],
  ['httpUrl', httpUrlRule, 'https://example.com:8443/x', null],
  ['httpUrl', httpUrlRule, 'javascript:alert(1)', 'isUrl'],
  ['httpUrl', httpUrlRule, 'ftp://example.com/', 'isUrl'],
  ['httpUrl', httpUrlRule, 'www.example.com', 'isUrl'],
  ['httpUrl', httpUrlRule, 'https://localhost/', 'isUrl'],
  ['httpUrl', httpUrlRule, 'https://exa mple.com/', 'isUrl'],
  ['httpUrl', httpUrlRule, 'https://user:pw@example.com/', 'isUrl'],
  ['httpUrl', httpUrlRule, 'https://-bad.example.com/', 'isUrl'],
  ['httpUrl', httpUrlRule, 'https://', 'isUrl'],
  ['httpUrl', httpUrlRule, 'https://example.com/\uD800', null],
  ['httpUrl', httpUrlRule, null, 'isUrl'],
  ['kanaReading', kanaReadingRule, 'みやこし', null],
  ['kanaReading', kanaReadingRule, 'ミヤコ シ', null],
  ['kanaReading', kanaReadingRule, 'とーきょー・と', null],
  ['kanaReading', kanaReadingRule, '宮古市', 'matches'],
  ['kanaReading', kanaReadingRule, 'miyako', 'matches'],
  ['kanaReading', kanaReadingRule, '', 'matches'],
  ['integer', integerRule, 44905, null],
  ['integer', integerRule, 0, null],
  ['integer', integerRule, 1.5, 'isInt'],
  ['integer', integerRule, Number.NaN, 'isInt'],
  ['integer', integerRule, '3', 'isInt'],
  ['decimal(2)', decimalRule(2), 1259.89, null],
  ['decimal(2)', decimalRule(2), 1259.891, 'isNumber'],
  ['decimal(2)', decimalRule(2), 1e-7, 'isNumber'],
  ['decimal(2)', decimalRule(2), 1e21, null],
  ['decimal(2)', decimalRule(2), Number.POSITIVE_INFINITY, 'isNumber'],
  ['decimal(2)', decimalRule(2), Number.NaN, 'isNumber'],
  ['decimal(2)', decimalRule(2), '1.5', 'isNumber'],
  ['decimal(1)', decimalRule(1), 42.5, null],
  ['decimal(1)', decimalRule(1), 42.55, 'isNumber'],
  ['min(1)', minRule(1), 1, null],
  ['min(1)', minRule(1), 0.5, 'min'],
  ['min(1)', minRule(1), '5', 'min'],
  ['max(500)', maxRule(500), 500, null],
  ['max(500)', maxRule(500), 500.1, 'max'],
];

describe('shared rules', () => {
  it.each(cases)('%s: %p → %p', (_name, rule, value, problem) => {
    expect(rule.check(value)).toBe(problem);
  });

  it('every problem a rule can give has its English text', () => {
    for (const [, rule, value, problem] of cases) {
      if (problem !== null) expect(rule.messages[problem]).toEqual(expect.any(String));
      void value;
    }
  });

  it('words a problem as the API does, after the field path', () => {
    expect(ruleMessage(localGovernmentCodeRule, 'localGovernmentCode', 'checkDigit')).toBe('localGovernmentCode has a wrong check digit');
    expect(ruleMessage(minRule(1), 'rooms.0.widthM', 'min')).toBe('rooms.0.widthM must not be less than 1');
  });

  it('gives the web a detail named by the problem', () => {
    expect(ruleDetail(localGovernmentCodeRule, 'localGovernmentCode', '032027')).toEqual({
      field: 'localGovernmentCode',
      rule: 'checkDigit',
      message: 'localGovernmentCode has a wrong check digit',
    });
    expect(ruleDetail(httpUrlRule, 'website', 'https://example.com')).toBeNull();
  });

  it.each([
    [POPULATION_RULES, 1.5, 'isInt'],
    [POPULATION_RULES, -1, 'min'],
    [POPULATION_RULES, 50_000_001, 'max'],
    [POPULATION_RULES, 44905, null],
    [AREA_KM2_RULES, 1.234, 'isNumber'],
    [AREA_KM2_RULES, 0, 'min'],
    [AREA_KM2_RULES, 100_001, 'max'],
    [ROOM_METRES_RULES, 12.55, 'isNumber'],
    [ROOM_METRES_RULES, 0.5, 'min'],
    [ROOM_METRES_RULES, 800, 'max'],
    [ROOM_METRES_RULES, 12.5, null],
    [BOOTH_POSITION_RULES, 0, null],
    [BOOTH_POSITION_RULES, 1.255, 'isNumber'],
    [BOOTH_POSITION_RULES, -0.5, 'min'],
    [BOOTH_POSITION_RULES, 500.01, 'max'],
    [BOOTH_SIDE_RULES, 0.4, 'min'],
    [BOOTH_SIDE_RULES, 100.5, 'max'],
    [BOOTH_SIDE_RULES, 2.25, null],
    [BOOTH_POWER_RULES, 1.5, 'isInt'],
    [BOOTH_POWER_RULES, 100_001, 'max'],
    [BOOTH_POWER_RULES, 1500, null],
  ])('a number field reports the first rule it breaks: %#', (rules, value, rule) => {
    expect(firstRuleDetail(rules, 'x', value)?.rule ?? null).toBe(rule);
  });

  it.each([
    [0, 0],
    [1.5, 1],
    [1259.89, 2],
    [1e-7, 7],
    [1.5e-5, 6],
    [1e21, 0],
  ])('decimal places of %p: %p', (n, places) => {
    expect(decimalPlaces(n)).toBe(places);
  });

  it.each([
    ['bussanten-2023', null],
    ['a', null],
    ['2023', null],
    ['', 'matches'],
    ['Bussanten', 'matches'],
    ['bussanten--2023', 'matches'],
    ['-bussanten', 'matches'],
    ['bussanten-', 'matches'],
    ['bussan ten', 'matches'],
    ['物産展', 'matches'],
    [2023, 'matches'],
    [null, 'matches'],
  ])('the slug %p: %p', (value, problem) => {
    expect(slugRule.check(value)).toBe(problem);
  });

  it('words the slug rule as the API did', () => {
    expect(ruleMessage(slugRule, 'slug', 'matches')).toBe('slug must be lower-case letters, digits and single hyphens');
  });

  it.each([
    ['A1', null],
    ['B-12', null],
    ['a', null],
    ['ABCDEFGHIJ', null],
    ['', 'matches'],
    ['ABCDEFGHIJK', 'matches'],
    ['A 1', 'matches'],
    ['A_1', 'matches'],
    ['Ａ１', 'matches'],
    [1, 'matches'],
    [undefined, 'matches'],
  ])('the booth code %p: %p', (value, problem) => {
    expect(boothCodeRule.check(value)).toBe(problem);
  });

  it('words the booth code rule as the API did', () => {
    expect(ruleMessage(boothCodeRule, 'code', 'matches')).toBe('code must be 1 to 10 letters, digits or hyphens');
  });

  it.each([
    ['入口側', '入口側'],
    ['  A列 ', 'A列'],
    ['\u3000奥\u3000', '奥'],
    ['', null],
    ['   ', null],
    ['\u3000', null],
    [null, null],
    [undefined, undefined],
    [3, 3],
  ])('stores the zone %p as %p', (value, stored) => {
    expect(normalizeBoothZone(value)).toBe(stored);
  });

  it.each([
    ['入口側', null],
    ['あ'.repeat(30), null],
    ['あ'.repeat(31), 'maxLength'],
    [3, 'maxLength'],
  ])('the zone %p: %p', (value, problem) => {
    expect(boothZoneRule.check(value)).toBe(problem);
  });

  it('words the zone rule naming the field', () => {
    expect(ruleMessage(boothZoneRule, 'zone', 'maxLength')).toBe('zone must be at most 30 characters');
  });

  it.each([
    ['090-1234-5678', null],
    ['+81 90 1234 5678', null],
    ['0312345678', null],
    ['123456', null],
    ['12345', 'matches'],
    ['', 'matches'],
    ['090-1234-567８', 'matches'],
    ['-090-1234-5678', 'matches'],
    ['++81 90 1234 5678', 'matches'],
    ['090(1234)5678', 'matches'],
    ['0'.repeat(23), 'matches'],
    [9012345678, 'matches'],
  ])('the phone number %p: %p', (value, problem) => {
    expect(phoneRule.check(value)).toBe(problem);
  });

  it('words the phone rule as the API did', () => {
    expect(ruleMessage(phoneRule, 'phone', 'matches')).toBe('phone must be a phone number (digits, spaces, hyphens)');
  });
});

describe('webhookUrlRule', () => {
  it.each([
    ['https://example.jp/bussanten-hook', null],
    ['  http://localhost:8080/hook ', null],
    ['HTTPS://EXAMPLE.COM/', null],
    ['http://192.168.1.10/hook', null],
    ['https://例え.jp/hook', null],
    ['', 'absolute'],
    ['not a url', 'absolute'],
    ['/relative/path', 'absolute'],
    ['example.com/hook', 'absolute'],
    [42, 'absolute'],
    ['ftp://example.jp/hook', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['mailto:a@example.com', 'scheme'],
    ['https://user:password@example.jp/hook', 'credentials'],
    ['https://user@example.jp/hook', 'credentials'],
  ])('%p: %p', (value, problem) => {
    expect(webhookUrlRule.check(value)).toBe(problem);
  });

  it('words each problem as the API always has', () => {
    expect(ruleDetail(webhookUrlRule, 'url', 'ftp://example.jp')).toEqual({ field: 'url', rule: 'scheme', message: 'url must start with http:// or https://' });
    expect(ruleMessage(webhookUrlRule, 'url', 'absolute')).toBe('url must be an absolute http:// or https:// URL');
  });
});

describe('postal codes and venue addresses', () => {
  it.each([
    ['1400011', '140-0011'],
    ['140-0011', '140-0011'],
    ['14000', '14000'],
  ])('formats %s as %s', (code, printed) => {
    expect(formatPostalCode(code)).toBe(printed);
  });

  it.each([
    [{ postalCode: '140-0011', prefecture: '東京都', city: '品川区', address: '東大井5-18-1' }, '〒140-0011 東京都品川区東大井5-18-1'],
    [{ postalCode: null, prefecture: null, city: null, address: '東京都品川区東品川4-12-5' }, '東京都品川区東品川4-12-5'],
    [{ address: '品川区' }, '品川区'],
  ])('writes a venue address on one line: %#', (venue, line) => {
    expect(venueAddressLine(venue)).toBe(line);
  });
});
