import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The day's live notices of a fair (/notices, /notices/:fairId): organizers and on-site staff. */
export const noticesRoutes: RouteObject[] = [
  { path: 'notices', ...page(() => import('./NoticesPage')) },
  { path: 'notices/:fairId', ...page(() => import('./NoticesPage')) },
];
