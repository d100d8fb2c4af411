import { Role } from '@bussanten/contracts';

/**
 * Who may see which page. Like the API, everything not declared here needs a signed-in user; the
 * API still checks every request, this only keeps people away from pages that would fail.
 */
export type Access = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'roles'; roles: readonly Role[] };

const PUBLIC: Access = { kind: 'public' };
const SIGNED_IN: Access = { kind: 'signedIn' };
const ORGANIZERS: Access = { kind: 'roles', roles: [Role.Organizer] };
const REPRESENTATIVES: Access = { kind: 'roles', roles: [Role.Representative] };
const OPERATORS: Access = { kind: 'roles', roles: [Role.Operator] };
const DAY_CREW: Access = { kind: 'roles', roles: [Role.Organizer, Role.Staff] };

/** Path prefixes (whole segments) and who may use them; the first match wins. */
const RULES: readonly (readonly [prefix: string, access: Access])[] = [
  ['/sign-in', PUBLIC],
  ['/invitations', PUBLIC],
  ['/password-reset', PUBLIC],
  ['/home', ORGANIZERS],
  ['/notices', DAY_CREW],
  ['/registry', ORGANIZERS],
  ['/people', ORGANIZERS],
  ['/audit', ORGANIZERS],
  ['/fairs', ORGANIZERS],
  ['/venues', ORGANIZERS],
  ['/outbox', ORGANIZERS],
  ['/guests', ORGANIZERS],
  ['/webhooks', ORGANIZERS],
  ['/my', REPRESENTATIVES],
  ['/operator', OPERATORS],
  ['/account', SIGNED_IN],
];

export const SIGN_IN_PATH = '/sign-in';

const HOMES: Record<Role, string> = {
  [Role.Operator]: '/operator',
  [Role.Organizer]: '/home',
  [Role.Representative]: '/my',
  [Role.Staff]: '/notices',
};

/** Where a role starts: the hosts for the operator, the home page (what waits to be done) for organizers, their own municipality for representatives. */
export function homeOf(role: Role): string {
  return HOMES[role] ?? SIGN_IN_PATH;
}

function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function accessOf(pathname: string): Access {
  for (const [prefix, access] of RULES) if (under(pathname, prefix)) return access;
  return SIGNED_IN;
}

export type Decision = { kind: 'allow' } | { kind: 'redirect'; to: string };

/**
 * What to do with a visit to `pathname` (+ `search`): show it, send a signed-out visitor to sign in
 * (coming back here afterwards), or send a signed-in user of another role to their own home.
 */
export function decide(user: { role: Role } | null, pathname: string, search = ''): Decision {
  if (pathname === '/' || pathname === '') return { kind: 'redirect', to: user ? homeOf(user.role) : SIGN_IN_PATH };
  const access = accessOf(pathname);
  if (access.kind === 'public') return { kind: 'allow' };
  if (!user) return { kind: 'redirect', to: signInPath(`${pathname}${search}`) };
  if (access.kind === 'roles' && !access.roles.includes(user.role)) return { kind: 'redirect', to: homeOf(user.role) };
  return { kind: 'allow' };
}

/** '/sign-in?next=…' to come back to `current` after signing in; plain '/sign-in' when there is nothing to come back to. */
export function signInPath(current: string): string {
  const next = safeNext(current);
  return next ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}

/**
 * `next` if it is a path of this site worth returning to; null otherwise. Refuses other origins
 * ('//evil.example', 'https://…', '/\evil'), and the public pages (no point signing in to see them).
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (/[\u0000-\u001f]/.test(next)) return null;
  const pathname = next.split(/[?#]/)[0] ?? '';
  if (pathname === '/' || accessOf(pathname).kind === 'public') return null;
  return next;
}

/** Where to go after signing in: back to `next` when this user may see it, otherwise the role's home. */
export function pathAfterSignIn(user: { role: Role }, next: string | null | undefined): string {
  const target = safeNext(next);
  if (target) {
    const [pathname = '', search = ''] = splitPath(target);
    if (decide(user, pathname, search).kind === 'allow') return target;
  }
  return homeOf(user.role);
}

function splitPath(path: string): [string, string] {
  const i = path.search(/[?#]/);
  return i === -1 ? [path, ''] : [path.slice(0, i), path.slice(i)];
}
