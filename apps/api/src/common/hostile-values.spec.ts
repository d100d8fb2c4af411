import { bodyTypeProblem, jsonDepth, MAX_JSON_DEPTH } from './body-parsing';
import { decimalPlaces } from '@bussanten/domain';
import { silentlyDroppedKeys, unstorableStrings } from './validation';

describe('jsonDepth', () => {
  it('counts nested arrays and objects, scalars being depth 0', () => {
    expect([jsonDepth('x'), jsonDepth(null), jsonDepth({}), jsonDepth({ a: [1, { b: [] }] })]).toEqual([0, 0, 1, 4]);
  });

  it('measures 100 000 levels without recursion, and stops early when given a limit', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonDepth(deep)).toBe(100_001);
    expect(jsonDepth(deep, MAX_JSON_DEPTH)).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe('decimalPlaces', () => {
  it.each([
    [1, 0],
    [1.5, 1],
    [123.45, 2],
    [1e-7, 7],
    [1.5e-7, 8],
    [1e21, 0],
    [-0.25, 2],
    [Number.MIN_VALUE, 324],
  ])('%p has %p', (n, places) => {
    expect(decimalPlaces(n)).toBe(places);
  });
});

describe('unstorableStrings', () => {
  it('names every field, however nested, holding a NUL or a lone surrogate half', () => {
    expect(unstorableStrings({ name: 'a\u0000', ok: '𠮷😀', rooms: [{ name: 'x' }, { name: '\ud800' }], n: 1, z: null })).toEqual([
      expect.objectContaining({ field: 'name', rule: 'noNulCharacter' }),
      expect.objectContaining({ field: 'rooms.1.name', rule: 'wellFormedUnicode' }),
    ]);
  });

  it('accepts well-formed text, emoji and surrogate pairs included', () => {
    expect(unstorableStrings({ a: '\ud83d\ude00', b: 'e\u0301', c: '\u202e', d: '' })).toEqual([]);
  });
});

describe('silentlyDroppedKeys', () => {
  it('names the keys Nest and class-transformer would drop without a whitelist error, however nested', () => {
    const body = JSON.parse('{"name":"x","__proto__":{"admin":true},"rooms":[{"constructor":1,"toString":2}],"prototype":3}');
    expect(
      silentlyDroppedKeys(body)
        .map((d) => d.field)
        .sort(),
    ).toEqual(['__proto__', 'prototype', 'rooms.0.constructor', 'rooms.0.toString']);
    expect(silentlyDroppedKeys({ name: 'x', rooms: [{ id: 'y' }] })).toEqual([]);
  });
});

describe('bodyTypeProblem', () => {
  it.each([
    ['POST', '/api/municipalities', 'application/json', true, null],
    ['PATCH', '/api/municipalities/x', 'application/json; charset=utf-8', true, null],
    ['PUT', '/api/fairs/x', 'application/merge-patch+json', true, null],
    ['PATCH', '/api/municipalities/x', 'text/plain', true, 'application/json'],
    ['POST', '/api/municipalities', undefined, true, 'application/json'],
    ['POST', '/api/municipalities', 'application/x-www-form-urlencoded', true, 'application/json'],
    ['POST', '/api/municipalities', 'multipart/form-data; boundary=x', true, 'application/json'],
    ['PUT', '/api/guests/x/photo', 'multipart/form-data; boundary=x', true, null],
    ['PUT', '/api/guests/x/photo', 'image/jpeg', true, 'multipart/form-data'],
    ['POST', '/api/auth/sign-out', undefined, false, null], // no body: nothing to read
    ['DELETE', '/api/guests/x', 'text/plain', true, null], // bodies of other methods are not read
    ['GET', '/api/fairs', 'text/plain', true, null],
  ])('%s %s with %s (body: %s) → %s', (method, path, type, hasBody, expected) => {
    expect(bodyTypeProblem(method, path, type, hasBody)).toBe(expected);
  });
});
