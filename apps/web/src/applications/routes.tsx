import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The organizers' review, assignment, day sheet and outbox pages (under /fairs/:id/… and /outbox). */
export const reviewRoutes: RouteObject[] = [
  { path: 'fairs/:id/applications', ...page(() => import('./review-list/ReviewListPage')) },
  { path: 'fairs/:id/applications/:applicationId', ...page(() => import('./review-detail/ReviewDetailPage')) },
  { path: 'fairs/:id/assign', ...page(() => import('../booths/assign/AssignPage')) },
  { path: 'fairs/:id/day-sheet', ...page(() => import('../booths/day-sheet/DaySheetPage')) },
  { path: 'outbox', ...page(() => import('../mail/outbox/OutboxPage')) },
];

/** A representative's fairs and applications (under /my/fairs and /my/applications). */
export const myApplicationRoutes: RouteObject[] = [
  { path: 'my/fairs', ...page(() => import('./my-fairs/MyFairsPage')) },
  { path: 'my/fairs/:fairId/apply', ...page(() => import('./my-application/ApplicationFormPage')) },
  { path: 'my/applications', ...page(() => import('./my-fairs/MyFairsPage')) },
  { path: 'my/applications/:id', ...page(() => import('./my-application/MyApplicationPage')) },
  { path: 'my/applications/:id/edit', ...page(() => import('./my-application/ApplicationFormPage')) },
];
