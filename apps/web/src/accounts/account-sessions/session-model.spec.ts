import type { SessionInfo } from '@bussanten/contracts';
import { browserLabel, currentFirst, sessionMembershipLabel } from './session-model';

const session = (id: string, current: boolean): SessionInfo => ({
  id,
  browser: 'Chrome',
  os: 'Windows',
  address: '203.0.113.7',
  signedInAt: '2026-12-07T01:00:00Z',
  lastSeenAt: '2026-12-07T02:00:00Z',
  current,
  role: 'organizer',
  hostName: '品川区',
  municipalityName: null,
});

describe('session model', () => {
  it.each([
    [{ browser: 'Chrome', os: 'Windows' }, 'ja', 'Windows の Chrome'],
    [{ browser: 'Chrome', os: 'Windows' }, 'en', 'Chrome on Windows'],
    [{ browser: 'Safari', os: null }, 'en', 'Safari'],
    [{ browser: null, os: 'iOS' }, 'en', 'Unknown browser on iOS'],
    [{ browser: null, os: null }, 'ja', '不明なブラウザー'],
  ] as const)('names %j in %s as %s', (s, lang, label) => {
    expect(browserLabel(s, lang)).toBe(label);
  });

  it('names the membership the session acts within', () => {
    expect(sessionMembershipLabel({ role: 'operator', hostName: null, municipalityName: null }, 'en')).not.toBe('');
    expect(sessionMembershipLabel({ role: 'representative', hostName: '品川区', municipalityName: '宮古市' }, 'ja')).toContain('宮古市');
    expect(sessionMembershipLabel({ role: 'organizer', hostName: '品川区', municipalityName: null }, 'ja')).toContain('品川区');
  });

  it('puts the current session first', () => {
    expect(currentFirst([session('a', false), session('b', true), session('c', false)]).map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });
});
