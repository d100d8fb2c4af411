import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { DEMO, startTestApp, type TestApp } from '../../../test/test-app';

/** supertest's binary parser for image/jpeg, so the body arrives as a Buffer. */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('guest photos (real PostgreSQL, real files)', () => {
  let t: TestApp;
  let guestId: string;
  let otherHostsGuest: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: guestId }] = await t.db.query(
      `INSERT INTO guests (host_id, name, kind) VALUES ((SELECT id FROM hosts WHERE name = '品川区'), 'ハタチの龍馬', 'ambassador') RETURNING id`,
    );
    const [{ id: otherHost }] = await t.db.query(`INSERT INTO hosts (name) VALUES ('足立区') RETURNING id`);
    [{ id: otherHostsGuest }] = await t.db.query(`INSERT INTO guests (host_id, name, kind) VALUES ($1, 'ほかの区のキャラクター', 'mascot') RETURNING id`, [
      otherHost,
    ]);
  });
  afterAll(() => t.close());

  const photo = (width = 1200, height = 900) =>
    sharp({ create: { width, height, channels: 3, background: '#1e6fd9' } })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 37/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '139/1 44/1 0/1' } })
      .png()
      .toBuffer();
  const row = async (id = guestId) => (await t.db.query('SELECT photo_key AS key, photo_updated_at AS "updatedAt" FROM guests WHERE id = $1', [id]))[0];
  const files = () => readdir(t.photosDir);
  const upload = (bytes: Buffer, name = 'x.png', id = guestId) => t.http.post(`/api/guests/${id}/photo`).attach('photo', bytes, name);

  it('uploads a photo, then anyone can fetch it as a re-encoded JPEG with a strong ETag and 304s', async () => {
    const res = await upload(await photo());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ photoUrl: expect.stringMatching(new RegExp(`^/api/guests/${guestId}/photo\\?v=\\d+$`)) });
    const { key, updatedAt } = await row();
    expect(key).toMatch(new RegExp(`^${guestId}-[0-9a-f]{24}\\.jpg$`));
    expect(res.body.photoUrl).toBe(`/api/guests/${guestId}/photo?v=${(updatedAt as Date).getTime()}`);
    expect(await files()).toEqual([key]);
    const [audit] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'guest.photoChanged'`, [guestId]);
    expect(audit).toBeDefined();

    const got = await t.anonymous.get(res.body.photoUrl).buffer(true).parse(binary).expect(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['cache-control']).toBe('public, max-age=300');
    expect(got.headers['etag']).toMatch(/^"[0-9a-f-]+"$/);
    const jpeg = got.body as Buffer;
    expect(Number(got.headers['content-length'])).toBe(jpeg.length);
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 800, height: 600 });
    expect(meta.exif).toBeUndefined(); // the GPS position did not survive

    const again = await t.anonymous.get(`/api/guests/${guestId}/photo`).set('If-None-Match', got.headers['etag']).expect(304);
    expect(again.headers['etag']).toBe(got.headers['etag']);
    expect(again.text ?? '').toBe('');
    await t.anonymous.get(`/api/guests/${guestId}/photo`).set('If-None-Match', '"something-else"').expect(200);
  });

  it('the guest API reports the same photoUrl', async () => {
    const res = await t.http.get(`/api/guests/${guestId}`).expect(200);
    const { updatedAt } = await row();
    expect(res.body.photoUrl).toBe(`/api/guests/${guestId}/photo?v=${(updatedAt as Date).getTime()}`);
  });

  it('a second upload replaces the file: the old one is gone, the URL and ETag change', async () => {
    const before = await row();
    const oldTag = (await t.anonymous.get(`/api/guests/${guestId}/photo`).expect(200)).headers['etag'];
    const res = await upload(await photo(300, 200), 'second.jpg').expect(200);
    const after = await row();
    expect(after.key).not.toBe(before.key);
    expect(await files()).toEqual([after.key]);
    expect(existsSync(join(t.photosDir, before.key))).toBe(false);
    const got = await t.anonymous.get(res.body.photoUrl).expect(200);
    expect(got.headers['etag']).not.toBe(oldTag);
    await t.anonymous.get(`/api/guests/${guestId}/photo`).set('If-None-Match', oldTag).expect(200);
  });

  it('refuses an upload over 5 MB with 413 PAYLOAD_TOO_LARGE, and keeps the photo', async () => {
    const before = await row();
    const big = Buffer.concat([await photo(), Buffer.alloc(6 * 1024 * 1024, 1)]);
    const res = await upload(big, 'big.png').expect(413);
    expect(res.body).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.any(String),
      details: [expect.objectContaining({ field: 'photo', rule: 'maxSize' })],
      requestId: res.headers['x-request-id'],
    });
    expect(await row()).toEqual(before);
    expect(await files()).toEqual([before.key]);
  });

  it.each([
    ['a text file named photo.jpg', Buffer.from('just text, renamed to .jpg\n'), 'photo.jpg'],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 'x.svg'],
  ])('refuses %s with 415 UNSUPPORTED_IMAGE, and keeps the photo', async (_name, bytes, fileName) => {
    const before = await row();
    const res = await t.http.post(`/api/guests/${guestId}/photo`).attach('photo', bytes, { filename: fileName, contentType: 'image/jpeg' }).expect(415);
    expect(res.body).toEqual({
      code: 'UNSUPPORTED_IMAGE',
      message: expect.any(String),
      details: [{ field: 'photo', rule: 'imageType', message: expect.any(String) }],
      requestId: res.headers['x-request-id'],
    });
    expect(await row()).toEqual(before);
    expect(await files()).toEqual([before.key]);
  });

  it('refuses a GIF with 415', async () => {
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    await upload(gif, 'x.gif').expect(415);
  });

  it('answers 400 for a request without the photo field, with another field, or with two files', async () => {
    const url = `/api/guests/${guestId}/photo`;
    const none = await t.http.post(url).send({ photo: 'x' }).expect(400);
    expect(none.body.details).toEqual([expect.objectContaining({ field: 'photo', rule: 'required' })]);
    await t.http.post(url).field('name', 'x').expect(400);
    const wrongField = await t.http
      .post(url)
      .attach('image', await photo(), 'x.png')
      .expect(400);
    expect(wrongField.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'photo', rule: 'upload' }] });
    await t.http
      .post(url)
      .attach('photo', await photo(), 'a.png')
      .attach('photo', await photo(), 'b.png')
      .expect(400);
  });

  it("lets only organizers of the guest's host change the photo", async () => {
    const before = await row();
    const miyako = await t.signIn(DEMO.miyako.email, DEMO.miyako.password);
    const refused = await miyako
      .post(`/api/guests/${guestId}/photo`)
      .attach('photo', await photo(), 'x.png')
      .expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    await miyako.delete(`/api/guests/${guestId}/photo`).expect(403);
    await t.anonymous
      .post(`/api/guests/${guestId}/photo`)
      .attach('photo', await photo(), 'x.png')
      .expect(401);
    await t.anonymous.delete(`/api/guests/${guestId}/photo`).expect(401);

    const otherHost = await upload(await photo(), 'x.png', otherHostsGuest).expect(404);
    expect(otherHost.body.code).toBe('GUEST_NOT_FOUND');
    await t.http.delete(`/api/guests/${otherHostsGuest}/photo`).expect(404);
    await upload(await photo(), 'x.png', '7f000000-0000-4000-8000-000000000000').expect(404);
    await upload(await photo(), 'x.png', 'not-a-uuid').expect(404);
    expect(await row()).toEqual(before);
    expect(await files()).toEqual([before.key]);
  });

  it('answers 404 GUEST_NOT_FOUND for a guest without a photo, or no guest', async () => {
    const none = await t.anonymous.get(`/api/guests/${otherHostsGuest}/photo`).expect(404);
    expect(none.body.code).toBe('GUEST_NOT_FOUND');
    await t.anonymous.get('/api/guests/7f000000-0000-4000-8000-000000000000/photo').expect(404);
    await t.anonymous.get('/api/guests/..%2F..%2Fetc%2Fpasswd/photo').expect(404);
  });

  it('removes the photo: the file goes, the guest has none, removing again is fine', async () => {
    await t.http.delete(`/api/guests/${guestId}/photo`).expect(204);
    expect(await row()).toEqual({ key: null, updatedAt: null });
    expect(await files()).toEqual([]);
    const gone = await t.anonymous.get(`/api/guests/${guestId}/photo`).expect(404);
    expect(gone.body.code).toBe('GUEST_NOT_FOUND');
    await t.http.delete(`/api/guests/${guestId}/photo`).expect(204);
    const [audit] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'guest.photoRemoved'`, [guestId]);
    expect(audit.n).toBe(1);
  });
});
