import type { Request } from 'express';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * The public pages live outside /api (/f/:slug is the address printed on posters and QR codes), and
 * so do the widget for other sites (/embed/f/:slug), and /robots.txt and /sitemap.xml, where
 * crawlers look for them.
 * app-setup.ts needs both of these:
 *   app.setGlobalPrefix('api', { exclude: PUBLIC_PAGE_ROUTES });
 *   and, in the web UI's SPA fallback: if (isPublicPagePath(req.path)) return next();
 */
export const PUBLIC_PAGE_ROUTES = ['f', 'f/{*rest}', 'en/f', 'en/f/{*rest}', 'embed/f/{*rest}', 'en/embed/f/{*rest}', 'robots.txt', 'sitemap.xml'];

export function isPublicPagePath(path: string): boolean {
  return /^\/(en\/)?(embed\/f\/|f(\/|$))/.test(path) || path === '/robots.txt' || path === '/sitemap.xml';
}

/** Slugs are lower-case letters, digits and single hyphens (CreateFairDto); anything else is a 404 without a query. */
export const isSlug = (slug: string): boolean => slug.length <= 100 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug);

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * Scheme and host of the public site, for og:url and the QR codes: PUBLIC_URL when set (behind a
 * proxy or CDN the request may not know its public name), else the request's own. A Host header
 * that is not a plain host name is not echoed into a page.
 */
export function publicBaseUrl(req: Request, env: NodeJS.ProcessEnv = process.env): string {
  return configuredBaseUrl(env) ?? baseUrlOf(req.protocol, req.get('host'));
}

/**
 * The same for a request Express has not seen (the hot public reads): PUBLIC_URL, or the socket's
 * scheme and the Host header when no proxy is trusted (what Express's req.protocol then says too).
 * Null behind trusted proxies without PUBLIC_URL: which X-Forwarded-Proto to believe is Express's
 * `trust proxy` logic, so such a request goes the regular way.
 */
export function bareBaseUrl(req: IncomingMessage, trustProxy: number, env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = configuredBaseUrl(env);
  if (configured) return configured;
  if (trustProxy > 0) return null;
  return baseUrlOf((req.socket as TLSSocket).encrypted ? 'https' : 'http', req.headers.host);
}

function configuredBaseUrl(env: NodeJS.ProcessEnv): string | null {
  const configured = env['PUBLIC_URL']?.trim();
  return configured && /^https?:\/\/[^/\s]+/i.test(configured) ? configured.replace(/\/+$/, '') : null;
}

const baseUrlOf = (protocol: string, host: string | undefined) => `${protocol}://${host && HOST.test(host) ? host : 'localhost'}`;
