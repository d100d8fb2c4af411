import type { RouteObject } from 'react-router';
import { page } from './page';

/** The organizers' fairs, venues and floor-plan drawing (under /fairs and /venues). */
export const fairRoutes: RouteObject[] = [];
