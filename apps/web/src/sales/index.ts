// What the rest of the web app may use of the sales context (daily sales).
// Only re-exports: the build treats this file as free of side effects.
export { salesRoutes } from './routes';
