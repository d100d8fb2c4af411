// What the rest of the web app may use of the operator context (the install's hosts).
// Only re-exports: the build treats this file as free of side effects.
export { operatorRoutes } from './routes';
