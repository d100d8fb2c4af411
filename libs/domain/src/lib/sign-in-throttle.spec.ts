import { accountSlowdownSeconds, judgeSignInAttempt, type SignInFailures } from './sign-in-throttle';

const NOW = Date.parse('2026-12-07T09:00:00Z');
const none: SignInFailures = { byAccount: 0, byAddress: 0, byPair: 0, addressOldestAt: null, pairOldestAt: null, pairLastAt: null };
const ago = (s: number) => NOW - s * 1000;

describe('judgeSignInAttempt', () => {
  it.each<[string, Partial<SignInFailures>, ReturnType<typeof judgeSignInAttempt>]>([
    ['no failures', {}, { allowed: true }],
    ['4 failures of this pair', { byAccount: 4, byAddress: 4, byPair: 4, pairOldestAt: ago(60), pairLastAt: ago(1) }, { allowed: true }],
    [
      '5 failures of this pair: wait until the oldest leaves the window',
      { byAccount: 5, byAddress: 5, byPair: 5, addressOldestAt: ago(60), pairOldestAt: ago(60), pairLastAt: ago(1) },
      { allowed: false, reason: 'accountAndAddress', retryAfterSeconds: 840 },
    ],
    [
      '50 failures of this address over many accounts',
      { byAddress: 50, addressOldestAt: ago(300) },
      { allowed: false, reason: 'address', retryAfterSeconds: 600 },
    ],
    ['account under attack, an address that never failed for it', { byAccount: 40 }, { allowed: true }],
    [
      'account at 12 failures, this address failed 1 s ago: 4 s wait',
      { byAccount: 12, byAddress: 1, byPair: 1, pairLastAt: ago(1), pairOldestAt: ago(1) },
      { allowed: false, reason: 'accountSlowdown', retryAfterSeconds: 3 },
    ],
    [
      'account at 12 failures, this address failed 5 s ago',
      { byAccount: 12, byAddress: 1, byPair: 1, pairLastAt: ago(5), pairOldestAt: ago(5) },
      { allowed: true },
    ],
    ['account at 9 failures: no slowdown yet', { byAccount: 9, byAddress: 1, byPair: 1, pairLastAt: ago(0), pairOldestAt: ago(0) }, { allowed: true }],
  ])('%s', (_name, failures, verdict) => {
    expect(judgeSignInAttempt({ ...none, ...failures }, NOW)).toEqual(verdict);
  });

  it('grows the account slowdown from 1 s, doubling, up to 15 minutes', () => {
    expect([9, 10, 11, 15, 19, 20, 100].map(accountSlowdownSeconds)).toEqual([0, 1, 2, 32, 512, 900, 900]);
  });
});
