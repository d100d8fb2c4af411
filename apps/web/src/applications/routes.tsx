import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/**
 * The organizers' review (under /fairs/:id/applications), and a representative's fairs and
 * applications (under /my/fairs and /my/applications).
 */
export const applicationsRoutes: RouteObject[] = [
  { path: 'fairs/:id/applications', ...page(() => import('./review-list/ReviewListPage')) },
  { path: 'fairs/:id/applications/enter', ...page(() => import('./entry/EnterApplicationPage')) },
  { path: 'fairs/:id/applications/:applicationId', ...page(() => import('./review-detail/ReviewDetailPage')) },
  { path: 'fairs/:id/applications/:applicationId/edit', ...page(() => import('./entry/EnterApplicationPage')) },
  { path: 'my/fairs', ...page(() => import('./my-fairs/MyFairsPage')) },
  { path: 'my/fairs/:fairId/apply', ...page(() => import('./my-application/ApplicationFormPage')) },
  { path: 'my/applications', ...page(() => import('./my-fairs/MyFairsPage')) },
  { path: 'my/applications/:id', ...page(() => import('./my-application/MyApplicationPage')) },
  { path: 'my/applications/:id/edit', ...page(() => import('./my-application/ApplicationFormPage')) },
];
