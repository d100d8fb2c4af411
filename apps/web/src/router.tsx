import { Navigate, createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { AccessGuard } from './auth/AccessGuard';
import { AuthProvider } from './auth/AuthContext';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import { RouteError } from './routes/RouteError';
import NotFoundPage from './routes/not-found/NotFoundPage';
import { myApplicationRoutes, reviewRoutes } from './routes/application-routes';
import { fairRoutes } from './routes/fair-routes';
import { guestRoutes } from './routes/guest-routes';
import { publishingRoutes } from './routes/publishing-routes';
import { page } from './routes/page';


/** Knowing who is signed in needs the router (to send them to sign in), and the header needs to know. */
function Root() {
  return (
    <AuthProvider>
      <Layout />
    </AuthProvider>
  );
}

/**
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
          { path: 'sign-in', ...page(() => import('./routes/sign-in/SignInPage')) },
          { path: 'sign-in/verify', ...page(() => import('./routes/sign-in/VerifyPage')) },
          { path: 'sign-in/enrol', ...page(() => import('./routes/sign-in/EnrolPage')) },
          { path: 'invitations/:token', ...page(() => import('./routes/invitation/InvitationPage')) },
          { path: 'password-reset', ...page(() => import('./routes/password-reset/ForgotPasswordPage')) },
          { path: 'password-reset/:token', ...page(() => import('./routes/password-reset/ResetPasswordPage')) },
          { path: 'account/password', ...page(() => import('./routes/account-password/ChangePasswordPage')) },
          { path: 'account/sessions', ...page(() => import('./routes/account-sessions/SessionsPage')) },
          { path: 'account/security', ...page(() => import('./routes/account-security/SecurityPage')) },
          { path: 'my', ...page(() => import('./routes/my-municipality/MyMunicipalityPage')) },
          { path: 'people', ...page(() => import('./routes/people/PeoplePage')) },
          { path: 'audit', ...page(() => import('./routes/audit/AuditPage')) },
          { path: 'operator', ...page(() => import('./routes/operator/HostsPage')) },
          ...fairRoutes,
          ...reviewRoutes,
          ...myApplicationRoutes,
          ...guestRoutes,
          ...publishingRoutes,
          {
            path: 'registry',
            children: [
              { index: true, ...page(() => import('./routes/municipality-list/MunicipalityListPage')) },
              { path: 'municipalities', loader: () => redirect('/registry'), element: <Navigate to="/registry" replace /> },
              { path: 'municipalities/new', ...page(() => import('./routes/municipality-form/MunicipalityFormPage')) },
              { path: 'municipalities/:id', ...page(() => import('./routes/municipality-detail/MunicipalityDetailPage')) },
              { path: 'municipalities/:id/edit', ...page(() => import('./routes/municipality-form/MunicipalityFormPage')) },
              { path: 'agreements', ...page(() => import('./routes/agreement-list/AgreementListPage')) },
              { path: 'agreements/new', ...page(() => import('./routes/agreement-form/AgreementFormPage')) },
              { path: 'agreements/:id', ...page(() => import('./routes/agreement-detail/AgreementDetailPage')) },
              { path: 'agreements/:id/edit', ...page(() => import('./routes/agreement-form/AgreementFormPage')) },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
