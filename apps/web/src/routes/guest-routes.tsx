import type { RouteObject } from 'react-router';
import { page } from './page';

/** The organizers' guests (under /guests) and each fair's timetable (/fairs/:id/timetable). */
export const guestRoutes: RouteObject[] = [
  { path: 'guests', ...page(() => import('./guests/GuestListPage')) },
  { path: 'guests/new', ...page(() => import('./guests/GuestFormPage')) },
  { path: 'guests/:id/edit', ...page(() => import('./guests/GuestFormPage')) },
  { path: 'fairs/:id/timetable', ...page(() => import('./timetable/TimetablePage')) },
];
