/**
 * Throttling of wrong passwords that cannot become a lockout (OWASP ASVS 2.2.1). Failures are
 * counted in a sliding 15-minute window per account (e-mail), per client address, and per pair:
 *  - one address that fails 5 times for one account, or 50 times over all accounts, is refused
 *    (429) until its oldest counted failure leaves the window;
 *  - an account that has failed 10 times (from anywhere) only slows down: an address that has
 *    already failed for it must wait after its last failure, 1 s doubling with each further failure
 *    up to 15 minutes. An address that has not failed for it (its owner elsewhere) is not held up.
 */
export const THROTTLE_WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const FAILURES_PER_ADDRESS = 50;
export const ACCOUNT_SLOWDOWN_AFTER = 10;
export const ACCOUNT_SLOWDOWN_MAX_SECONDS = 15 * 60;

/** Failures in the window, not counting the attempt being judged. Times in ms since the epoch. */
export interface SignInFailures {
  byAccount: number;
  byAddress: number;
  byPair: number;
  /** Oldest failure of this address in the window (any account), and of this address for this account. */
  addressOldestAt: number | null;
  pairOldestAt: number | null;
  /** Latest failure of this address for this account. */
  pairLastAt: number | null;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'address' | 'accountAndAddress' | 'accountSlowdown' };

/** The wait an address that has failed for an account owes after its last failure, in seconds. */
export function accountSlowdownSeconds(accountFailures: number): number {
  if (accountFailures < ACCOUNT_SLOWDOWN_AFTER) return 0;
  return Math.min(2 ** (accountFailures - ACCOUNT_SLOWDOWN_AFTER), ACCOUNT_SLOWDOWN_MAX_SECONDS);
}

const untilOutOfWindow = (at: number | null, now: number) => Math.max(1, Math.ceil(((at ?? now) + THROTTLE_WINDOW_SECONDS * 1000 - now) / 1000));

export function judgeSignInAttempt(f: SignInFailures, now: number): ThrottleVerdict {
  if (f.byAddress >= FAILURES_PER_ADDRESS) return { allowed: false, reason: 'address', retryAfterSeconds: untilOutOfWindow(f.addressOldestAt, now) };
  if (f.byPair >= FAILURES_PER_ACCOUNT_AND_ADDRESS)
    return { allowed: false, reason: 'accountAndAddress', retryAfterSeconds: untilOutOfWindow(f.pairOldestAt, now) };
  const wait = accountSlowdownSeconds(f.byAccount);
  if (wait > 0 && f.pairLastAt !== null) {
    const remaining = Math.ceil((f.pairLastAt + wait * 1000 - now) / 1000);
    if (remaining > 0) return { allowed: false, reason: 'accountSlowdown', retryAfterSeconds: remaining };
  }
  return { allowed: true };
}
