import { ConsoleLogger } from '@nestjs/common';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { bodyCases, describeCase, fixedCases, hostileQuery, jsonText, known, send, encodePathSegment, type Case } from './hostile/cases';
import { routesOf, violation, writeRoutesOf, type OpenApi, type Route } from './hostile/openapi';
import { makeHostileRecords } from './hostile/records';
import { NO_QUERY, readRouteSetups, writeRouteSetups, type Ids, type RouteSetup } from './hostile/routes';
import { GARBAGE_IDS } from './hostile/values';
import { ROUTE_ACCESS, type Access } from './route-access';
import { startTestApp, type Client, type TestApp } from './test-app';
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
 *
 * The data lives in hostile/, for other tests to use: routes.ts has a row for every route of the
 * document (a route without one fails here) with the real ids its path takes and a valid body;
 * records.ts makes those records; values.ts holds the hostile strings, numbers, structures and ids;
 * cases.ts turns them into bodies and query strings; openapi.ts reads the document's schemas.
 */

// To explore further without editing the file: HOSTILE_SEED and HOSTILE_RUNS change the run,
// HOSTILE_DEBUG=1 logs the server's errors (a 500's stack), HOSTILE_STATS=<file> writes the statuses
// each route answered (to see the bodies reach the services, not only the validation pipe).
const SEED = Number(process.env['HOSTILE_SEED'] ?? 20_260_801);
const RUNS_PER_ROUTE = Number(process.env['HOSTILE_RUNS'] ?? 40);

// ---------------------------------------------------------------- the database, before and after

type Snapshot = TableDigests;

function snapshotQuery(t: TestApp): Promise<() => Promise<Snapshot>> {
  // A refused request may not insert, delete or update anything.
  return tableDigester((sql) => t.db.query(sql));
}

function changedTables(before: Snapshot, after: Snapshot, ignore: string[]): string[] {
  return [...after.keys()].filter((k) => !ignore.includes(k) && before.get(k) !== after.get(k)).map((k) => `${k} (${before.get(k)} → ${after.get(k)})`);
}

describe('hostile input on every write route (property-based, real PostgreSQL)', () => {
  let t: TestApp;
  let doc: OpenApi;
  let ids: Ids;
  let clients: Partial<Record<Access, Client>>;
  let png: Buffer;
  let snapshot: () => Promise<Snapshot>;
  let last: Snapshot;
  const stats: Record<string, Record<number, number>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    if (process.env['HOSTILE_DEBUG']) t.app.useLogger(new ConsoleLogger());
    doc = (await t.anonymous.get('/api/openapi.json').expect(200)).body;
    ({ ids, clients } = await makeHostileRecords(t));
    png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    snapshot = await snapshotQuery(t);
    last = await snapshot();
  });
  afterAll(() => t?.close());

  /** A client the route lets in (test/route-access.ts). */
  function clientOf(route: Route): Client {
    const client = clients[ROUTE_ACCESS[route.key]];
    if (!client) throw new Error(`${route.key}: no client for ${ROUTE_ACCESS[route.key] ?? 'a route missing from test/route-access.ts'}`);
    return client;
  }

  it('finds every route of the document in the authorization matrix', () => {
    expect(
      routesOf(doc)
        .filter((r) => !ROUTE_ACCESS[r.key])
        .map((r) => r.key),
    ).toEqual([]);
  });

  it('has a row in hostile/routes.ts for every route of the document, and none for a route the document lacks', () => {
    const sorted = (keys: string[]) => [...keys].sort();
    const reads = readRouteSetups(ids);
    const gets = routesOf(doc, ['get']);
    expect({
      writes: sorted(writeRoutesOf(doc).map((r) => r.key)),
      readsWithQuery: sorted(gets.filter((r) => Object.keys(r.query).length).map((r) => r.key)),
      readsWithoutQuery: sorted(gets.filter((r) => !Object.keys(r.query).length).map((r) => r.key)),
    }).toEqual({
      writes: sorted(Object.keys(writeRouteSetups(ids))),
      readsWithQuery: sorted(Object.keys(reads).filter((k) => reads[k] !== NO_QUERY)),
      readsWithoutQuery: sorted(Object.keys(reads).filter((k) => reads[k] === NO_QUERY)),
    });
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
    const config = writeRouteSetups(ids);
    const routes = writeRoutesOf(doc).sort((a, b) => (config[a.key]?.order ?? 0) - (config[b.key]?.order ?? 0));
    const failures: string[] = [];
    for (const route of routes) {
      const setup = config[route.key] ?? {};
      const bodies = bodyCases(route, setup, ids);
      const query = fc.oneof({ arbitrary: fc.constant(''), weight: 5 }, { arbitrary: hostileQuery(route, known(ids)), weight: 1 });
      const failure = await fuzz(
        route,
        setup,
        clientOf(route),
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
    const reads = readRouteSetups(ids);
    const routes = routesOf(doc, ['get']).filter((r) => Object.keys(r.query).length);
    expect(routes.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const route of routes) {
      const setup = reads[route.key];
      const failure = await fuzz(
        route,
        setup === NO_QUERY || setup === undefined ? {} : setup,
        clientOf(route),
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
