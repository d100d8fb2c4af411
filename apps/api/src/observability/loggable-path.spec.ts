import { newToken } from '../accounts/tokens';
import { loggablePath } from './loggable-path';

describe('loggablePath: what the request log writes for a path', () => {
  const { token } = newToken();

  it.each([
    ['a matched token route: its pattern', `/api/invitations/${token}/accept`, '/api/invitations/:token/accept', '/api/invitations/:token/accept'],
    ['the API preview before routing (a malformed body)', `/api/invitations/${token}`, undefined, '/api/invitations/:token'],
    ['the accept route before routing', `/api/invitations/${token}/accept?x=1`, undefined, '/api/invitations/:token/accept'],
    ['the UI link (the SPA fallback has no route)', `/invitations/${token}`, undefined, '/invitations/:token'],
    ['the UI link in other letter case, as Express routes it', `/INVITATIONS/${token}/`, undefined, '/INVITATIONS/:token/'],
    ['any invitation path, even one that is not a token', '/invitations/not-a-token', undefined, '/invitations/:token'],
    ['an absolute-form request line', `http://bussanten.example.jp/invitations/${token}`, undefined, '/invitations/:token'],
    ['the reset route before routing', `/api/auth/password-reset/${token}`, undefined, '/api/auth/password-reset/:token'],
    ['the reset route matched', `/api/auth/password-reset/${token}`, '/api/auth/password-reset/:token', '/api/auth/password-reset/:token'],
    ['the UI reset link', `/Password-Reset/${token}?utm=mail`, undefined, '/Password-Reset/:token'],
    ['the reset request (no token) stays', '/api/auth/password-reset', undefined, '/api/auth/password-reset'],
    ['a token-shaped segment on another path', `/reset/${token}`, undefined, '/reset/:token'],
    [
      'a route with an id: the path, query left out',
      '/api/fairs/7f000000-0000-4000-8000-000000000000?q=宮古',
      '/api/fairs/:id',
      '/api/fairs/7f000000-0000-4000-8000-000000000000',
    ],
    [
      'a long slug (lower case) stays',
      '/f/koryu-toshi-2023-shinagawa-kumin-hiroba-spring-fair',
      undefined,
      '/f/koryu-toshi-2023-shinagawa-kumin-hiroba-spring-fair',
    ],
  ])('%s', (_name, url, route, logged) => {
    expect(loggablePath(url, route)).toBe(logged);
    expect(loggablePath(url, route)).not.toContain(token);
  });
});
