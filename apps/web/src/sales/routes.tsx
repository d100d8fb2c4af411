import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** Daily sales: a representative's entry (under /my/applications/:id) and the organizer's view (under /fairs/:id). */
export const salesRoutes: RouteObject[] = [
  { path: 'my/applications/:id/sales', ...page(() => import('./my-sales/MySalesPage')) },
  { path: 'fairs/:id/sales', ...page(() => import('./fair-sales/FairSalesPage')) },
];
