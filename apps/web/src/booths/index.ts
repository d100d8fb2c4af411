// What the rest of the web app may use of the booths context (floor plans, booth assignment, day sheet).
// Only re-exports: the build treats this file as free of side effects.
export { boothsRoutes } from './routes';
