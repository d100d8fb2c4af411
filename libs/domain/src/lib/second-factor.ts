/**
 * Second factors: when a sign-in needs one, and how the codes a person types are read.
 *
 * A person who has enrolled a factor (a passkey or an authenticator app) is asked for it at every
 * sign-in with a password; a person without one is asked to enrol only when a host requires it of
 * the membership the session enters (its organizers). A sign-in that already proved a second factor
 * (a passkey with user verification, which is both factors at once) needs nothing more.
 */
export type SignInStepNeeded = 'secondFactor' | 'enrol' | null;

export function signInStep(p: { hasFactor: boolean; required: boolean; secondFactorDone: boolean }): SignInStepNeeded {
  if (p.secondFactorDone) return null;
  if (p.hasFactor) return 'secondFactor';
  return p.required ? 'enrol' : null;
}

/** A pending sign-in ends after this many wrong codes: the person starts again with the password (itself throttled). */
export const MAX_STEP_FAILURES = 5;
/** How long a session waiting for its second step lives. */
export const PENDING_SIGN_IN_MINUTES = 10;
export const RECOVERY_CODE_COUNT = 10;

/** Full-width digits and letters (from a Japanese IME) as their ASCII forms; spaces and hyphens of any width dropped. */
function toAscii(input: string): string {
  return input.normalize('NFKC').replace(/[\s\u2010-\u2015\u2212\u30fc-]/g, '');
}

/** A six-digit authenticator code as typed ("123 456", "１２３４５６"), or null when it cannot be one. */
export function readTotpCode(input: string): string | null {
  const code = toAscii(input);
  return /^\d{6}$/.test(code) ? code : null;
}

/**
 * Recovery codes are 16 characters of RFC 4648 base32 (80 random bits), shown in four groups of
 * four ("abcd-efgh-ijkl-mnop"); read back in any case, with or without the hyphens and spaces.
 */
export const RECOVERY_CODE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const RECOVERY_CODE = /^[a-z2-7]{16}$/;

export function readRecoveryCode(input: string): string | null {
  const code = toAscii(input).toLowerCase();
  return RECOVERY_CODE.test(code) ? code : null;
}

export function formatRecoveryCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
