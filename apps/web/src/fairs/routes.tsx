import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The organizers' fairs, venues and floor-plan drawing (under /fairs and /venues). */
export const fairRoutes: RouteObject[] = [
  { path: 'fairs', ...page(() => import('./fair-list/FairListPage')) },
  { path: 'fairs/new', ...page(() => import('./fair-form/FairFormPage')) },
  { path: 'fairs/:id', ...page(() => import('./fair-detail/FairDetailPage')) },
  { path: 'fairs/:id/edit', ...page(() => import('./fair-form/FairFormPage')) },
  { path: 'fairs/:id/booths', ...page(() => import('../booths/booth-plan/BoothPlanPage')) },
  { path: 'venues', ...page(() => import('./venues/VenuesPage')) },
];
