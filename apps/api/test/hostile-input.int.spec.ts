import { ConsoleLogger } from '@nestjs/common';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type request from 'supertest';
import { acceptedApplication, applicationInput, FAIR_2027_DAYS, openFair } from './fair-fixtures';
import { addMember, createHost, DEMO, startTestApp, type Client, type TestApp } from './test-app';
import { TableDigests, tableDigester } from './table-digests';

/*
 * Hostile input, route by route: every write route the OpenAPI document lists gets bodies generated
 * from its own request schema (wrong types, missing and extra fields, huge, empty, NUL, emoji,
 * surrogate, SQL and HTML strings, impossible dates and times, out-of-range numbers, deep nesting,
 * 10 000-item arrays, null everywhere, non-JSON bodies, and mostly-valid bodies with one field
 * broken), on real ids from the demo data and on garbage ids. For every request:
 *   - the status is never 5xx;
 *   - an error is JSON { code, message, details[] };
 *   - a refused request (4xx) wrote nothing: no table of the public schema changed, neither its row
 *     count nor its content;
 *   - a body the document itself says is invalid (a wrong JSON type, a value outside its enum, a
 *     missing required or unknown field, a malformed uuid, a string over 100 000 characters) is refused.
 * Fixed seed: a failure names the route and the counterexample, and reruns the same way.
 */

// To explore further without editing the file: HOSTILE_SEED and HOSTILE_RUNS change the run,
// HOSTILE_DEBUG=1 logs the server's errors (a 500's stack), HOSTILE_STATS=<file> writes the statuses
// each route answered (to see the bodies reach the services, not only the validation pipe).
const SEED = Number(process.env['HOSTILE_SEED'] ?? 20_260_801);
const RUNS_PER_ROUTE = Number(process.env['HOSTILE_RUNS'] ?? 40);
const GHOST = '7f000000-0000-4000-8000-000000000000';
const HUGE = 100_001;

// ---------------------------------------------------------------- the OpenAPI document

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
}
type RawSchema = Schema & { $ref?: string; allOf?: RawSchema[]; properties?: Record<string, RawSchema>; items?: RawSchema };
interface OpenApi {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string; schema?: RawSchema }[]; requestBody?: { content: Record<string, { schema: RawSchema }> } }>
  >;
  components: { schemas: Record<string, RawSchema> };
}

interface Route {
  /** As the authorization matrix writes it: 'PUT /api/fairs/:id'. */
  key: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** '/api/fairs/{id}' */
  path: string;
  params: string[];
  /** Query parameters the document lists, with their schemas. */
  query: Record<string, Schema>;
  contentType: string | null;
  body: Schema | null;
}

function resolve(doc: OpenApi, s: RawSchema, depth = 0): Schema {
  if (depth > 20) throw new Error('schema nests too deep');
  if (s.$ref) return resolve(doc, doc.components.schemas[s.$ref.replace('#/components/schemas/', '')], depth + 1);
  if (s.allOf?.length === 1) return { ...resolve(doc, s.allOf[0], depth + 1), ...(s.nullable ? { nullable: true } : {}) };
  const out: Schema = { ...s };
  delete (out as RawSchema).$ref;
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(doc, v, depth + 1)]));
  if (s.items) out.items = resolve(doc, s.items, depth + 1);
  return out;
}

function routesOf(doc: OpenApi, methods: string[]): Route[] {
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!methods.includes(method)) continue;
      const content = op.requestBody?.content ?? {};
      const contentType = Object.keys(content)[0] ?? null;
      routes.push({
        key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        method: method as Route['method'],
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, resolve(doc, p.schema ?? {})])),
        contentType,
        body: contentType ? resolve(doc, content[contentType].schema) : null,
      });
    }
  }
  return routes;
}

const writeRoutes = (doc: OpenApi) => routesOf(doc, ['post', 'put', 'patch', 'delete']);

// ---------------------------------------------------------------- who may call what

type Policy = 'PUBLIC' | 'SIGNED_IN' | 'ORGANIZERS' | 'REPRESENTATIVES' | 'OPERATORS';

/** The authorization matrix's EXPECTED table, read from its source (importing a spec would run it). */
function policies(): Record<string, Policy> {
  const source = readFileSync(join(__dirname, '../src/accounts/authorization-matrix.int.spec.ts'), 'utf8');
  const table: Record<string, Policy> = {};
  for (const m of source.matchAll(/^\s*'((?:GET|POST|PUT|PATCH|DELETE) [^']+)': (PUBLIC|SIGNED_IN|ORGANIZERS|REPRESENTATIVES|OPERATORS),/gm))
    table[m[1]] = m[2] as Policy;
  return table;
}

// ---------------------------------------------------------------- valid bodies from the schema

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function exampleOf(s: Schema): Json {
  if (s.example !== undefined) return structuredClone(s.example) as Json;
  if (s.enum?.length) return s.enum[0] as Json;
  switch (s.type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, exampleOf(v)]));
    case 'array':
      return s.items ? [exampleOf(s.items)] : [];
    case 'string':
      if (s.format === 'uuid') return GHOST;
      if (s.format === 'date-time') return '2030-01-01T00:00:00Z';
      return 'テスト';
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

const isPlain = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Route-specific values win; arrays are replaced whole. */
function merge(base: Json, over: Json | undefined): Json {
  if (over === undefined) return base;
  if (isPlain(base) && isPlain(over)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = merge(base[k] ?? null, v);
    return out;
  }
  return over;
}

// ---------------------------------------------------------------- what the document says is invalid

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why the document itself rules `value` out, or null if it may be valid (the API may still refuse it). */
function violation(s: Schema, value: unknown, path: string, optional: boolean): string | null {
  if (value === undefined) return optional ? null : `${path} is required`;
  if (value === null) return s.nullable || optional ? null : `${path} may not be null`;
  if (s.enum && !s.enum.includes(value)) return `${path} is outside its enum`;
  switch (s.type) {
    case 'string':
      if (typeof value !== 'string') return `${path} must be a string`;
      // Lengths in code points, as JSON Schema (and class-validator's MaxLength) count them: 😀 is one.
      if ([...value].length >= HUGE) return `${path} is ${[...value].length} characters long`;
      if (s.maxLength !== undefined && [...value].length > s.maxLength) return `${path} is longer than ${s.maxLength}`;
      if (s.format === 'uuid' && !UUID.test(value)) return `${path} is not a uuid`;
      return null;
    case 'integer':
    case 'number':
      if (typeof value !== 'number') return `${path} must be a number`;
      if (s.type === 'integer' && !Number.isInteger(value)) return `${path} must be an integer`;
      if (s.minimum !== undefined && value < s.minimum) return `${path} is below ${s.minimum}`;
      if (s.maximum !== undefined && value > s.maximum) return `${path} is above ${s.maximum}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${path} must be a boolean`;
    case 'array': {
      if (!Array.isArray(value)) return `${path} must be an array`;
      if (!s.items) return null;
      for (const [i, item] of value.entries()) {
        const v = violation(s.items, item, `${path}.${i}`, false);
        if (v) return v;
      }
      return null;
    }
    case 'object': {
      if (!isPlain(value)) return `${path || 'the body'} must be an object`;
      if (!s.properties) return null;
      for (const key of Object.keys(value)) if (!(key in s.properties)) return `${path ? `${path}.` : ''}${key} is not a known field`;
      for (const [key, prop] of Object.entries(s.properties)) {
        const v = violation(prop, value[key], path ? `${path}.${key}` : key, !(s.required ?? []).includes(key));
        if (v) return v;
      }
      return null;
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------- hostile values

const INVALID_DATES = [
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
const INVALID_TIMES = ['25:00', '24:60', '24:00', '23:60', '-1:00', '9:00', '09:00:00', '10:00 ', '１０:００', '99:99', '00:00', '23:59', '12:5', 'noon'];
const INVALID_INSTANTS = [
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
const SURROGATES = ['\ud800', '\udfff', 'a\ud83db', '\ud83d\ude00'];
const HOSTILE_STRINGS = [
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
const HUGE_STRINGS = ['x'.repeat(HUGE), '😀'.repeat(HUGE), 'あ'.repeat(HUGE), '\u0000'.repeat(HUGE)];
const HOSTILE_NUMBERS = [
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
const RAW_NUMBERS = ['1e400', '-1e400', '-0.0', '1E2', '123456789012345678901234567890', '0.00000000000000000000000001', '1.0000000000000000000001'];
const RAW = (token: string) => `__RAW__${token}__`;

function deepObject(depth: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
function deepArray(depth: number): Json {
  let v: Json = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
const ownKey = (key: string, value: Json): Record<string, Json> => {
  const o: Record<string, Json> = {};
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
  return o;
};
const STRUCTURES: Json[] = [
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

const anyJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

/** Values aimed at a field of this schema: its own type gone wrong, and every other type. */
function hostileFor(s: Schema, known: string[]): fc.Arbitrary<unknown> {
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

type Path = (string | number)[];

/** Every position in a valid body (nested ones included), with the schema it has there and whether it may be left out. */
function positions(s: Schema, value: Json, path: Path = [], optional = false): { path: Path; schema: Schema; optional: boolean }[] {
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

function setAt(root: Json, path: Path, value: unknown): Json {
  const copy = structuredClone(root);
  let at = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete at[last];
  else Object.defineProperty(at, last, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Objects in the body (the root included) where an unknown field can go. */
function objectPaths(s: Schema, value: Json, path: Path = []): { path: Path; schema: Schema }[] {
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
function replaceAll(schema: Schema, valid: Json, type: string, value: Json): Json {
  let body = valid;
  for (const spot of positions(schema, valid).reverse()) if (spot.schema.type === type) body = setAt(body, spot.path, value);
  return body;
}

function nullEverywhere(v: Json): Json {
  if (Array.isArray(v)) return v.map(nullEverywhere);
  if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nullEverywhere(x)]));
  return null;
}

// ---------------------------------------------------------------- requests

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; text: string }
  | { kind: 'multipart'; files: { field: string; bytes: Buffer; name: string }[]; fields: Record<string, string> };

interface Case {
  label: string;
  pathIndex: number[];
  /** '' or '?…', already encoded. */
  query: string;
  body: Body;
}

const GARBAGE_IDS = [
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

/**
 * A path segment for any string: percent-encoded UTF-8, and for a lone surrogate (which
 * encodeURIComponent refuses) the three bytes it would take in WTF-8, i.e. an invalid UTF-8 sequence.
 */
function encodePathSegment(s: string): string {
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
function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"__RAW__(.*?)__"/g, '$1');
}

function describeCase(c: Case, url: string): string {
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

function send(client: Client, route: Route, url: string, body: Body): request.Test {
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

// ---------------------------------------------------------------- the database, before and after

type Snapshot = TableDigests;

function snapshotQuery(t: TestApp): Promise<() => Promise<Snapshot>> {
  // A refused request may not insert, delete or update anything.
  return tableDigester((sql) => t.db.query(sql));
}

function changedTables(before: Snapshot, after: Snapshot, ignore: string[]): string[] {
  return [...after.keys()].filter((k) => !ignore.includes(k) && before.get(k) !== after.get(k)).map((k) => `${k} (${before.get(k)} → ${after.get(k)})`);
}

// ---------------------------------------------------------------- the test

interface Ids {
  fair2023: string;
  openFair: string;
  draftFair: string;
  roomId: string;
  venueId: string;
  booth2023: string;
  boothOpen: string;
  spareBoothOpen: string;
  app2023: string;
  appOpen: string;
  appAccepted: string;
  assignment2023: string;
  assignmentOpen: string;
  guest: string;
  spareGuest: string;
  appearance: string;
  stage: string;
  spareStage: string;
  miyako: string;
  narita: string;
  spareMunicipality: string;
  ownerVillage: string;
  agreement: string;
  spareAgreement: string;
  webhook: string;
  invitation: string;
  invitationToken: string;
  spareMembership: string;
  spareHost: string;
  ownMembership: string;
}

interface RouteSetup {
  /** Candidate real values per path parameter (garbage ones are added to every route). */
  ids?: Record<string, string[]>;
  /** A valid body, merged over the one built from the schema's examples. */
  body?: Json;
  /** Runs after the routes with a lower number (state-changing routes last). */
  order?: number;
  /** Tables a refusal may change by design. */
  mayWrite?: string[];
}

const withoutTimes = (a: Json): Record<string, Json> =>
  Object.fromEntries(Object.entries(a as Record<string, Json>).filter(([k]) => k !== 'start' && k !== 'end'));

function setups(ids: Ids): Record<string, RouteSetup> {
  const openDays = FAIR_2027_DAYS.map((d) => d.date);
  const application = applicationInput(openDays.slice(0, 2)) as unknown as Json;
  const appearance: Json = {
    guestId: ids.guest,
    date: '2023-02-18',
    start: '13:30',
    end: '14:00',
    durationMinutes: null,
    approximate: false,
    location: { kind: 'stage', stageId: ids.stage },
    status: 'confirmed',
    publicNote: 'ステージでご挨拶',
  };
  // A small fair document as GET /api/fairs/:id/export writes it: a booth, a stage, an exhibitor placed on the booth, a guest on the stage.
  const importDocument: Json = {
    format: 'bussanten-fair',
    version: 1,
    exportedAt: '2026-11-25T09:00:00.000Z',
    fair: {
      slug: 'hostile-import',
      title: '読み込み物産展',
      titleEn: null,
      description: null,
      status: 'accepting',
      programme: null,
      samplePlan: false,
      applicationsOpenAt: null,
      applicationsCloseAt: null,
      venue: { name: 'イオンスタイル品川シーサイド', address: '東京都品川区東品川4-12-5' },
      room: { name: '地下1階催事場', widthM: 30, depthM: 20 },
      days: [
        { date: '2032-05-01', opens: '10:00', closes: '18:00' },
        { date: '2032-05-02', opens: '10:00', closes: '17:00' },
      ],
      stages: [{ name: 'ステージ', nameEn: null, shared: false }],
      booths: [
        {
          code: 'A1',
          x: 1,
          y: 1,
          width: 4,
          depth: 3,
          powerWatts: 500,
          fridge: true,
          freezer: false,
          water: false,
          cookingAllowed: false,
          tags: ['corner'],
          prime: 2,
        },
      ],
      applications: [
        {
          municipality: { prefectureCode: 12, name: '成田市' },
          status: 'accepted',
          days: ['2032-05-01', '2032-05-02'],
          products: [{ name: '栗羊羹', category: 'sweets', priceMin: 800, priceMax: 2000, food: true, alcohol: false }],
          needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
          permit: { status: 'toBeArranged', number: null, healthCentre: null },
          staffCount: 2,
          staff: [{ name: '成田 太郎', phone: '090-1234-5678' }],
          vehicle: null,
          loadInTime: '08:30',
          note: null,
          tieLabel: null,
          decisionMessage: null,
          submittedBy: null,
          submittedAt: '2032-03-01T01:00:00.000Z',
          assignments: [{ booth: 'A1', from: '2032-05-01', to: '2032-05-02', pinned: false, overridden: false, createdBy: null }],
          history: [{ at: '2032-03-02T01:00:00.000Z', actor: null, action: 'decided', status: 'accepted', message: null }],
        },
      ],
      guests: [
        {
          name: '読み込みゲスト',
          nameEn: null,
          kind: 'mascot',
          ownerMunicipality: { prefectureCode: 12, name: '成田市' },
          profile: null,
          profileEn: null,
          contact: null,
          travelBufferMinutes: 60,
          appearances: [
            {
              startsAt: '2032-05-01T04:30:00.000Z',
              endsAt: '2032-05-01T05:00:00.000Z',
              approximate: false,
              location: { kind: 'stage', stage: 'ステージ' },
              status: 'confirmed',
              publicNote: null,
            },
          ],
        },
      ],
    },
  };
  const booth: Json = {
    code: 'H1',
    x: 1,
    y: 12,
    width: 2,
    depth: 2,
    powerWatts: 500,
    fridge: false,
    freezer: false,
    water: false,
    cookingAllowed: false,
    tags: [],
    prime: 1,
  };
  return {
    // Every failed sign-in is recorded (sign_in_failures) to rate-limit guessing: that write is the point.
    // The body's e-mail names no account, so the demo accounts are never slowed down; the route runs
    // last, as it soon answers 429 to this test's address for 15 minutes.
    'POST /api/auth/sign-in': { body: { email: 'nobody@hostile.invalid', password: 'not the password' }, order: 9, mayWrite: ['sign_in_failures'] },
    // A reset request writes a token row and an outbox row whether or not the address has an account.
    'POST /api/auth/password-reset': { body: { email: 'nobody@hostile.invalid' }, mayWrite: ['password_reset_tokens', 'outbox_messages'] },
    'POST /api/auth/password-reset/:token': { body: { password: 'a long enough password 42' } },
    'POST /api/auth/sign-out': { order: 9 },
    // Ends the caller's other sessions: late, with the password change (which does the same).
    'POST /api/me/sessions/sign-out-others': { order: 8 },
    'POST /api/auth/password': { body: { currentPassword: 'spare organizer password', newPassword: 'a brand new long password 42' }, order: 8 },
    'POST /api/invitations/:token/accept': { ids: { token: [ids.invitationToken] }, body: { password: 'a long enough password 42', displayName: '招待 太郎' } },
    'POST /api/people/invitations': { body: { email: 'staff@city.hostile.example', role: 'representative', municipalityId: ids.narita, displayName: '職員' } },
    'POST /api/people/invitations/:id/resend': { ids: { id: [ids.invitation] } },
    'POST /api/people/:id/disable': { ids: { id: [ids.spareMembership] }, order: 5 },
    'POST /api/people/:id/enable': { ids: { id: [ids.spareMembership] }, order: 5 },
    'POST /api/people/invitations/:id/revoke': { ids: { id: [ids.invitation] }, order: 6 },
    'POST /api/auth/membership': { body: { membershipId: ids.ownMembership } },
    'POST /api/operator/hosts': {
      body: { name: '新しい区', nameEn: 'New City', organizerEmail: 'first@new-city.hostile.example', organizerName: '最初 主催者' },
    },
    'POST /api/operator/hosts/:id/disable': { ids: { id: [ids.spareHost] }, order: 5 },
    'POST /api/operator/hosts/:id/enable': { ids: { id: [ids.spareHost] }, order: 5 },
    'POST /api/fairs': {
      body: {
        slug: 'hostile-2030',
        roomId: ids.roomId,
        days: [{ date: '2030-10-01', opens: '10:00', closes: '18:00' }],
        applicationsOpenAt: null,
        applicationsCloseAt: null,
      },
    },
    'PUT /api/fairs/:id': {
      ids: { id: [ids.openFair, ids.fair2023] },
      body: {
        title: 'テスト物産展 hostile-open',
        slug: 'hostile-open',
        roomId: ids.roomId,
        days: FAIR_2027_DAYS as unknown as Json,
        applicationsOpenAt: null,
        applicationsCloseAt: null,
      },
    },
    'POST /api/fairs/:id/status': { ids: { id: [ids.draftFair, ids.fair2023] }, body: { status: 'accepting' }, order: 5 },
    'DELETE /api/fairs/:id': { ids: { id: [ids.draftFair, ids.fair2023] }, order: 7 },
    'POST /api/fairs/import': { body: importDocument },
    'POST /api/venues': { body: { name: 'ホスタイル会場', address: '東京都品川区', rooms: [{ name: 'A室', widthM: 10, depthM: 10 }] } },
    'PUT /api/venues/:id': { ids: { id: [ids.venueId] }, body: { rooms: [{ id: ids.roomId, name: '地下1階催事場', widthM: 30, depthM: 20 }] } },
    'POST /api/fairs/:id/booths': { ids: { id: [ids.openFair, ids.draftFair] }, body: booth },
    'POST /api/fairs/:id/booths/copy': { ids: { id: [ids.draftFair, ids.openFair] }, body: { fromFairId: ids.fair2023 } },
    'PUT /api/fairs/:id/booths/:boothId': {
      ids: { id: [ids.openFair, ids.fair2023], boothId: [ids.spareBoothOpen, ids.booth2023] },
      body: { ...(booth as object), code: 'Z9', x: 26, y: 12 },
    },
    'DELETE /api/fairs/:id/booths/:boothId': { ids: { id: [ids.openFair, ids.fair2023], boothId: [ids.spareBoothOpen, ids.booth2023] }, order: 7 },
    'POST /api/applications/:id/assignments': {
      ids: { id: [ids.appAccepted, ids.app2023] },
      body: { boothId: ids.boothOpen, from: openDays[2], to: openDays[3] },
    },
    'PUT /api/assignments/:id': { ids: { id: [ids.assignmentOpen, ids.assignment2023] }, body: { boothId: ids.boothOpen, from: openDays[2], to: openDays[4] } },
    'DELETE /api/assignments/:id': { ids: { id: [ids.assignmentOpen, ids.assignment2023] }, order: 7 },
    'PUT /api/assignments/:id/pin': { ids: { id: [ids.assignmentOpen, ids.assignment2023] }, body: { pinned: true } },
    'POST /api/fairs/:id/assignment-proposal': { ids: { id: [ids.openFair, ids.fair2023] }, body: { seed: 1 } },
    'POST /api/fairs/:id/assignment-proposal/accept': {
      ids: { id: [ids.openFair, ids.fair2023] },
      body: { changes: [{ applicationId: ids.appAccepted, expectedBoothId: null, boothId: ids.boothOpen }] },
    },
    'POST /api/my/fairs/:fairId/application': { ids: { fairId: [ids.openFair, ids.fair2023] }, body: application },
    'PUT /api/my/applications/:id': { ids: { id: [ids.appOpen, ids.app2023] }, body: application },
    'POST /api/my/applications/:id/withdraw': { ids: { id: [ids.appOpen, ids.app2023] }, order: 6 },
    'POST /api/fairs/:id/applications/decisions': {
      ids: { id: [ids.fair2023, ids.openFair] },
      body: { status: 'waitlisted', message: null, applicationIds: [ids.app2023] },
      order: 4,
    },
    'POST /api/applications/:id/decision': {
      ids: { id: [ids.app2023, ids.appAccepted] },
      body: { status: 'accepted', message: 'ご出展をお待ちしています' },
      order: 4,
    },
    'PUT /api/applications/:id/tie': { ids: { id: [ids.app2023, ids.appOpen] } },
    'POST /api/guests': { body: { kind: 'ambassador', ownerMunicipalityId: ids.miyako, travelBufferMinutes: 60 } },
    'PUT /api/guests/:id': { ids: { id: [ids.guest, ids.spareGuest] }, body: { kind: 'ambassador', ownerMunicipalityId: null, travelBufferMinutes: 30 } },
    'DELETE /api/guests/:id': { ids: { id: [ids.spareGuest, ids.guest] }, order: 7 },
    'POST /api/guests/:id/photo': { ids: { id: [ids.guest] } },
    'DELETE /api/guests/:id/photo': { ids: { id: [ids.guest] }, order: 7 },
    'POST /api/fairs/:id/stages': { ids: { id: [ids.fair2023, ids.openFair] }, body: { name: 'ホスタイルステージ', nameEn: null, shared: false } },
    'PUT /api/fairs/:id/stages/:stageId': { ids: { id: [ids.fair2023], stageId: [ids.stage] }, body: { name: 'ステージ', nameEn: 'Stage', shared: true } },
    'DELETE /api/fairs/:id/stages/:stageId': { ids: { id: [ids.fair2023], stageId: [ids.spareStage, ids.stage] }, order: 7 },
    'POST /api/fairs/:id/appearances': { ids: { id: [ids.fair2023] }, body: appearance },
    'POST /api/fairs/:id/appearances/repeat': {
      ids: { id: [ids.fair2023] },
      body: { ...withoutTimes(appearance), durationMinutes: 30, starts: ['16:30', '17:30'] },
    },
    'POST /api/fairs/:id/appearances/check': { ids: { id: [ids.fair2023, ids.openFair] }, body: appearance },
    'PUT /api/appearances/:id': { ids: { id: [ids.appearance] }, body: { ...(appearance as object), date: '2023-02-19', start: '13:30', end: '14:00' } },
    'DELETE /api/appearances/:id': { ids: { id: [ids.appearance] }, order: 7 },
    'POST /api/fairs/:id/releases': { ids: { id: [ids.fair2023, ids.openFair] } },
    'POST /api/webhooks': { body: { url: 'https://example.jp/bussanten-hook' } },
    'DELETE /api/webhooks/:id': { ids: { id: [ids.webhook] }, order: 7 },
    'POST /api/webhooks/:id/test': { ids: { id: [ids.webhook] } },
    'POST /api/municipalities': {
      body: {
        name: 'ホスタイル村',
        reading: 'ほすたいるむら',
        nameEn: 'Hostile',
        prefectureCode: 13,
        kind: 'village',
        localGovernmentCode: null,
        population: 100,
        areaKm2: 1.5,
        website: null,
        notes: null,
      },
    },
    'PATCH /api/municipalities/:id': {
      ids: { id: [ids.narita, ids.spareMunicipality] },
      body: {
        name: '成田市',
        reading: 'なりたし',
        nameEn: 'Narita',
        prefectureCode: 12,
        kind: 'city',
        localGovernmentCode: null,
        population: 130_000,
        areaKm2: 213.84,
        website: null,
        notes: null,
      },
    },
    // 宮古市 has a representative, the owner village a guest: both must be refused, not deleted.
    'DELETE /api/municipalities/:id': { ids: { id: [ids.spareMunicipality, ids.narita, ids.miyako, ids.ownerVillage] }, order: 7 },
    'POST /api/agreements': {
      body: {
        kind: 'exchange',
        signedOn: '2002-04-01',
        signedYear: null,
        explanation: null,
        parties: [{ municipalityId: ids.narita, activities: ['物産展'] }],
      },
    },
    'PATCH /api/agreements/:id': {
      ids: { id: [ids.spareAgreement, ids.agreement] },
      body: { title: '改題された協定', parties: [{ municipalityId: ids.spareMunicipality, activities: [] }] },
    },
    'DELETE /api/agreements/:id': { ids: { id: [ids.spareAgreement] }, order: 7 },
  };
}

describe('hostile input on every write route (property-based, real PostgreSQL)', () => {
  let t: TestApp;
  let doc: OpenApi;
  let ids: Ids;
  const clients = {} as Record<Policy, Client>;
  let png: Buffer;
  let snapshot: () => Promise<Snapshot>;
  let last: Snapshot;
  const stats: Record<string, Record<number, number>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    if (process.env['HOSTILE_DEBUG']) t.app.useLogger(new ConsoleLogger());
    doc = (await t.anonymous.get('/api/openapi.json').expect(200)).body;
    const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const yamakita = await t.signIn(DEMO.yamakita.email, DEMO.yamakita.password);
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;

    // A spare organizer of 品川区 for the routes that end or change a session, and one to disable.
    const [host] = await t.db.query(`SELECT id FROM hosts LIMIT 1`);
    const spareMemberships: string[] = [];
    for (const email of ['spare-a@hostile.example', 'spare-b@hostile.example']) {
      spareMemberships.push(
        (await addMember(t, { email, displayName: '予備 主催者', password: 'spare organizer password', role: 'organizer', hostId: host.id })).membershipId,
      );
    }
    // The operator, and a host of its own to switch off and on.
    await addMember(t, { email: 'operator@hostile.example', password: 'operator password here', role: 'operator' });
    const spareHost = await createHost(t, '予備区');
    clients.PUBLIC = t.anonymous;
    clients.ORGANIZERS = t.http;
    clients.REPRESENTATIVES = miyako;
    clients.SIGNED_IN = await t.signIn('spare-a@hostile.example', 'spare organizer password');
    clients.OPERATORS = await t.signIn('operator@hostile.example', 'operator password here');

    const fair2023 = await one(`SELECT id FROM fairs WHERE slug = 'koryu-toshi-2023'`);
    const open = await openFair(t, 'hostile-open');
    const venues = (await t.http.get('/api/venues').expect(200)).body;
    const draft = await t.http
      .post('/api/fairs')
      .send({ title: '下書き', slug: 'hostile-draft', roomId: venues[0].rooms[0].id, days: [{ date: '2031-05-01', opens: '10:00', closes: '17:00' }] })
      .expect(201);
    const appOpen = (
      await miyako
        .post(`/api/my/fairs/${open.id}/application`)
        .send(applicationInput(FAIR_2027_DAYS.map((d) => d.date).slice(0, 3)))
        .expect(201)
    ).body.id;
    const appAccepted = await acceptedApplication(t, yamakita, open.id, applicationInput(FAIR_2027_DAYS.map((d) => d.date)));
    const assignmentOpen = (
      await t.http
        .post(`/api/applications/${appAccepted}/assignments`)
        .send({ boothId: open.boothIds['A3'], from: FAIR_2027_DAYS[0].date, to: FAIR_2027_DAYS[4].date })
        .expect(201)
    ).body.id;
    const stage = (await t.http.post(`/api/fairs/${fair2023}/stages`).send({ name: 'メインステージ', nameEn: null, shared: false }).expect(201)).body.id;
    const spareStage = (await t.http.post(`/api/fairs/${fair2023}/stages`).send({ name: '予備ステージ', nameEn: null, shared: false }).expect(201)).body.id;
    const spareGuest = (
      await t.http
        .post('/api/guests')
        .send({ name: '予備ゲスト', nameEn: null, kind: 'ambassador', ownerMunicipalityId: null, profile: null, profileEn: null, contact: null })
        .expect(201)
    ).body.id;
    const spareMunicipality = (
      await t.http.post('/api/municipalities').send({ name: '予備村', reading: 'よびむら', prefectureCode: 13, kind: 'village' }).expect(201)
    ).body.id;
    const narita = await one(`SELECT id FROM municipalities WHERE name = '成田市'`);
    // A village that sends a guest, and a guest appearing at a booth nobody holds: rows that refer to them.
    const ownerVillage = (
      await t.http.post('/api/municipalities').send({ name: '送り出し村', reading: 'おくりだしむら', prefectureCode: 13, kind: 'village' }).expect(201)
    ).body.id;
    const ownedGuest = (
      await t.http
        .post('/api/guests')
        .send({ name: '村のゆるキャラ', nameEn: null, kind: 'mascot', ownerMunicipalityId: ownerVillage, profile: null, profileEn: null, contact: null })
        .expect(201)
    ).body.id;
    await t.http
      .post(`/api/fairs/${open.id}/appearances`)
      .send({
        guestId: ownedGuest,
        date: FAIR_2027_DAYS[0].date,
        start: '11:00',
        end: '11:30',
        durationMinutes: null,
        approximate: false,
        location: { kind: 'booth', boothId: open.boothIds['C2'] },
        status: 'confirmed',
        publicNote: null,
      })
      .expect(201);
    const spareAgreement = (
      await t.http
        .post('/api/agreements')
        .send({ kind: 'exchange', title: '予備協定', parties: [{ municipalityId: spareMunicipality }] })
        .expect(201)
    ).body.id;
    const webhook = (await t.http.post('/api/webhooks').send({ url: 'https://example.jp/hostile-hook' }).expect(201)).body.id;
    const invitation = (
      await t.http.post('/api/people/invitations').send({ email: 'invited@hostile.example', role: 'representative', municipalityId: narita }).expect(201)
    ).body;
    ids = {
      fair2023,
      openFair: open.id,
      draftFair: draft.body.id,
      roomId: venues[0].rooms[0].id,
      venueId: venues[0].id,
      booth2023: await one(`SELECT b.id FROM booths b WHERE b.fair_id = $1 AND b.code = 'A1'`, [fair2023]),
      boothOpen: open.boothIds['A4'],
      spareBoothOpen: open.boothIds['C2'],
      app2023: await one(`SELECT a.id FROM applications a JOIN municipalities m ON m.id = a.municipality_id WHERE a.fair_id = $1 AND m.name = '宮古市'`, [
        fair2023,
      ]),
      appOpen,
      appAccepted,
      assignment2023: await one(`SELECT id FROM booth_assignments WHERE fair_id = $1 LIMIT 1`, [fair2023]),
      assignmentOpen,
      guest: await one(`SELECT id FROM guests WHERE name = 'ハタチの龍馬'`),
      spareGuest,
      appearance: await one(`SELECT id FROM appearances WHERE fair_id = $1 LIMIT 1`, [fair2023]),
      stage,
      spareStage,
      miyako: await one(`SELECT id FROM municipalities WHERE name = '宮古市'`),
      narita,
      spareMunicipality,
      ownerVillage,
      agreement: await one(`SELECT id FROM agreements LIMIT 1`),
      spareAgreement,
      webhook,
      invitation: invitation.id,
      invitationToken: new URL(invitation.link).pathname.split('/').pop() as string,
      spareMembership: spareMemberships[1],
      spareHost,
      ownMembership: spareMemberships[0],
    };
    png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    snapshot = await snapshotQuery(t);
    last = await snapshot();
  });
  afterAll(() => t?.close());

  it('finds every write route of the document in the authorization matrix', () => {
    const table = policies();
    expect(
      writeRoutes(doc)
        .filter((r) => !table[r.key])
        .map((r) => r.key),
    ).toEqual([]);
  });

  /**
   * Sends fast-check's cases for one route and checks each answer; returns the first failure (with
   * its request) or null. `last` is the database as the previous request left it.
   */
  async function fuzz(
    route: Route,
    setup: RouteSetup,
    client: Client,
    cases: (urlOf: (index: number[]) => string, pathIndex: fc.Arbitrary<number[]>) => fc.Arbitrary<Case>,
    examples: [Case][],
  ): Promise<string | null> {
    const candidates = route.params.map((p) => {
      const real = setup.ids?.[p] ?? [];
      return [...real, ...real.map((id) => id.toUpperCase()), ...GARBAGE_IDS];
    });
    // Real ids most of the time, so the bodies reach the services; garbage ids the rest.
    const pathIndex = fc.tuple(
      ...candidates.map((c) => {
        const realCount = c.length - GARBAGE_IDS.length;
        return realCount > 0
          ? fc.oneof({ arbitrary: fc.nat(realCount - 1), weight: 4 }, { arbitrary: fc.integer({ min: realCount, max: c.length - 1 }), weight: 1 })
          : fc.nat(c.length - 1);
      }),
    );
    const urlOf = (index: number[]) =>
      route.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodePathSegment(candidates[route.params.indexOf(name)][index[route.params.indexOf(name)]]));

    const check = async (c: Case): Promise<void> => {
      const url = urlOf(c.pathIndex) + c.query;
      const res = await send(client, route, url, c.body);
      if (process.env['HOSTILE_STATS']) {
        const key =
          !c.label.includes(' ') || ['the valid body', 'JSON after a BOM', 'JSON sent as text/plain'].includes(c.label)
            ? `${route.key} (${c.label} ${res.status} ${res.body?.code ?? ''} ${JSON.stringify(res.body?.details ?? '').slice(0, 200)})`
            : route.key;
        (stats[key] ??= {})[res.status] = ((stats[key] ??= {})[res.status] ?? 0) + 1;
        if (res.body?.message === 'The data conflicts with what is stored')
          (stats[`DB ${route.key} ${JSON.stringify(res.body.details)} ${describeCase(c, url)}`] ??= {})[res.status] = 1;
      }
      const now = await snapshot();
      const problems: string[] = [];
      if (res.status >= 500) problems.push(`answered ${res.status} ${JSON.stringify(res.body)}`);
      if (res.status >= 400) {
        const b = res.body as { code?: unknown; message?: unknown; details?: unknown };
        if (
          !/^application\/json/.test(String(res.headers['content-type'])) ||
          typeof b.code !== 'string' ||
          typeof b.message !== 'string' ||
          !Array.isArray(b.details)
        ) {
          problems.push(`error ${res.status} is not { code, message, details[] }: ${res.headers['content-type']} ${JSON.stringify(res.body).slice(0, 300)}`);
        }
      }
      const changed = changedTables(last, now, setup.mayWrite ?? []);
      if (changed.length && (res.status >= 400 || route.method === 'get'))
        problems.push(`${route.method === 'get' ? 'a read' : 'refused'} with ${res.status} ${res.body?.code ?? ''} but wrote: ${changed.join('; ')}`);
      if (res.status < 400 && route.body && c.body.kind === 'json') {
        // Judged on what the server parses: 1.0000000000000000000001 arrives as 1.
        const why = violation(route.body, JSON.parse(jsonText(c.body.value)), '', false);
        if (why) problems.push(`accepted (${res.status}) although ${why}`);
      }
      last = now;
      if (problems.length) throw new Error(`${route.key}: ${problems.join(' | ')}\n    request: ${describeCase(c, url)}`);
    };

    const out = await fc.check(fc.asyncProperty(cases(urlOf, pathIndex), check), { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true, examples });
    return out.failed ? (out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance)) : null;
  }

  afterAll(() => {
    if (process.env['HOSTILE_STATS']) writeFileSync(process.env['HOSTILE_STATS'], JSON.stringify(stats, null, 1));
  });

  it('never answers 5xx, always explains a refusal as { code, message, details }, and a refusal writes nothing', async () => {
    const table = policies();
    const config = setups(ids);
    const routes = writeRoutes(doc).sort((a, b) => (config[a.key]?.order ?? 0) - (config[b.key]?.order ?? 0));
    const failures: string[] = [];
    for (const route of routes) {
      const setup = config[route.key] ?? {};
      const bodies = bodyCases(route, setup, ids);
      const query = fc.oneof({ arbitrary: fc.constant(''), weight: 5 }, { arbitrary: hostileQuery(route, known(ids)), weight: 1 });
      const failure = await fuzz(
        route,
        setup,
        clients[table[route.key]],
        (_urlOf, pathIndex) => fc.tuple(pathIndex, bodies, query).map(([index, [label, body], q]) => ({ label, pathIndex: index, query: q, body })),
        fixedCases(
          route,
          setup,
          png,
          route.params.map(() => 0),
        ),
      );
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('answers hostile query strings on the read routes that take a query without 5xx, and they write nothing', async () => {
    const table = policies();
    const routes = routesOf(doc, ['get']).filter((r) => Object.keys(r.query).length);
    expect(routes.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const route of routes) {
      const setup: RouteSetup = { ids: { id: [ids.fair2023] } };
      const failure = await fuzz(
        route,
        setup,
        clients[table[route.key]],
        (_urlOf, pathIndex) =>
          fc
            .tuple(pathIndex, hostileQuery(route, known(ids)))
            .map(([index, q]) => ({ label: 'a hostile query', pathIndex: index, query: q, body: { kind: 'none' } })),
        [],
      );
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

/** The body a route takes when all is well: the schema's examples, with real ids and consistent values over them. */
function validBody(route: Route, setup: RouteSetup): Json {
  return route.body ? merge(exampleOf(route.body), setup.body) : {};
}

/** Cases every route gets once, before the random ones: non-JSON bodies and the whole body gone wrong. */
function fixedCases(route: Route, setup: RouteSetup, png: Buffer, realPath: number[]): [Case][] {
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

/** Random bodies for a route, each with a label saying what was done to it. */
const known = (ids: Ids): string[] => Object.values(ids).filter((v) => UUID.test(v));

/** A query string of the route's own parameters and strangers, with hostile values, repeated keys and broken escapes. */
function hostileQuery(route: Route, ids: string[]): fc.Arbitrary<string> {
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

function bodyCases(route: Route, setup: RouteSetup, ids: Ids): fc.Arbitrary<[string, Body]> {
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
