import type { DataSource } from 'typeorm';
import { checkPassword, PASSWORD_PROBLEM_TEXT } from '@bussanten/domain';
import { hashPassword } from './passwords';
import { normaliseEmail } from './tokens';

export interface NewOrganizer {
  email: string;
  displayName: string;
  password: string;
  hostName: string;
  hostNameEn?: string | null;
}

/**
 * The first organizer of a fresh install (later ones are invited). Creates the host when it does
 * not exist yet. Throws an Error with a message for the person at the terminal.
 */
export async function createOrganizer(db: DataSource, input: NewOrganizer): Promise<{ userId: string; hostId: string }> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${input.email}" is not an e-mail address`);
  if (!input.displayName.trim()) throw new Error('the display name must not be blank');
  if (!input.hostName.trim()) throw new Error('the host name must not be blank');
  const problem = checkPassword(input.password, { email });
  if (problem) throw new Error(`the password ${PASSWORD_PROBLEM_TEXT[problem]}`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (m) => {
    if ((await m.query('SELECT 1 FROM users WHERE email = $1', [email])).length) throw new Error(`${email} already has an account`);
    await m.query('INSERT INTO hosts (name, name_en) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [input.hostName.trim(), input.hostNameEn ?? null]);
    const [{ id: hostId }] = await m.query('SELECT id FROM hosts WHERE name = $1', [input.hostName.trim()]);
    const [{ id: userId }] = await m.query(
      `INSERT INTO users (email, display_name, password_hash, role, host_id, invited_by_host_id, password_changed_at)
       VALUES ($1, $2, $3, 'organizer', $4, $4, now()) RETURNING id`,
      [email, input.displayName.trim(), passwordHash, hostId],
    );
    await m.query(
      `INSERT INTO audit_log (actor_id, host_id, action, entity_type, entity_id, changes) VALUES (NULL, $1, 'user.created_by_command', 'user', $2, $3)`,
      [hostId, userId, JSON.stringify({ email: { before: null, after: email }, role: { before: null, after: 'organizer' } })],
    );
    return { userId, hostId };
  });
}
