import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../test/test-database';
import { createOperator, createOrganizer } from './create-organizer';
import { verifyPassword } from './passwords';

describe('createOrganizer (npm run create-organizer)', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDataSource());
  });
  afterAll(() => close());

  it('creates the host and its first organizer on a fresh install', async () => {
    const { userId } = await createOrganizer(db, {
      email: 'First@Shinagawa.example',
      displayName: '品川 一郎',
      password: 'sanma and soba at the fair',
      hostName: '品川区',
    });
    const [user] = await db.query(
      'SELECT u.email, ms.role, u.password_hash, h.name AS host, ms.id AS "membershipId" FROM users u JOIN memberships ms ON ms.user_id = u.id JOIN hosts h ON h.id = ms.host_id WHERE u.id = $1',
      [userId],
    );
    expect(user).toMatchObject({ email: 'first@shinagawa.example', role: 'organizer', host: '品川区' });
    expect(await verifyPassword(user.password_hash, 'sanma and soba at the fair')).toBe(true);
    const [audit] = await db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [user.membershipId]);
    expect(audit.action).toBe('user.created_by_command');
  });

  it('adds a membership to an address that has an account (its password unchanged), for another host or as the operator', async () => {
    const { userId } = await createOrganizer(db, { email: 'first@shinagawa.example', displayName: 'ignored', password: null, hostName: '大田区' });
    await createOperator(db, { email: 'first@shinagawa.example', displayName: 'ignored', password: null });
    const rows = await db.query(
      `SELECT ms.role, h.name AS host FROM memberships ms LEFT JOIN hosts h ON h.id = ms.host_id WHERE ms.user_id = $1 ORDER BY ms.role, h.name`,
      [userId],
    );
    expect(rows).toEqual([
      { role: 'operator', host: null },
      { role: 'organizer', host: '品川区' },
      { role: 'organizer', host: '大田区' },
    ]);
    const [user] = await db.query('SELECT display_name AS "displayName", password_hash FROM users WHERE id = $1', [userId]);
    expect(user.displayName).toBe('品川 一郎');
    expect(await verifyPassword(user.password_hash, 'sanma and soba at the fair')).toBe(true);
    await expect(createOperator(db, { email: 'first@shinagawa.example', displayName: 'x', password: null })).rejects.toThrow(/operator already/);
  });

  it.each([
    [{ email: 'not-an-address' }, /e-mail/],
    [{ password: 'short' }, /at least 12/],
    [{ email: 'first@shinagawa.example' }, /organizer of this host already/],
    [{ displayName: '  ' }, /display name/],
  ])('refuses %p', async (change, message) => {
    const input = { email: 'second@shinagawa.example', displayName: '品川 二郎', password: 'another long phrase', hostName: '品川区', ...change };
    await expect(createOrganizer(db, input)).rejects.toThrow(message);
  });
});
