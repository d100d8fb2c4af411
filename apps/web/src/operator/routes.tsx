import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The install operator's hosts (/operator). */
export const operatorRoutes: RouteObject[] = [{ path: 'operator', ...page(() => import('./hosts/HostsPage')) }];
