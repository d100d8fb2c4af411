import type { RouteObject } from 'react-router';
import { page } from './page';

/** The organizers' guests (under /guests) and each fair's timetable (/fairs/:id/timetable). */
export const guestRoutes: RouteObject[] = [];
