/**
 * What the request log writes for a path: never a secret. A route whose pattern has a token
 * parameter (the API's /api/invitations/:token and …/accept, /api/auth/password-reset/:token) is written as that pattern; the
 * invitation link itself, /invitations/:token, is a UI route (as is the reset link, /password-reset/:token) that no Express route matches (the
 * SPA fallback serves it), and a request can fail before routing (a malformed body), so the
 * invitation paths are also recognised by their prefix, matched case-insensitively as Express
 * routes. Any other segment shaped like one of our tokens (tokens.ts: 32 random bytes in base64url)
 * is masked as well, so a secret-bearing route added later does not leak before it is listed here.
 */
const INVITATION_LINK = /^(\/api)?(\/invitations\/|\/(?:auth\/)?password-reset\/)[^/]+/i;
const TOKEN_PARAM = /:\w*token\b/i;

export function loggablePath(originalUrl: string, routePattern?: string): string {
  if (routePattern && TOKEN_PARAM.test(routePattern)) return routePattern;
  // The path only: no query string (personal data), no scheme and host (an absolute-form request line).
  const path = originalUrl.split('?', 1)[0].replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const masked = path.replace(INVITATION_LINK, (_m, api: string | undefined, invitations: string) => `${api ?? ''}${invitations}:token`);
  return masked
    .split('/')
    .map((segment) => (looksLikeToken(segment) ? ':token' : segment))
    .join('/');
}

/** 43 base64url characters with both cases: a random token has both (all but once in 5·10⁹). Slugs and UUIDs are lower-case. */
function looksLikeToken(segment: string): boolean {
  return segment.length >= 43 && /^[A-Za-z0-9_-]+$/.test(segment) && /[A-Z]/.test(segment) && /[a-z]/.test(segment);
}
