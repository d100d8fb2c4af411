import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The organizers' start page (/home), where signing in lands them. */
export const homeRoutes: RouteObject[] = [{ path: 'home', ...page(() => import('./home-page/HomePage')) }];
