import * as argon2 from 'argon2';
import { assessPassword, loadPasswordEstimator } from '@bussanten/domain';
import { weakPassword } from './accounts.errors';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// Verifying against this when the e-mail is unknown takes as long as a real check, so response
// times do not tell which addresses have accounts.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('no account has this password, it only burns time');
  try {
    return await argon2.verify(hash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}

/**
 * Throws WEAK_PASSWORD naming `field` when the password breaks the rules in libs/domain, with
 * zxcvbn's score and feedback keys in the detail's meta (the UI translates them).
 */
export async function assertGoodPassword(field: string, password: string, email: string): Promise<void> {
  const { problem, estimate } = assessPassword(password, { email }, await loadPasswordEstimator());
  if (problem) throw weakPassword(field, problem, estimate);
}
