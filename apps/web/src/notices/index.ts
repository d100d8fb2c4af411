// What the rest of the web app may use of the notices context (the day's live notices).
// Only re-exports: the build treats this file as free of side effects.
export { noticesRoutes } from './routes';
export { noticeKeys } from './queries';
