import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../test/test-database';
import { createOrganizer } from './create-organizer';
import { verifyPassword } from './passwords';

describe('createOrganizer (npm run create-organizer)', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDataSource());
  });
  afterAll(() => close());

  it('creates the host and its first organizer on a fresh install', async () => {
    const { userId } = await createOrganizer(db, { email: 'First@Shinagawa.example', displayName: '品川 一郎', password: 'sanma and soba at the fair', hostName: '品川区' });
    const [user] = await db.query('SELECT u.email, u.role, u.password_hash, h.name AS host FROM users u JOIN hosts h ON h.id = u.host_id WHERE u.id = $1', [userId]);
    expect(user).toMatchObject({ email: 'first@shinagawa.example', role: 'organizer', host: '品川区' });
    expect(await verifyPassword(user.password_hash, 'sanma and soba at the fair')).toBe(true);
    const [audit] = await db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [userId]);
    expect(audit.action).toBe('user.created_by_command');
  });

  it.each([
    [{ email: 'not-an-address' }, /e-mail/],
    [{ password: 'short' }, /at least 12/],
    [{ email: 'first@shinagawa.example' }, /already has an account/],
    [{ displayName: '  ' }, /display name/],
  ])('refuses %p', async (change, message) => {
    const input = { email: 'second@shinagawa.example', displayName: '品川 二郎', password: 'another long phrase', hostName: '品川区', ...change };
    await expect(createOrganizer(db, input)).rejects.toThrow(message);
  });
});
