import type { QueryKey } from '@tanstack/react-query';
import { accountKeys, staleAfter, type AccountsWrite } from './queries';

const names = (keys: readonly QueryKey[]) => keys.map((k) => k.join('/')).sort();

describe('accountKeys', () => {
  it('starts every key with the context name', () => {
    for (const key of [
      accountKeys.people(),
      accountKeys.invitations(),
      accountKeys.hostSecurity(),
      accountKeys.myFactors(),
      accountKeys.mySessions(),
      accountKeys.invitation('t'),
    ]) {
      expect(key[0]).toBe('accounts');
    }
  });
});

describe('staleAfter', () => {
  it.each<[AccountsWrite, string[]]>([
    ['invitationSent', ['accounts/invitations', 'outbox']],
    ['invitationRevoked', ['accounts/invitations']],
    ['membership', ['accounts/host-security', 'accounts/people']],
    ['memberFactorsReset', ['accounts/host-security', 'accounts/people', 'outbox']],
    ['hostRule', ['accounts/my-factors']],
    ['ownFactorAddedOrRemoved', ['accounts/host-security', 'accounts/my-factors', 'accounts/people']],
    ['ownFactorDetails', ['accounts/my-factors']],
    ['ownSessions', ['accounts/my-sessions']],
  ])('%s → %j', (write, expected) => expect(names(staleAfter(write))).toEqual(expected));
});
