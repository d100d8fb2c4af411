import { codeMetasOf, isSignInPending, type ApiErrorDetail, type SignInResult, type SignInStep } from '@bussanten/contracts';
import { formatRecoveryCode, readRecoveryCode, readTotpCode } from '@bussanten/domain';
import { isApiError } from '../api/client';
import { pathAfterSignIn, safeNext } from './access';

/** The page of each step a sign-in may wait for. Both are under /sign-in, so public (the guard lets them be). */
export const STEP_PATHS: Record<SignInStep, string> = {
  secondFactor: '/sign-in/verify',
  enrol: '/sign-in/enrol',
};

export function isStepPath(pathname: string): boolean {
  return Object.values(STEP_PATHS).includes(pathname);
}

/** The step's page, coming back to `next` afterwards (when it is worth coming back to, see safeNext). */
export function stepPath(step: SignInStep, next: string | null | undefined): string {
  const target = safeNext(next);
  return target ? `${STEP_PATHS[step]}?next=${encodeURIComponent(target)}` : STEP_PATHS[step];
}

/**
 * Where a way in (the password, a passkey, an accepted invitation) goes on: the step the sign-in
 * still waits for, coming back to `next` afterwards; or `next` itself (or the role's home).
 */
export function pathAfter(result: SignInResult, next: string | null): string {
  return isSignInPending(result) ? stepPath(result.pending, next) : pathAfterSignIn(result, next);
}

/**
 * A code from the authenticator app as typed or pasted ('123 456', '１２３４５６'), read as the API
 * reads it (the domain's readTotpCode): the six digits, or the text as typed when it is not a code.
 */
export function normaliseTotpCode(text: string): string {
  return readTotpCode(text) ?? text.trim();
}

/** Why a typed authenticator-app code cannot be sent: blank, or not six digits. */
export function totpCodeDetails(text: string, field = 'code'): ApiErrorDetail[] {
  if (text.trim() === '') return [{ field, rule: 'required', message: `${field} is required` }];
  if (readTotpCode(text) === null) return [{ field, rule: 'totpFormat', message: `${field} must be 6 digits` }];
  return [];
}

/**
 * A recovery code as typed (any case, full-width, with or without the hyphens and spaces), in the
 * form it is shown ('abcd-efgh-ijkl-mnop'); the text as typed when it is not a code.
 */
export function normaliseRecoveryCode(text: string): string {
  const code = readRecoveryCode(text);
  return code ? formatRecoveryCode(code) : text.trim();
}

export function recoveryCodeDetails(text: string, field = 'code'): ApiErrorDetail[] {
  if (text.trim() === '') return [{ field, rule: 'required', message: `${field} is required` }];
  if (readRecoveryCode(text) === null) return [{ field, rule: 'recoveryCodeFormat', message: `${field} must be 16 letters and digits` }];
  return [];
}

/** How many more wrong codes the waiting sign-in takes (a SECOND_FACTOR_INVALID's meta.attemptsLeft); null when not told. */
export function attemptsLeftOf(e: unknown): number | null {
  if (!isApiError(e)) return null;
  const [meta] = codeMetasOf(e.body, 'SECOND_FACTOR_INVALID');
  return meta ? meta.attemptsLeft : null;
}

/**
 * Why a passkey ceremony (the browser's prompt) did not give a passkey: closed or timed out by the
 * person ('cancelled': nothing to worry about), a passkey of this device that is already registered,
 * a browser without passkeys, an address passkeys do not work at, or anything else ('failed').
 * Null for an error of the API (the caller describes those as any other).
 */
export type PasskeyProblem = 'cancelled' | 'alreadyRegistered' | 'unsupported' | 'wrongAddress' | 'failed';

export function passkeyProblem(e: unknown): PasskeyProblem | null {
  if (isApiError(e)) return null;
  if (typeof e !== 'object' || e === null) return 'failed';
  const { name, code, message } = e as { name?: unknown; code?: unknown; message?: unknown };
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') return 'cancelled';
  if (name === 'InvalidStateError' || code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'alreadyRegistered';
  if (code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID' || name === 'SecurityError') return 'wrongAddress';
  if (name === 'NotSupportedError' || (typeof message === 'string' && /not supported/i.test(message))) return 'unsupported';
  return 'failed';
}

/** The browser can do WebAuthn at all (without loading the library that drives it). */
export function browserHasWebAuthn(): boolean {
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
}
