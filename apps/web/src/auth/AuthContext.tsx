import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isSignInPending, type AcceptInvitationInput, type CurrentUser, type SignInInput, type SignInPending, type SignInResult } from '@bussanten/contracts';
import { authApi, passkeySignInApi } from '../accounts';
import { isAbortError, isApiError, setSignInIncompleteHandler, setUnauthenticatedHandler } from '../api/client';
import { SIGN_IN_PATH, accessOf, homeOf, signInPath } from './access';
import { isStepPath, stepPath } from './second-factor';
import { getPasskeyAssertion } from './webauthn';

export type AuthStatus = 'loading' | 'ready' | 'error';

export interface Auth {
  /** 'loading' until the API has said who is signed in; 'error' when it could not be asked. */
  status: AuthStatus;
  /** The signed-in user; null when nobody is (or while loading, or while a sign-in waits for its second step). */
  user: CurrentUser | null;
  /**
   * A sign-in that waits for its second step (a second factor, or enrolling one): the session exists
   * but reaches only that step. Null otherwise, and while not known (see refreshPending).
   */
  pending: SignInPending | null;
  /** Why asking failed (status 'error'). */
  error: unknown;
  /** True once the user signed out here: pages then lead to the sign-in page without "come back here". */
  signedOut: boolean;
  /** Signs in with the password: the person, or the step the sign-in still waits for. */
  signIn: (input: SignInInput) => Promise<SignInResult>;
  /** Signs in with a passkey alone (the browser's prompt, then the API). */
  signInWithPasskey: () => Promise<SignInResult>;
  /** The second step is done: the session gives access now. */
  completeSignIn: (user: CurrentUser) => void;
  /** Asks the API what the session's sign-in still waits for; null when nothing does. */
  refreshPending: () => Promise<SignInPending | null>;
  signOut: () => Promise<void>;
  /** Asks the API again who is signed in. */
  refresh: () => Promise<void>;
  /** Accepting an invitation signs its person in (or starts a sign-in that waits for its second step). */
  acceptInvitation: (token: string, input: AcceptInvitationInput) => Promise<SignInResult>;
  /**
   * Acts within another of the user's memberships, then shows that role's home; or, when that host
   * asks for a second factor first, the step's page.
   */
  switchMembership: (membershipId: string) => Promise<SignInResult>;
  /**
   * Changes each time the user switches membership: the pages are keyed by it, so nothing loaded for
   * the previous host (or role) outlives the switch, even when the new home is the same path.
   */
  switchCount: number;
}

const AuthContext = createContext<Auth | null>(null);

const isUnauthenticated = (e: unknown) => isApiError(e) && e.status === 401;
const isSignInIncomplete = (e: unknown) => isApiError(e) && e.status === 401 && e.body?.code === 'SIGN_IN_INCOMPLETE';

interface State {
  status: AuthStatus;
  user: CurrentUser | null;
  pending: SignInPending | null;
  error: unknown;
  signedOut: boolean;
}

const signedIn = (user: CurrentUser): State => ({ status: 'ready', user, pending: null, error: null, signedOut: false });
const waiting = (pending: SignInPending): State => ({ status: 'ready', user: null, pending, error: null, signedOut: false });
const fromResult = (result: SignInResult): State => (isSignInPending(result) ? waiting(result) : signedIn(result));

/**
 * Knows who is signed in: asks /api/auth/me once at start, then follows sign-in, sign-out,
 * invitations and switches between the user's memberships. When any request finds the session gone
 * (401), it forgets the user and sends them to the sign-in page, to come back to where they were.
 * A session whose sign-in waits for its second step (401 SIGN_IN_INCOMPLETE) is sent to that step's
 * page instead, which asks /api/auth/sign-in/pending what the step is.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  // Server state read as one person in one membership is never shown to another (or to the same
  // person acting for another host): every change of who is signed in drops the whole cache first.
  const queryClient = useQueryClient();
  const forget = useCallback(() => queryClient.clear(), [queryClient]);
  const navigate = useNavigate();
  const location = useLocation();
  const [state, setState] = useState<State>({ status: 'loading', user: null, pending: null, error: null, signedOut: false });

  const here = useRef('');
  here.current = `${location.pathname}${location.search}`;

  const askPending = useCallback(async (signal?: AbortSignal): Promise<SignInPending | null> => {
    try {
      const pending = await authApi.pending({ signal });
      setState(waiting(pending));
      return pending;
    } catch (e) {
      if (isAbortError(e)) throw e;
      if (!isUnauthenticated(e)) throw e;
      setState((s) => ({ status: 'ready', user: null, pending: null, error: null, signedOut: s.signedOut }));
      return null;
    }
  }, []);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const user = await authApi.me({ signal });
        setState(signedIn(user));
      } catch (e) {
        if (isAbortError(e)) return;
        const pathname = here.current.split(/[?#]/)[0] ?? '';
        // Signed in with the password but not done yet (or a reload of a step's page): ask what is missing.
        if (isSignInIncomplete(e) || (isUnauthenticated(e) && isStepPath(pathname))) {
          try {
            await askPending(signal);
          } catch (again) {
            if (isAbortError(again)) return;
            setState((s) => ({ ...s, status: s.user ? 'ready' : 'error', error: again }));
          }
          return;
        }
        if (isUnauthenticated(e)) setState((s) => ({ status: 'ready', user: null, pending: null, error: null, signedOut: s.signedOut }));
        else setState((s) => ({ ...s, status: s.user ? 'ready' : 'error', error: e }));
      }
    },
    [askPending],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      forget();
      setState({ status: 'ready', user: null, pending: null, error: null, signedOut: false });
      const current = here.current;
      const pathname = current.split(/[?#]/)[0] ?? '';
      if (accessOf(pathname).kind !== 'public') navigate(signInPath(current), { replace: true });
    });
    setSignInIncompleteHandler((step) => {
      // What the step is exactly (and its methods) its page asks; keep what is known when it is the same step.
      setState((s) => ({ status: 'ready', user: null, pending: s.pending && s.pending.pending === step ? s.pending : null, error: null, signedOut: false }));
      const current = here.current;
      const pathname = current.split(/[?#]/)[0] ?? '';
      if (!isStepPath(pathname)) navigate(stepPath(step ?? 'secondFactor', current), { replace: true });
    });
    return () => {
      setUnauthenticatedHandler(null);
      setSignInIncompleteHandler(null);
    };
  }, [navigate, forget]);

  const signIn = useCallback(
    async (input: SignInInput) => {
      const result = await authApi.signIn(input);
      forget();
      setState(fromResult(result));
      return result;
    },
    [forget],
  );

  const signInWithPasskey = useCallback(async () => {
    const options = await passkeySignInApi.options();
    const response = await getPasskeyAssertion(options);
    const result = await passkeySignInApi.signIn(response);
    forget();
    setState(fromResult(result));
    return result;
  }, [forget]);

  const completeSignIn = useCallback(
    (user: CurrentUser) => {
      forget();
      setState(signedIn(user));
    },
    [forget],
  );

  const refreshPending = useCallback(() => askPending(), [askPending]);

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      forget();
      setState({ status: 'ready', user: null, pending: null, error: null, signedOut: true });
      navigate(SIGN_IN_PATH, { replace: true });
    }
  }, [navigate, forget]);

  const acceptInvitation = useCallback(
    async (token: string, input: AcceptInvitationInput) => {
      const result = await authApi.acceptInvitation(token, input);
      forget();
      setState(fromResult(result));
      return result;
    },
    [forget],
  );

  const [switchCount, setSwitchCount] = useState(0);
  const switchMembership = useCallback(
    async (membershipId: string) => {
      const result = await authApi.switchMembership({ membershipId });
      forget();
      setState(fromResult(result));
      setSwitchCount((n) => n + 1);
      navigate(isSignInPending(result) ? stepPath(result.pending, null) : homeOf(result.role));
      return result;
    },
    [navigate, forget],
  );

  const refresh = useCallback(() => load(), [load]);

  const value = useMemo<Auth>(
    () => ({ ...state, signIn, signInWithPasskey, completeSignIn, refreshPending, signOut, refresh, acceptInvitation, switchMembership, switchCount }),
    [state, signIn, signInWithPasskey, completeSignIn, refreshPending, signOut, refresh, acceptInvitation, switchMembership, switchCount],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
