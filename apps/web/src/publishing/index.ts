// What the rest of the web app may use of the publishing context (releases, webhooks).
// Only re-exports: the build treats this file as free of side effects.
export { publishingRoutes } from './routes';
export { publishingKeys } from './queries';
