import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The organizers' guests (under /guests) and each fair's timetable (/fairs/:id/timetable). */
export const guestsRoutes: RouteObject[] = [
  { path: 'guests', ...page(() => import('./guest-list/GuestListPage')) },
  { path: 'guests/new', ...page(() => import('./guest-form/GuestFormPage')) },
  { path: 'guests/:id/edit', ...page(() => import('./guest-form/GuestFormPage')) },
  { path: 'fairs/:id/timetable', ...page(() => import('./timetable/TimetablePage')) },
];
