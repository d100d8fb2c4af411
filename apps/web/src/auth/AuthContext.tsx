import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AcceptInvitationInput, CurrentUser, SignInInput } from '@bussanten/contracts';
import { authApi } from '../api/accounts';
import { isAbortError, isApiError, setUnauthenticatedHandler } from '../api/client';
import { SIGN_IN_PATH, accessOf, homeOf, signInPath } from './access';

export type AuthStatus = 'loading' | 'ready' | 'error';

export interface Auth {
  /** 'loading' until the API has said who is signed in; 'error' when it could not be asked. */
  status: AuthStatus;
  /** The signed-in user; null when nobody is (or while loading). */
  user: CurrentUser | null;
  /** Why asking failed (status 'error'). */
  error: unknown;
  /** True once the user signed out here: pages then lead to the sign-in page without "come back here". */
  signedOut: boolean;
  signIn: (input: SignInInput) => Promise<CurrentUser>;
  signOut: () => Promise<void>;
  /** Asks the API again who is signed in. */
  refresh: () => Promise<void>;
  /** Accepting an invitation signs its person in. */
  acceptInvitation: (token: string, input: AcceptInvitationInput) => Promise<CurrentUser>;
  /** Acts within another of the user's memberships, then shows that role's home. */
  switchMembership: (membershipId: string) => Promise<CurrentUser>;
  /**
   * Changes each time the user switches membership: the pages are keyed by it, so nothing loaded for
   * the previous host (or role) outlives the switch, even when the new home is the same path.
   */
  switchCount: number;
}

const AuthContext = createContext<Auth | null>(null);

const isUnauthenticated = (e: unknown) => isApiError(e) && e.status === 401;

/**
 * Knows who is signed in: asks /api/auth/me once at start, then follows sign-in, sign-out,
 * invitations and switches between the user's memberships. When any request finds the session gone
 * (401), it forgets the user and sends them to the sign-in page, to come back to where they were.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [state, setState] = useState<{ status: AuthStatus; user: CurrentUser | null; error: unknown; signedOut: boolean }>({
    status: 'loading',
    user: null,
    error: null,
    signedOut: false,
  });

  const here = useRef('');
  here.current = `${location.pathname}${location.search}`;

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const user = await authApi.me({ signal });
      setState({ status: 'ready', user, error: null, signedOut: false });
    } catch (e) {
      if (isAbortError(e)) return;
      if (isUnauthenticated(e)) setState((s) => ({ status: 'ready', user: null, error: null, signedOut: s.signedOut }));
      else setState((s) => ({ status: s.user ? 'ready' : 'error', user: s.user, error: e, signedOut: s.signedOut }));
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setState({ status: 'ready', user: null, error: null, signedOut: false });
      const current = here.current;
      const pathname = current.split(/[?#]/)[0] ?? '';
      if (accessOf(pathname).kind !== 'public') navigate(signInPath(current), { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [navigate]);

  const signIn = useCallback(async (input: SignInInput) => {
    const user = await authApi.signIn(input);
    setState({ status: 'ready', user, error: null, signedOut: false });
    return user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      setState({ status: 'ready', user: null, error: null, signedOut: true });
      navigate(SIGN_IN_PATH, { replace: true });
    }
  }, [navigate]);

  const acceptInvitation = useCallback(async (token: string, input: AcceptInvitationInput) => {
    const user = await authApi.acceptInvitation(token, input);
    setState({ status: 'ready', user, error: null, signedOut: false });
    return user;
  }, []);

  const [switchCount, setSwitchCount] = useState(0);
  const switchMembership = useCallback(
    async (membershipId: string) => {
      const user = await authApi.switchMembership({ membershipId });
      setState({ status: 'ready', user, error: null, signedOut: false });
      setSwitchCount((n) => n + 1);
      navigate(homeOf(user.role));
      return user;
    },
    [navigate],
  );

  const refresh = useCallback(() => load(), [load]);

  const value = useMemo<Auth>(
    () => ({ ...state, signIn, signOut, refresh, acceptInvitation, switchMembership, switchCount }),
    [state, signIn, signOut, refresh, acceptInvitation, switchMembership, switchCount],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
