// What the rest of the web app may use of the audit context (the host's audit log).
// Only re-exports: the build treats this file as free of side effects.
export { auditRoutes } from './routes';
export { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-log/audit-model';
