import { PASSWORD_MIN_SCORE, passwordUserInputs, type PasswordEstimate, type PasswordEstimator } from './password-strength';

/**
 * Password rules after current guidance (NIST SP 800-63B, OWASP ASVS 2.1): length, not
 * composition. At least 12 characters, at most 256, not containing the e-mail address, and hard to
 * guess by zxcvbn's estimate with the Japanese and English dictionaries (password-strength.ts).
 * No rules about digits or symbols, no forced rotation.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'containsEmail' | 'weak';

/**
 * The quick rules, without the estimator: null when they pass; otherwise why not. Length counts
 * characters (Japanese passphrases are fine).
 */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const folded = password.normalize('NFKC').toLowerCase();
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(local)) return 'containsEmail';
  return null;
}

export interface PasswordAssessment {
  problem: PasswordProblem | null;
  /** zxcvbn's estimate; null when the quick rules already refused (or the password is too long to estimate). */
  estimate: PasswordEstimate | null;
}

/** The whole rule: the quick rules, then zxcvbn's score must reach PASSWORD_MIN_SCORE. */
export function assessPassword(password: string, context: { email?: string }, estimator: PasswordEstimator): PasswordAssessment {
  const quick = checkPassword(password, context);
  if (quick === 'tooLong') return { problem: quick, estimate: null };
  const estimate = password === '' ? null : estimator.estimate(password, passwordUserInputs(context.email));
  if (quick) return { problem: quick, estimate };
  return { problem: estimate && estimate.score < PASSWORD_MIN_SCORE ? 'weak' : null, estimate };
}

export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  tooShort: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  tooLong: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  weak: 'is too easy to guess; choose a longer phrase of your own',
  containsEmail: 'must not contain your e-mail address',
};
