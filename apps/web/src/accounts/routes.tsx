import type { RouteObject } from 'react-router';
import { page } from '../routing/page';

/** Signing in (and its second steps), invitations, passwords, one's own account, and the host's people. */
export const accountsRoutes: RouteObject[] = [
  { path: 'sign-in', ...page(() => import('./sign-in/SignInPage')) },
  { path: 'sign-in/verify', ...page(() => import('./sign-in/VerifyPage')) },
  { path: 'sign-in/enrol', ...page(() => import('./sign-in/EnrolPage')) },
  { path: 'invitations/:token', ...page(() => import('./invitation/InvitationPage')) },
  { path: 'password-reset', ...page(() => import('./password-reset/ForgotPasswordPage')) },
  { path: 'password-reset/:token', ...page(() => import('./password-reset/ResetPasswordPage')) },
  { path: 'account/password', ...page(() => import('./account-password/ChangePasswordPage')) },
  { path: 'account/sessions', ...page(() => import('./account-sessions/SessionsPage')) },
  { path: 'account/security', ...page(() => import('./account-security/SecurityPage')) },
  { path: 'people', ...page(() => import('./people/PeoplePage')) },
];
