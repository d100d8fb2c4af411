import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Security headers for everything the app serves (helmet), with a strict Content-Security-Policy
 * for the admin UI: scripts, styles, images and requests only from this origin, no plugins, no
 * framing. Inline style attributes stay allowed (React's style props); inline scripts do not.
 * The public pages send their own, stricter policy (no scripts at all), which replaces this one.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // Guest photos and the QR code are same-origin; nothing here is embedded cross-origin.
    crossOriginEmbedderPolicy: false,
  });
}

let captured: Readonly<Record<string, string>> | undefined;

/**
 * The headers securityHeaders() sets on every answer that goes through Express, captured once, for
 * the hot public reads, which node's server answers before Express (hot-public-reads.ts,
 * public-body.ts): the same nosniff, Referrer-Policy, HSTS (sent always, as helmet does; browsers
 * heed it over https only), framing and cross-origin policies, and the same Content-Security-Policy
 * (which the public pages replace with their own).
 */
export function securityHeaderValues(): Readonly<Record<string, string>> {
  if (!captured) {
    const headers: Record<string, string> = {};
    const res = {
      setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name] = String(value)),
      removeHeader: (name: string) => void delete headers[name],
    };
    let done = false;
    securityHeaders()({} as IncomingMessage, res as unknown as ServerResponse, () => (done = true));
    if (!done) throw new Error('helmet did not finish synchronously: its headers cannot be captured');
    captured = Object.freeze(headers);
  }
  return captured;
}
