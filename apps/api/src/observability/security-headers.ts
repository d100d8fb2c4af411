import helmet from 'helmet';

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
