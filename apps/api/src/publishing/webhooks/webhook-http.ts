import { createHmac, timingSafeEqual } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { MAX_WEBHOOK_URL_LENGTH, ruleMessage, webhookUrlRule } from '@bussanten/domain';

export const MAX_URL_LENGTH = MAX_WEBHOOK_URL_LENGTH;

/**
 * Why `raw` is not a URL webhooks may be sent to, or null when it is: at most 2000 characters and
 * the shared webhookUrlRule (http:// or https://, a host, no user:password@ part: it would be sent
 * to any proxy and logged). Where the host leads (no private or reserved addresses) is checkHost's
 * part (webhook-address.ts).
 */
export function webhookUrlProblem(raw: string): string | null {
  if (raw.length > MAX_URL_LENGTH) return `url must be at most ${MAX_URL_LENGTH} characters`;
  const problem = webhookUrlRule.check(raw);
  return problem === null ? null : ruleMessage(webhookUrlRule, 'url', problem);
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

/** Why an attempt failed, as the organizer sees it (WebhookDeliveryOutcome), and the cause for the log. */
export class DeliveryFailure extends Error {
  constructor(
    readonly outcome: 'unreachable' | 'timedOut' | 'addressBlocked',
    detail: string,
  ) {
    super(detail);
  }
}

/** How postJson connects: only to these addresses (checked by checkHost), private ones only when allowed. */
export interface Connection {
  addresses: { address: string; family: number }[];
  allowPrivate: boolean;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/**
 * A dns.lookup stand-in that answers the addresses checked before the request, so the socket
 * connects to exactly those: a DNS answer that changes between the check and the connection (DNS
 * rebinding) is never asked for.
 */
export function pinnedLookup(addresses: Connection['addresses']) {
  return (_hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    const first = addresses[0];
    if (!first) callback(Object.assign(new Error('no checked address'), { code: 'ENOTFOUND' }), []);
    else if (options.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  };
}

/** request-filtering-agent's refusals: plain Errors, told apart by their text (its 3.x wording). */
const AGENT_REFUSAL = /^DNS lookup .* is not allowed/;

/**
 * POSTs `body` once, on a fresh connection (no pooling: deliveries are few, and nothing lingers after
 * shutdown), to the checked addresses only (pinnedLookup), through request-filtering-agent, which
 * refuses once more any address that is not public unicast (unless private ones are allowed) right
 * where the socket is made. Never follows a redirect (a 3xx is just a status), and gives up after
 * `timeoutMs` for the exchange up to the answer's status line. Resolves with the status (the
 * answer's body is never read); rejects with a DeliveryFailure.
 */
export function postJson(rawUrl: string, headers: Record<string, string>, body: string, timeoutMs: number, connection: Connection): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(rawUrl);
    const send = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : null;
    if (!send) {
      reject(new DeliveryFailure('addressBlocked', `refusing ${url.protocol} URL`));
      return;
    }
    const filter = { allowPrivateIPAddress: connection.allowPrivate, keepAlive: false };
    const agent = url.protocol === 'https:' ? new RequestFilteringHttpsAgent(filter) : new RequestFilteringHttpAgent(filter);
    const payload = Buffer.from(body, 'utf8');
    let settled = false;
    const settle = (outcome: PostResult | DeliveryFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      agent.destroy();
      if (outcome instanceof DeliveryFailure) reject(outcome);
      else resolve(outcome);
    };
    const req = send(url, {
      method: 'POST',
      agent,
      lookup: pinnedLookup(connection.addresses) as unknown as typeof import('node:dns').lookup,
      headers: { ...headers, 'Content-Length': String(payload.length), 'User-Agent': 'Bussanten-Webhooks/1' },
    });
    const timer = setTimeout(() => {
      settle(new DeliveryFailure('timedOut', `no answer within ${timeoutMs / 1000} s`));
      req.destroy();
    }, timeoutMs);
    req.on('response', (res) => {
      // The status is all we need: the connection (never reused) is closed without reading the body.
      settle({ status: res.statusCode ?? 0 });
      res.destroy();
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      const refused = AGENT_REFUSAL.test(e.message);
      settle(new DeliveryFailure(refused ? 'addressBlocked' : 'unreachable', `${e.code ?? e.name}: ${e.message}`));
    });
    req.on('close', () => settle(new DeliveryFailure('unreachable', 'the connection closed without an answer')));
    req.end(payload);
  });
}
