import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountsRoutes } from './accounts';
import { applicationsRoutes } from './applications';
import { auditRoutes } from './audit';
import { AccessGuard } from './auth/AccessGuard';
import { AuthProvider } from './auth/AuthContext';
import { boothsRoutes } from './booths';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import { fairsRoutes } from './fairs';
import { guestsRoutes } from './guests';
import { homeRoutes } from './home';
import { mailRoutes } from './mail';
import { operatorRoutes } from './operator';
import { publishingRoutes } from './publishing';
import { noticesRoutes } from './notices';
import { registryRoutes } from './registry';
import { salesRoutes } from './sales';
import NotFoundPage from './routing/NotFoundPage';
import { RouteError } from './routing/RouteError';

/** Knowing who is signed in needs the router (to send them to sign in), and the header needs to know. */
function Root() {
  return (
    <AuthProvider>
      <Layout />
    </AuthProvider>
  );
}

/**
 * Each bounded context brings its own routes (<context>/routes.tsx, through the context's index).
 * The registry (the organizers' area) lives under /registry and every page is its own chunk, so the
 * sign-in page or a representative's page downloads none of it. Who may see which page is decided
 * in one place, auth/access.ts, applied by AccessGuard around every page.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Root,
    HydrateFallback: Loading,
    children: [
      {
        errorElement: <RouteError />,
        Component: AccessGuard,
        children: [
          // The guard sends '/' to the signed-in user's home, or to the sign-in page.
          { index: true, element: null },
          ...homeRoutes,
          ...accountsRoutes,
          ...registryRoutes,
          ...auditRoutes,
          ...operatorRoutes,
          ...fairsRoutes,
          ...boothsRoutes,
          ...applicationsRoutes,
          ...mailRoutes,
          ...noticesRoutes,
          ...guestsRoutes,
          ...publishingRoutes,
          ...salesRoutes,
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
