import type { ApiErrorDetail } from '@bussanten/contracts';

/** The most origins a host may let frame its widget (the CSP header stays short). */
export const MAX_EMBED_ORIGINS = 20;
const MAX_ORIGIN_LENGTH = 200;

/**
 * Why a typed origin cannot be used: `embedOrigin` when it is not scheme and host (and port) alone
 * (a path, a query, a user name, a wildcard, another scheme), `embedOriginHttps` when it is http://
 * for a site other than this computer (localhost, 127.x.x.x, [::1]).
 */
export type EmbedOriginProblem = 'embedOrigin' | 'embedOriginHttps';

/** The WHATWG URL parser that browsers and Node both have (this library is built without DOM or Node types). */
declare const URL: new (input: string) => { protocol: string; hostname: string; username: string; password: string; origin: string };

const LOOPBACK = /^(localhost|[a-z0-9-]+\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/;
/** What a host may be once the URL parser has lower-cased it and turned an IDN into punycode: nothing a CSP source could misread. */
const PLAIN_HOST = /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/;

/**
 * One origin as a site's address bar shows it ('https://Example.jp:443/' → 'https://example.jp'),
 * or the problem with it. The result is safe in a Content-Security-Policy source list.
 */
export function normaliseEmbedOrigin(typed: string): { origin: string } | { problem: EmbedOriginProblem } {
  const text = typed.trim();
  if (!text || text.length > MAX_ORIGIN_LENGTH || !/^https?:\/\/[^/?#]+\/?$/i.test(text)) return { problem: 'embedOrigin' };
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'embedOrigin' };
  }
  if (url.username || url.password || !PLAIN_HOST.test(url.hostname)) return { problem: 'embedOrigin' };
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) return { problem: 'embedOriginHttps' };
  return { origin: url.origin };
}

const PROBLEM_MESSAGES: Record<EmbedOriginProblem, string> = {
  embedOrigin: 'must be an origin: scheme and host, with a port if any (https://example.jp), without a path',
  embedOriginHttps: 'must start with https:// (http:// only for localhost)',
};

/**
 * The origins a host enters for its widget, as the API stores them: each normalised, repeats merged
 * (the first kept), at most MAX_EMBED_ORIGINS. A problem is named by the item's place, 'origins.2'.
 */
export function checkEmbedOrigins(typed: readonly unknown[]): { origins: string[]; details: ApiErrorDetail[] } {
  const details: ApiErrorDetail[] = [];
  const origins: string[] = [];
  typed.forEach((value, i) => {
    const field = `origins.${i}`;
    if (typeof value !== 'string') {
      details.push({ field, rule: 'isString', message: `${field} must be a string` });
      return;
    }
    const result = normaliseEmbedOrigin(value);
    if ('problem' in result) details.push({ field, rule: result.problem, message: `${field} ${PROBLEM_MESSAGES[result.problem]}` });
    else if (!origins.includes(result.origin)) origins.push(result.origin);
  });
  if (origins.length > MAX_EMBED_ORIGINS)
    details.push({ field: 'origins', rule: 'arrayMaxSize', message: `origins must contain no more than ${MAX_EMBED_ORIGINS} elements` });
  return { origins, details };
}
