import type { PublicFairListing } from '@bussanten/contracts';
import { escapeHtml } from './html';

/**
 * /robots.txt (RFC 9309): crawlers may read the public pages and nothing else. Everything else on
 * this host is the admin app (/, /fairs, /registry, …) or the API; a blanket Disallow covers them
 * and any route added later. The longest matching rule wins, so the Allow lines open the pages
 * again; "/f$" is the index alone, since a bare "/f" would also match the admin app's /fairs.
 * The feeds under /api/public stay closed to crawlers: they repeat the pages for machines, and
 * the calendar apps and scripts that fetch them do not read robots.txt.
 */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /f$',
    'Allow: /f/',
    'Allow: /en/f$',
    'Allow: /en/f/',
    'Allow: /sitemap.xml$',
    'Disallow: /',
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

/** /sitemap.xml: the two index pages and every visible fair's page in Japanese and English. */
export function sitemapXml(listing: readonly PublicFairListing[], baseUrl: string): string {
  const paths = ['/f', '/en/f', ...listing.flatMap((f) => [`/f/${f.slug}`, `/en/f/${f.slug}`])];
  const urls = paths.map((p) => `<url><loc>${escapeHtml(`${baseUrl}${p}`)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
