import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** A fair's releases of its public schedule (/fairs/:id/releases) and the host's webhooks (/webhooks). */
export const publishingRoutes: RouteObject[] = [
  { path: 'fairs/:id/releases', ...page(() => import('./releases/ReleasesPage')) },
  { path: 'webhooks', ...page(() => import('./webhooks/WebhooksPage')) },
];
