import { Navigate, createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { AccessGuard } from './auth/AccessGuard';
import { AuthProvider } from './auth/AuthContext';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import { RouteError } from './routing/RouteError';
import NotFoundPage from './routing/NotFoundPage';
import { myApplicationRoutes, reviewRoutes } from './applications/routes';
import { fairRoutes } from './fairs/routes';
import { guestRoutes } from './guests/routes';
import { publishingRoutes } from './publishing/routes';
import { page } from './routing/page';


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
          { path: 'sign-in', ...page(() => import('./accounts/sign-in/SignInPage')) },
          { path: 'sign-in/verify', ...page(() => import('./accounts/sign-in/VerifyPage')) },
          { path: 'sign-in/enrol', ...page(() => import('./accounts/sign-in/EnrolPage')) },
          { path: 'invitations/:token', ...page(() => import('./accounts/invitation/InvitationPage')) },
          { path: 'password-reset', ...page(() => import('./accounts/password-reset/ForgotPasswordPage')) },
          { path: 'password-reset/:token', ...page(() => import('./accounts/password-reset/ResetPasswordPage')) },
          { path: 'account/password', ...page(() => import('./accounts/account-password/ChangePasswordPage')) },
          { path: 'account/sessions', ...page(() => import('./accounts/account-sessions/SessionsPage')) },
          { path: 'account/security', ...page(() => import('./accounts/account-security/SecurityPage')) },
          { path: 'my', ...page(() => import('./registry/my-municipality/MyMunicipalityPage')) },
          { path: 'people', ...page(() => import('./accounts/people/PeoplePage')) },
          { path: 'audit', ...page(() => import('./audit/audit-log/AuditPage')) },
          { path: 'operator', ...page(() => import('./operator/hosts/HostsPage')) },
          ...fairRoutes,
          ...reviewRoutes,
          ...myApplicationRoutes,
          ...guestRoutes,
          ...publishingRoutes,
          {
            path: 'registry',
            children: [
              { index: true, ...page(() => import('./registry/municipality-list/MunicipalityListPage')) },
              { path: 'municipalities', loader: () => redirect('/registry'), element: <Navigate to="/registry" replace /> },
              { path: 'municipalities/new', ...page(() => import('./registry/municipality-form/MunicipalityFormPage')) },
              { path: 'municipalities/:id', ...page(() => import('./registry/municipality-detail/MunicipalityDetailPage')) },
              { path: 'municipalities/:id/edit', ...page(() => import('./registry/municipality-form/MunicipalityFormPage')) },
              { path: 'agreements', ...page(() => import('./registry/agreement-list/AgreementListPage')) },
              { path: 'agreements/new', ...page(() => import('./registry/agreement-form/AgreementFormPage')) },
              { path: 'agreements/:id', ...page(() => import('./registry/agreement-detail/AgreementDetailPage')) },
              { path: 'agreements/:id/edit', ...page(() => import('./registry/agreement-form/AgreementFormPage')) },
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
