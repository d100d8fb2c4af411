import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The host's mail outbox (/outbox). */
export const mailRoutes: RouteObject[] = [{ path: 'outbox', ...page(() => import('./outbox/OutboxPage')) }];
