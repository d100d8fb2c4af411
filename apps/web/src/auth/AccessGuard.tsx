import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, Loading } from '../components/Status';
import { useI18n } from '../i18n/i18n';
import { SIGN_IN_PATH, accessOf, decide } from './access';
import { useAuth } from './AuthContext';
import { stepPath } from './second-factor';

/**
 * Shows the page only to whom may see it (see access.ts): public pages at once; every other page
 * once the API has said who is signed in, or a redirect to the sign-in page, the step a sign-in still
 * waits for (a second factor), or the role's home.
 */
export function AccessGuard() {
  const { t } = useI18n();
  const { status, user, pending, error, refresh, signedOut } = useAuth();
  const { pathname, search } = useLocation();

  if (accessOf(pathname).kind === 'public' && pathname !== '/') return <Outlet />;
  if (status === 'loading') return <Loading label={t('auth.checking')} />;
  if (status === 'error') return <ErrorState error={error} onRetry={() => void refresh()} />;

  // Just signed out: to the sign-in page, without offering to come back to this one.
  if (!user && signedOut) return <Navigate to={SIGN_IN_PATH} replace />;
  // Signed in with the password, not done yet: the step first, then back here.
  if (!user && pending) return <Navigate to={stepPath(pending.pending, `${pathname}${search}`)} replace />;
  const decision = decide(user, pathname, search);
  if (decision.kind === 'redirect') return <Navigate to={decision.to} replace />;
  return <Outlet />;
}
