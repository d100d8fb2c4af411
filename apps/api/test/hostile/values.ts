// Hostile values: strings, numbers, structures and path ids the hostile-input test aims at every
// route. Plain data, for any test that wants to throw the same things at the API.
import type { Json } from './openapi';

/** A well-formed uuid no record has. */
export const GHOST = '7f000000-0000-4000-8000-000000000000';
/** One character more than the longest string the API takes anywhere. */
export const HUGE = 100_001;

export const INVALID_DATES = [
  '2023-02-30',
  '2023-13-01',
  '2023-00-10',
  '2023-02-29',
  '0000-00-00',
  '9999-99-99',
  '2023-04-31',
  '-2023-01-01',
  '+275760-09-13',
  '2023-2-3',
  '20230217',
  '2023/02/17',
  '2023-02-17T10:00',
  ' 2023-02-17',
  '１９９９-０１-０１',
  '0001-01-01',
  '9999-12-31',
];
export const INVALID_TIMES = [
  '25:00',
  '24:60',
  '24:00',
  '23:60',
  '-1:00',
  '9:00',
  '09:00:00',
  '10:00 ',
  '１０:００',
  '99:99',
  '00:00',
  '23:59',
  '12:5',
  'noon',
];
export const INVALID_INSTANTS = [
  '2023-02-30T10:00:00+09:00',
  '2023-01-10T25:00:00Z',
  '2023-01-10T09:00:00+25:00',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2023-01-10',
  '2023-01-10T09:00:00.1234567890Z',
  '2023-W01-1',
  '20230110T090000Z',
  '2023-01-10T24:00:00Z',
];
export const SURROGATES = ['\ud800', '\udfff', 'a\ud83db', '\ud83d\ude00'];
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(50),
  ...SURROGATES,
  '😀',
  '👨‍👩‍👧‍👦'.repeat(10),
  '𠮷野家',
  'e\u0301',
  '\u202e\u2066',
  '\ufeff',
  '\u00a0',
  'ｱｲｳ',
  'Ω≈ç√',
  "'; DROP TABLE fairs; --",
  "' OR '1'='1",
  '" OR ""="',
  '\\',
  '%',
  '_',
  '$1',
  'NULL',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  'Infinity',
  '1e309',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</title><script>alert(1)</script>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '../../etc/passwd',
  'http://127.0.0.1:5432/',
  'mailto:a@b',
  'a@b',
  'x'.repeat(101),
  'x'.repeat(256),
  'x'.repeat(1001),
  'x'.repeat(5001),
  ...INVALID_DATES,
  ...INVALID_TIMES,
  ...INVALID_INSTANTS,
];
export const HUGE_STRINGS = ['x'.repeat(HUGE), '😀'.repeat(HUGE), 'あ'.repeat(HUGE), '\u0000'.repeat(HUGE)];
export const HOSTILE_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  0.1 + 0.2,
  1e-7,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  99_999_999.999,
  1900,
  1899,
  2101,
  10_000_000_000,
  123.456,
  47.0001,
  -47,
];
/** JSON tokens no JSON.stringify writes: 1e400 parses to Infinity, the long ones lose precision. */
export const RAW_NUMBERS = ['1e400', '-1e400', '-0.0', '1E2', '123456789012345678901234567890', '0.00000000000000000000000001', '1.0000000000000000000001'];
export const RAW = (token: string) => `__RAW__${token}__`;

export function deepObject(depth: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
export function deepArray(depth: number): Json {
  let v: Json = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
export const ownKey = (key: string, value: Json): Record<string, Json> => {
  const o: Record<string, Json> = {};
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
  return o;
};
export const STRUCTURES: Json[] = [
  null,
  true,
  false,
  {},
  [],
  [null],
  [[]],
  { a: 1 },
  ['a', 'b'],
  [1, 2, 3],
  { $gt: '' },
  { $ne: null },
  ownKey('__proto__', { admin: true }),
  ownKey('constructor', { prototype: { admin: true } }),
  deepObject(200),
  deepArray(200),
  Array.from({ length: 10_000 }, (_, i) => i),
  Array.from({ length: 10_000 }, () => 'x'),
  Array.from({ length: 10_000 }, () => null),
];

/** Path ids that name no record, or are not ids at all. */
export const GARBAGE_IDS = [
  'not-a-uuid',
  '0',
  '-1',
  '1e999',
  'null',
  'undefined',
  GHOST,
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  `${GHOST}0`,
  GHOST.replace(/-/g, ''),
  "'; DROP TABLE fairs; --",
  '<script>alert(1)</script>',
  '\u0000',
  `${GHOST}\u0000`,
  '😀',
  '\ud800',
  'a'.repeat(3000),
  '..',
  ' ',
  '%',
  '{id}',
];
