// What the rest of the web app may use of the home context (the organizers' start page).
// Only re-exports: the build treats this file as free of side effects.
export { homeRoutes } from './routes';
export { homeKeys, useHomeSummary } from './queries';
