import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** A fair's floor plan, booth assignment and day sheet (under /fairs/:id/…). */
export const boothsRoutes: RouteObject[] = [
  { path: 'fairs/:id/booths', ...page(() => import('./booth-plan/BoothPlanPage')) },
  { path: 'fairs/:id/assign', ...page(() => import('./assign/AssignPage')) },
  { path: 'fairs/:id/day-sheet', ...page(() => import('./day-sheet/DaySheetPage')) },
];
