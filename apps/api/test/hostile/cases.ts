// What the hostile-input test sends: bodies generated from a route's request schema (one field
// broken, several, left out, unknown ones, the whole body gone wrong), hostile query strings, and
// the requests themselves.
import fc from 'fast-check';
import type request from 'supertest';
import type { Client } from '../test-app';
import { exampleOf, isPlain, merge, UUID, type Json, type Route, type Schema } from './openapi';
import type { Ids, RouteSetup } from './routes';
import {
  GARBAGE_IDS,
  GHOST,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  HUGE_STRINGS,
  INVALID_DATES,
  INVALID_INSTANTS,
  INVALID_TIMES,
  ownKey,
  RAW,
  RAW_NUMBERS,
  STRUCTURES,
} from './values';

// ---------------------------------------------------------------- hostile values for one field

export const anyJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

/** Values aimed at a field of this schema: its own type gone wrong, and every other type. */
export function hostileFor(s: Schema, known: string[]): fc.Arbitrary<unknown> {
  const general = fc.oneof(
    { arbitrary: fc.constantFrom(...STRUCTURES), weight: 3 },
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 3 },
    { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 2 },
    { arbitrary: fc.constantFrom(...RAW_NUMBERS).map(RAW), weight: 1 },
    { arbitrary: anyJson, weight: 2 },
  );
  const string = fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
    { arbitrary: fc.constantFrom(...HUGE_STRINGS), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\ud800', '\udc00', '😀', '<', '>', "'", '"', '\\', '%', 'a', ' '), maxLength: 30 }), weight: 2 },
  );
  const example = typeof s.example === 'string' ? s.example : '';
  const own: fc.Arbitrary<unknown>[] =
    s.type === 'string'
      ? [
          string,
          ...(s.format === 'uuid'
            ? [
                fc.constantFrom(
                  ...known,
                  GHOST,
                  GHOST.toUpperCase(),
                  '00000000-0000-0000-0000-000000000000',
                  'not-a-uuid',
                  `${GHOST} `,
                  `${GHOST}\u0000`,
                  GHOST.slice(1),
                ),
              ]
            : []),
          ...(/^\d{4}-\d{2}-\d{2}$/.test(example) ? [fc.constantFrom(...INVALID_DATES)] : []),
          ...(/^\d{2}:\d{2}$/.test(example) ? [fc.constantFrom(...INVALID_TIMES)] : []),
          ...(/^\d{4}-\d{2}-\d{2}T/.test(example) ? [fc.constantFrom(...INVALID_INSTANTS)] : []),
        ]
      : s.type === 'number' || s.type === 'integer'
        ? [
            fc.constantFrom(...HOSTILE_NUMBERS),
            fc.constantFrom(...RAW_NUMBERS).map(RAW),
            fc.double(),
            fc.integer(),
            fc.constantFrom('1', '1.5', 'NaN', '', '0x10'),
          ]
        : s.type === 'boolean'
          ? [fc.constantFrom('true', 'false', 1, 0, 'yes', null, [], {})]
          : s.type === 'array'
            ? [fc.constantFrom(...STRUCTURES), s.items ? fc.array(fc.constant(exampleOf(s.items)), { minLength: 61, maxLength: 2001 }) : fc.constant([])]
            : [];
  return own.length ? fc.oneof({ arbitrary: fc.oneof(...own), weight: 3 }, { arbitrary: general, weight: 1 }) : general;
}

// ---------------------------------------------------------------- bodies: paths into a value

export type Path = (string | number)[];

/** Every position in a valid body (nested ones included), with the schema it has there and whether it may be left out. */
export function positions(s: Schema, value: Json, path: Path = [], optional = false): { path: Path; schema: Schema; optional: boolean }[] {
  const here = path.length ? [{ path, schema: s, optional }] : [];
  if (s.type === 'object' && isPlain(value) && s.properties) {
    return [...here, ...Object.entries(s.properties).flatMap(([k, p]) => positions(p, value[k] ?? null, [...path, k], !(s.required ?? []).includes(k)))];
  }
  if (s.type === 'array' && Array.isArray(value) && s.items) {
    const items = s.items;
    return [...here, ...value.flatMap((v, i) => positions(items, v, [...path, i], false))];
  }
  return here;
}

export function setAt(root: Json, path: Path, value: unknown): Json {
  const copy = structuredClone(root);
  let at = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete at[last];
  else Object.defineProperty(at, last, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Objects in the body (the root included) where an unknown field can go. */
export function objectPaths(s: Schema, value: Json, path: Path = []): { path: Path; schema: Schema }[] {
  if (s.type === 'object' && isPlain(value)) {
    return [{ path, schema: s }, ...Object.entries(s.properties ?? {}).flatMap(([k, p]) => (k in value ? objectPaths(p, value[k], [...path, k]) : []))];
  }
  if (s.type === 'array' && Array.isArray(value) && s.items) {
    const items = s.items;
    return value.flatMap((v, i) => objectPaths(items, v, [...path, i]));
  }
  return [];
}

/** The body with every field of one schema type replaced by `value`. */
export function replaceAll(schema: Schema, valid: Json, type: string, value: Json): Json {
  let body = valid;
  for (const spot of positions(schema, valid).reverse()) if (spot.schema.type === type) body = setAt(body, spot.path, value);
  return body;
}

export function nullEverywhere(v: Json): Json {
  if (Array.isArray(v)) return v.map(nullEverywhere);
  if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nullEverywhere(x)]));
  return null;
}

// ---------------------------------------------------------------- requests

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; text: string }
  | { kind: 'multipart'; files: { field: string; bytes: Buffer; name: string }[]; fields: Record<string, string> };

export interface Case {
  label: string;
  pathIndex: number[];
  /** '' or '?…', already encoded. */
  query: string;
  body: Body;
}

/**
 * A path segment for any string: percent-encoded UTF-8, and for a lone surrogate (which
 * encodeURIComponent refuses) the three bytes it would take in WTF-8, i.e. an invalid UTF-8 sequence.
 */
export function encodePathSegment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s]
      .map((ch) => {
        const unit = ch.charCodeAt(0);
        if (ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff)
          return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
        return encodeURIComponent(ch);
      })
      .join('');
  }
}

/** JSON text of a value, with RAW(...) sentinels written as bare number tokens. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"__RAW__(.*?)__"/g, '$1');
}

export function describeCase(c: Case, url: string): string {
  const body =
    c.body.kind === 'json'
      ? jsonText(c.body.value)
      : c.body.kind === 'raw'
        ? `${c.body.contentType}: ${JSON.stringify(c.body.text)}`
        : c.body.kind === 'multipart'
          ? `multipart ${JSON.stringify(c.body.files.map((f) => [f.field, f.name, f.bytes.length]))} ${JSON.stringify(c.body.fields)}`
          : '(no body)';
  // Runs of one character are written as "x×100001", so a 100 kB string reads as one line.
  const short = (s: string) => {
    const runs = s.replace(/(.)\1{15,}/gsu, (run, ch: string) => `${ch}×${[...run].length}`);
    return runs.length > 300 ? `${runs.slice(0, 300)}… (${s.length} chars)` : runs;
  };
  return `${c.label} ${short(url)} ${short(body)}`;
}

export function send(client: Client, route: Route, url: string, body: Body): request.Test {
  const req = client[route.method](url);
  switch (body.kind) {
    case 'none':
      return req;
    case 'json':
      return req.set('Content-Type', 'application/json').send(jsonText(body.value));
    case 'raw':
      if (body.contentType) req.set('Content-Type', body.contentType);
      return req.send(body.text);
    case 'multipart': {
      for (const f of body.files) req.attach(f.field, f.bytes, f.name);
      for (const [k, v] of Object.entries(body.fields)) req.field(k, v);
      return req;
    }
  }
}

// ---------------------------------------------------------------- bodies and queries for one route

/** The body a route takes when all is well: the schema's examples, with real ids and consistent values over them. */
export function validBody(route: Route, setup: RouteSetup): Json {
  return route.body ? merge(exampleOf(route.body), setup.body) : {};
}

/** Cases every route gets once, before the random ones: non-JSON bodies and the whole body gone wrong. */
export function fixedCases(route: Route, setup: RouteSetup, png: Buffer, realPath: number[]): [Case][] {
  const valid = validBody(route, setup);
  const text = jsonText(valid);
  const raw = (label: string, contentType: string | null, body: string): Case => ({
    label,
    pathIndex: realPath,
    query: '',
    body: { kind: 'raw', contentType, text: body },
  });
  const json = (label: string, value: unknown): Case => ({ label, pathIndex: realPath, query: '', body: { kind: 'json', value } });
  const cases: Case[] = [
    raw('malformed JSON', 'application/json', text.slice(0, Math.max(1, text.length - 1))),
    raw('single-quoted JSON', 'application/json', text.replace(/"/g, "'")),
    raw('JSON with a trailing comma', 'application/json', text.replace(/}$/, ',}')),
    raw('NaN as JSON', 'application/json', 'NaN'),
    raw('a NUL byte as JSON', 'application/json', '\u0000'),
    raw('JSON after a BOM', 'application/json', `\ufeff${text}`),
    raw('JSON sent as text/plain', 'text/plain', text),
    raw('a form instead of JSON', 'application/x-www-form-urlencoded', 'a=1&b=2&__proto__[admin]=1'),
    raw('XML', 'application/xml', '<?xml version="1.0"?><a>1</a>'),
    raw('a broken multipart form', 'multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x'),
    raw('JSON under a charset that does not exist', 'application/json; charset=klingon', text),
    raw('JSON in UTF-16', 'application/json; charset=utf-16', text),
    raw('a body over the 2 MB limit', 'application/json', `{"x":"${'x'.repeat(2_200_000)}"}`),
    raw('an array nested 100 000 deep', 'application/json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    raw('an object nested 100 000 deep', 'application/json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`),
    raw('a duplicate key', 'application/json', text.replace(/^\{/, '{"__proto__":{"polluted":1},')),
    json('null body', null),
    json('an array body', [valid]),
    json('a string body', 'hello'),
    json('a number body', 42),
    json('an empty object', {}),
    json('null everywhere', nullEverywhere(valid)),
    ...(route.body
      ? [
          json('every array holding an array', replaceAll(route.body, valid, 'array', [[]])),
          json('every nested object an array', replaceAll(route.body, valid, 'object', [])),
          json('keys Nest strips before the whitelist sees them', {
            ...(valid as object),
            ...ownKey('__proto__', { admin: true }),
            ...ownKey('constructor', 1),
            ...ownKey('prototype', 1),
          }),
        ]
      : []),
    json('the valid body', valid),
  ];
  if (route.contentType === 'multipart/form-data') {
    const multipart = (label: string, files: { field: string; bytes: Buffer; name: string }[], fields: Record<string, string> = {}): Case => ({
      label,
      pathIndex: realPath,
      query: '',
      body: { kind: 'multipart', files, fields },
    });
    cases.push(
      multipart('no file', [], { photo: 'not a file' }),
      multipart('a text file', [{ field: 'photo', bytes: Buffer.from('<svg onload=alert(1)/>'), name: 'x.svg' }]),
      multipart('a truncated PNG', [{ field: 'photo', bytes: png.subarray(0, 40), name: 'x.png' }]),
      multipart('a PNG header and garbage', [{ field: 'photo', bytes: Buffer.concat([png.subarray(0, 8), Buffer.alloc(2000, 0xff)]), name: 'x.png' }]),
      multipart('two files', [
        { field: 'photo', bytes: png, name: 'a.png' },
        { field: 'photo', bytes: png, name: 'b.png' },
      ]),
      multipart('the wrong field', [{ field: 'image', bytes: png, name: 'x.png' }]),
      multipart('a hostile file name', [{ field: 'photo', bytes: png, name: "../../'; DROP TABLE guests; --\u0000.png" }]),
      multipart('too many fields', [{ field: 'photo', bytes: png, name: 'x.png' }], Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, 'x']))),
      multipart('a PNG', [{ field: 'photo', bytes: png, name: 'x.png' }]),
    );
  }
  return cases.map((c) => [c]);
}

/** The real ids among the test's records, for fields and paths that take an id. */
export const known = (ids: Ids): string[] => Object.values(ids).filter((v) => UUID.test(v));

/** A query string of the route's own parameters and strangers, with hostile values, repeated keys and broken escapes. */
export function hostileQuery(route: Route, ids: string[]): fc.Arbitrary<string> {
  const names = fc.oneof(
    ...(Object.keys(route.query).length ? [fc.constantFrom(...Object.keys(route.query))] : []),
    fc.constantFrom('page', 'q', 'id', '__proto__', 'constructor', 'a[b]', 'a[]', '', '\u0000'),
  );
  const values = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS, ...ids, ...GARBAGE_IDS, 'x'.repeat(5000)), fc.string({ unit: 'binary', maxLength: 20 }));
  const pair = fc.tuple(names, values).map(([k, v]) => `${encodePathSegment(k)}=${encodePathSegment(v)}`);
  return fc.oneof(
    fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => `?${pairs.join('&')}`),
    fc.constantFrom('?%', '?a=%E0%A4%A', '?=', '?&&&', '?a=1&a=2&a=3', '?%00=%00', '?a=%ED%A0%80'),
  );
}

/** Random bodies for a route, each with a label saying what was done to it. */
export function bodyCases(route: Route, setup: RouteSetup, ids: Ids): fc.Arbitrary<[string, Body]> {
  const knownIds = known(ids);
  const noBody: fc.Arbitrary<[string, Body]> = fc.oneof(
    fc.constant<[string, Body]>(['no body', { kind: 'none' }]),
    anyJson.map((v): [string, Body] => ['an unexpected JSON body', { kind: 'json', value: isPlain(v) ? v : { v } }]),
    fc.string({ unit: 'binary', maxLength: 200 }).map((s): [string, Body] => ['an unexpected text body', { kind: 'raw', contentType: 'text/plain', text: s }]),
  );
  if (!route.body || route.contentType !== 'application/json') return noBody;
  const schema = route.body;
  const valid = validBody(route, setup);
  const spots = positions(schema, valid);
  const objects = objectPaths(schema, valid);
  const json =
    (label: string) =>
    (value: unknown): [string, Body] => [label, { kind: 'json', value }];

  const oneField = fc
    .constantFrom(...spots)
    .chain((spot) =>
      hostileFor(spot.schema, knownIds).map((v): [string, Body] => [`${spot.path.join('.')} broken`, { kind: 'json', value: setAt(valid, spot.path, v) }]),
    );
  const topLevel = spots.filter((s) => s.path.length === 1);
  const severalFields =
    topLevel.length < 2
      ? oneField
      : fc.uniqueArray(fc.constantFrom(...topLevel), { minLength: 2, maxLength: 5, selector: (s) => s.path.join('.') }).chain((chosen) =>
          fc.tuple(...chosen.map((s) => hostileFor(s.schema, knownIds))).map((values): [string, Body] => {
            let body = valid;
            chosen.forEach((s, i) => (body = setAt(body, s.path, values[i])));
            return [`${chosen.map((s) => s.path.join('.')).join(', ')} broken`, { kind: 'json', value: body }];
          }),
        );
  const missing = spots.length
    ? fc.constantFrom(...spots).map((s): [string, Body] => [`${s.path.join('.')} left out`, { kind: 'json', value: setAt(valid, s.path, undefined) }])
    : fc.constant(json('the valid body')(valid));
  const extraKey = fc.oneof(
    fc.constantFrom('id', 'hostId', 'isAdmin', 'role', 'status', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', '\u0000', 'a.b', '$where'),
    fc.string({ maxLength: 12 }),
  );
  const extra = fc
    .tuple(fc.constantFrom(...objects), extraKey, hostileFor({}, knownIds))
    .filter(([o, key]) => !(key in (o.schema.properties ?? {})))
    .map(([o, key, v]): [string, Body] => [
      `unknown field ${JSON.stringify(key)} at ${o.path.join('.') || 'the root'}`,
      { kind: 'json', value: setAt(valid, [...o.path, key], v) },
    ]);
  const generated = fc
    .dictionary(fc.oneof(fc.constantFrom(...Object.keys(schema.properties ?? {})), fc.string({ maxLength: 8 })), anyJson, { maxKeys: 8 })
    .map(json('a generated object'));
  const stringsEverywhere = fc.constantFrom(...HOSTILE_STRINGS).map((s) => {
    let body = valid;
    for (const spot of spots) if (spot.schema.type === 'string' && !spot.schema.enum && spot.schema.format !== 'uuid') body = setAt(body, spot.path, s);
    return json(`every free-text field ${JSON.stringify(s.slice(0, 20))}`)(body);
  });

  return fc.oneof(
    { arbitrary: oneField, weight: 8 },
    { arbitrary: severalFields, weight: 2 },
    { arbitrary: missing, weight: 2 },
    { arbitrary: extra, weight: 2 },
    { arbitrary: stringsEverywhere, weight: 2 },
    { arbitrary: generated, weight: 1 },
    { arbitrary: noBody, weight: 1 },
  );
}
