import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** The host's audit log (/audit). */
export const auditRoutes: RouteObject[] = [{ path: 'audit', ...page(() => import('./audit-log/AuditPage')) }];
