import type { OpenAPIObject } from '../common/openapi/openapi-schema';
import { openApiDocumentWithoutServer } from '../common/openapi/document-without-server';
import { responseSchema, validatorFor } from '../../test/openapi';
import { startTestApp, type TestApp } from '../../test/test-app';

/*
 * The public feeds as the OpenAPI document describes them (schemas made from libs/contracts) and as
 * the running app answers them agree: the demo fair's released feed, whole and for one day, the
 * index of fairs and an error body validate against the document's own schemas, and the same
 * schemas refuse a body that lacks a required field or has one of the wrong type.
 */
describe('the public feeds and the OpenAPI document (real PostgreSQL)', () => {
  let t: TestApp;
  let doc: OpenAPIObject;

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await t.anonymous.get('/api/openapi.json').expect(200)).body;
  });
  afterAll(() => t?.close());

  it('serves the document npm run lint:openapi lints (made without a server)', async () => {
    expect(doc).toEqual(await openApiDocumentWithoutServer());
  });

  it('has the feeds’ schemas from libs/contracts in its components', () => {
    expect(responseSchema(doc, 'get', '/api/public/fairs/{slug}', '200')).toEqual({ $ref: '#/components/schemas/PublicFair' });
    expect(responseSchema(doc, 'get', '/api/public/fairs/{slug}/days/{date}', '200')).toEqual({ $ref: '#/components/schemas/PublicFair' });
    expect(doc.components?.schemas?.['PublicFair']).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('the whole feed of the demo fair matches the schema, which refuses it without a required field or with a wrong type', async () => {
    const valid = validatorFor(doc, responseSchema(doc, 'get', '/api/public/fairs/{slug}', '200'));
    const feed = (await t.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200)).body;
    expect(feed.exhibitors.length).toBeGreaterThan(0);
    expect(feed.appearances.length).toBeGreaterThan(0);
    expect(valid(feed)).toEqual([]);

    const { release: _release, ...withoutRelease } = feed;
    expect(valid(withoutRelease)).toEqual([expect.stringContaining("should have required property 'release'")]);
    const unnamed = structuredClone(feed);
    delete unnamed.exhibitors[0].name;
    expect(valid(unnamed)).toEqual([expect.stringContaining("should have required property 'name'")]);
    const misTyped = structuredClone(feed);
    misTyped.days[0].short = 'no';
    expect(valid(misTyped)).toEqual([expect.stringContaining('.days[0].short should be boolean')]);
    expect(valid({ ...feed, staffPhone: '03-0000-0000' })).toEqual([expect.stringContaining('should NOT have additional properties')]);
  });

  it('the feed of one day matches its schema, which refuses it without a required field', async () => {
    const valid = validatorFor(doc, responseSchema(doc, 'get', '/api/public/fairs/{slug}/days/{date}', '200'));
    // A day with appearances (guests visit on some days only).
    const date = (await t.anonymous.get('/api/public/fairs/koryu-toshi-2023').expect(200)).body.appearances[0].date;
    const day = (await t.anonymous.get(`/api/public/fairs/koryu-toshi-2023/days/${date}`).expect(200)).body;
    expect(day.days).toHaveLength(1);
    expect(day.appearances.length).toBeGreaterThan(0);
    expect(valid(day)).toEqual([]);

    const appearance = structuredClone(day);
    delete appearance.appearances[0].startsAt;
    expect(valid(appearance)).toEqual([expect.stringContaining("should have required property 'startsAt'")]);
  });

  it('the index of fairs and an error body match their schemas', async () => {
    const listing = (await t.anonymous.get('/api/public/fairs').expect(200)).body;
    expect(listing.length).toBeGreaterThan(0);
    expect(validatorFor(doc, responseSchema(doc, 'get', '/api/public/fairs', '200'))(listing)).toEqual([]);

    const error = (await t.anonymous.get('/api/public/fairs/no-such-fair').expect(404)).body;
    const validError = validatorFor(doc, responseSchema(doc, 'get', '/api/public/fairs/{slug}', '404'));
    expect(validError(error)).toEqual([]);
    expect(validError({ ...error, code: 'NO_SUCH_CODE' })).toEqual([expect.stringContaining('.code should be equal to one of the allowed values')]);
  });
});
