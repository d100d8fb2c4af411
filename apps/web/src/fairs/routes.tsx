import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The organizers' fairs and venues (under /fairs and /venues). */
export const fairsRoutes: RouteObject[] = [
  { path: 'fairs', ...page(() => import('./fair-list/FairListPage')) },
  { path: 'fairs/new', ...page(() => import('./fair-form/FairFormPage')) },
  { path: 'fairs/:id', ...page(() => import('./fair-detail/FairDetailPage')) },
  { path: 'fairs/:id/edit', ...page(() => import('./fair-form/FairFormPage')) },
  { path: 'venues', ...page(() => import('./venues/VenuesPage')) },
];
