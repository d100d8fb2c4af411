import type { SessionInfo } from '@bussanten/contracts';
import { translate, type Lang } from '../../i18n/dictionaries';
import { roleKey } from '../../i18n/format';

/** 'Chrome on Windows' / 'Windows の Chrome', or what is known of it. */
export function browserLabel(session: Pick<SessionInfo, 'browser' | 'os'>, lang: Lang): string {
  const browser = session.browser ?? translate(lang, 'sessions.unknownBrowser');
  return session.os ? translate(lang, 'sessions.browserOn', { browser, os: session.os }) : browser;
}

/** The membership the session acts within, as the header names it ('品川区 · 主催者'). */
export function sessionMembershipLabel(session: Pick<SessionInfo, 'role' | 'hostName' | 'municipalityName'>, lang: Lang): string {
  if (session.role === 'operator' || !session.hostName) return translate(lang, 'membership.operator');
  if (session.role === 'representative' && session.municipalityName) {
    return translate(lang, 'membership.representative', { host: session.hostName, municipality: session.municipalityName });
  }
  return translate(lang, 'membership.role', { host: session.hostName, role: translate(lang, roleKey(session.role)) });
}

/** The current session first, then the others as the API orders them (last used first). */
export function currentFirst(sessions: readonly SessionInfo[]): SessionInfo[] {
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}
