import { useEffect, useRef, useState } from 'react';
import type { SignInPending, SignInStep } from '@bussanten/contracts';
import { pathAfterSignIn, signInPath } from '../../auth/access';
import { useAuth } from '../../auth/AuthContext';
import { stepPath } from '../../auth/second-factor';

export type StepView =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; retry: () => void }
  /** Somewhere else: the app (signed in), the other step, or the sign-in page (nothing waits). */
  | { kind: 'redirect'; to: string; state?: { notice: 'stepEnded' } }
  | { kind: 'ready'; pending: SignInPending };

/**
 * What a step page shows: the sign-in waiting for `step`. When the app does not know of one (a
 * reload, or a request that found the step needed), it asks /api/auth/sign-in/pending. Signed in
 * already: on to `next`. Nothing waiting (the step ended: too many wrong codes, or it expired):
 * back to the password, saying so.
 */
export function usePendingStep(step: SignInStep, next: string | null): StepView {
  const { status, user, pending, error, signedOut, refresh, refreshPending } = useAuth();
  const [check, setCheck] = useState<{ kind: 'idle' } | { kind: 'none' } | { kind: 'error'; error: unknown }>({ kind: 'idle' });
  const asking = useRef(false);
  // Just signed out here: on the way to the sign-in page, nothing to ask.
  const unknown = status === 'ready' && !user && !pending && !signedOut;

  useEffect(() => {
    if (!unknown || asking.current || check.kind !== 'idle') return;
    asking.current = true;
    refreshPending()
      .then((found) => {
        if (!found) setCheck({ kind: 'none' });
      })
      .catch((e: unknown) => setCheck({ kind: 'error', error: e }))
      .finally(() => {
        asking.current = false;
      });
  }, [unknown, check.kind, refreshPending]);

  if (status === 'loading') return { kind: 'loading' };
  if (status === 'error') return { kind: 'error', error, retry: () => void refresh() };
  if (user) return { kind: 'redirect', to: pathAfterSignIn(user, next) };
  if (pending) return pending.pending === step ? { kind: 'ready', pending } : { kind: 'redirect', to: stepPath(pending.pending, next) };
  if (signedOut) return { kind: 'redirect', to: signInPath('') };
  if (check.kind === 'none') return { kind: 'redirect', to: signInPath(next ?? ''), state: { notice: 'stepEnded' } };
  if (check.kind === 'error') return { kind: 'error', error: check.error, retry: () => setCheck({ kind: 'idle' }) };
  return { kind: 'loading' };
}
