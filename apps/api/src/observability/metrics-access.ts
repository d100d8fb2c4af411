import { createHash, timingSafeEqual } from 'node:crypto';

/** Nest injection token of METRICS_TOKEN (string, or null when unset). */
export const METRICS_TOKEN = 'bussanten:metricsToken';

/**
 * Who may scrape /api/metrics: 'off' when no METRICS_TOKEN is configured (the route answers 404,
 * behind nginx or not), 'refused' without `Authorization: Bearer <METRICS_TOKEN>` (401), else 'ok'.
 * The comparison takes the same time whatever the guess: both sides are hashed to equal lengths
 * first, then compared with timingSafeEqual.
 */
export function metricsAccess(configured: string | null, authorization: string | undefined): 'off' | 'refused' | 'ok' {
  if (!configured) return 'off';
  const sent = /^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
  if (!sent) return 'refused';
  return timingSafeEqual(digest(sent), digest(configured)) ? 'ok' : 'refused';
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
