import { createHmac, timingSafeEqual } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export const MAX_URL_LENGTH = 2000;

/**
 * Why `raw` is not a URL webhooks may be sent to, or null when it is: http:// or https://, a host,
 * no user:password@ part (it would be sent to any proxy and logged), at most 2000 characters.
 *
 * SSRF: any host is allowed, including 127.0.0.1, private networks and cloud metadata addresses, so an
 * organizer can make the server POST to its own network. The damage is limited: the worker only
 * POSTs signed JSON whose content the organizer does not choose freely, never follows redirects, and
 * reports back nothing but the status code (lastError never holds the answer's body, so it cannot be
 * used to read internal services). A deployment exposed to untrusted organizers should still block
 * private ranges at the egress firewall (or we add an allow-list / private-address check here).
 */
export function webhookUrlProblem(raw: string): string | null {
  if (raw.length > MAX_URL_LENGTH) return `url must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute http:// or https:// URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url must start with http:// or https://';
  if (!url.hostname) return 'url must name a host';
  if (url.username || url.password) return 'url must not contain a user name or password';
  return null;
}

/** The X-Bussanten-Signature value: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>"> keyed by the secret's UTF-8 text. */
export function signatureOf(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does (and the tests do): recompute and compare in constant time. */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signatureOf(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return /^\d+$/.test(timestamp) && expected.length === given.length && timingSafeEqual(expected, given);
}

export interface PostResult {
  status: number;
}

/**
 * POSTs `body` once, on a fresh connection (no pooling: deliveries are few, and nothing lingers after
 * shutdown). Never follows a redirect (a 3xx is just a status), and gives up after `timeoutMs` for the
 * exchange up to the answer's status line, DNS and connect included. Resolves with the status (the
 * answer's body is never read); rejects on network errors.
 */
export function postJson(rawUrl: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(rawUrl);
    const send = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : null;
    if (!send) {
      reject(new Error(`refusing ${url.protocol} URL`));
      return;
    }
    const payload = Buffer.from(body, 'utf8');
    let settled = false;
    const settle = (outcome: PostResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const req = send(url, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'Content-Length': String(payload.length), 'User-Agent': 'Bussanten-Webhooks/1' },
    });
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    req.on('response', (res) => {
      // The status is all we need: the connection (never reused) is closed without reading the body.
      settle({ status: res.statusCode ?? 0 });
      res.destroy();
    });
    req.on('error', (e) => settle(e));
    req.on('close', () => settle(new Error('the connection closed without an answer')));
    req.end(payload);
  });
}
