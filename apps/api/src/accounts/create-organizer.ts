import type { DataSource, EntityManager } from 'typeorm';
import { assessPassword, loadPasswordEstimator, PASSWORD_PROBLEM_TEXT } from '@bussanten/domain';
import { hashPassword } from './passwords';
import { normaliseEmail } from './tokens';

export interface NewMember {
  email: string;
  displayName: string;
  /** Needed only when the address has no account yet; an existing account keeps its password. */
  password: string | null;
}

export interface NewOrganizer extends NewMember {
  hostName: string;
  hostNameEn?: string | null;
}

/**
 * The first organizer of a host on a scripted install (later ones are invited). Creates the host
 * when it does not exist yet; an address that already has an account gains the membership.
 * Throws an Error with a message for the person at the terminal.
 */
export async function createOrganizer(db: DataSource, input: NewOrganizer): Promise<{ userId: string; hostId: string }> {
  if (!input.hostName.trim()) throw new Error('the host name must not be blank');
  return db.transaction(async (m) => {
    await m.query('INSERT INTO hosts (name, name_en) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [input.hostName.trim(), input.hostNameEn ?? null]);
    const [{ id: hostId }] = await m.query('SELECT id FROM hosts WHERE name = $1', [input.hostName.trim()]);
    const userId = await addMembership(m, input, 'organizer', hostId);
    return { userId, hostId };
  });
}

/** The install's operator (creates hosts in the UI; reads no host's data). The first one comes from this command. */
export async function createOperator(db: DataSource, input: NewMember): Promise<{ userId: string }> {
  return db.transaction(async (m) => ({ userId: await addMembership(m, input, 'operator', null) }));
}

/** Whether the address has an account already (then no password is needed). */
export async function hasAccount(db: DataSource, email: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM users WHERE email = $1', [normaliseEmail(email)])).length > 0;
}

async function addMembership(m: EntityManager, input: NewMember, role: 'organizer' | 'operator', hostId: string | null): Promise<string> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${input.email}" is not an e-mail address`);
  let [user] = await m.query('SELECT id FROM users WHERE email = $1 FOR UPDATE', [email]);
  if (!user) {
    if (!input.displayName.trim()) throw new Error('the display name must not be blank');
    const problem = input.password === null ? 'tooShort' : assessPassword(input.password, { email }, await loadPasswordEstimator()).problem;
    if (problem) throw new Error(`the password ${PASSWORD_PROBLEM_TEXT[problem]}`);
    [user] = await m.query(`INSERT INTO users (email, display_name, password_hash, password_changed_at) VALUES ($1, $2, $3, now()) RETURNING id`, [
      email,
      input.displayName.trim(),
      await hashPassword(input.password as string),
    ]);
  }
  const held = await m.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND role = $2 AND host_id IS NOT DISTINCT FROM $3`, [user.id, role, hostId]);
  if (held.length) throw new Error(`${email} is ${role === 'operator' ? 'the operator' : 'an organizer of this host'} already`);
  const [membership] = await m.query('INSERT INTO memberships (user_id, role, host_id) VALUES ($1, $2, $3) RETURNING id', [user.id, role, hostId]);
  await m.query(
    `INSERT INTO audit_log (actor_id, host_id, action, entity_type, entity_id, changes) VALUES (NULL, $1, 'user.created_by_command', 'membership', $2, $3)`,
    [hostId, membership.id, JSON.stringify({ email: { before: null, after: email }, role: { before: null, after: role } })],
  );
  return user.id;
}
