// What the rest of the web app may use of the mail context (the outbox).
// Only re-exports: the build treats this file as free of side effects.
export { mailRoutes } from './routes';
export { outboxKeys, useOutboxPage } from './queries';
