import type { ApiErrorDetail, SignInStep } from '@bussanten/contracts';
import { isApiError } from '../api/client';
import { safeNext } from './access';

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

/** Dashes as a Japanese keyboard may type them (full-width, the long vowel mark), read as '-'. */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d\uff70]/g;

/**
 * A code as typed or pasted: full-width digits and letters made plain (NFKC), spaces (also the
 * full-width one) and the dashes of grouping ('123 456', '１２３－４５６') left out.
 */
export function normaliseTotpCode(text: string): string {
  return text.normalize('NFKC').replace(DASHES, '-').replace(/[\s-]/g, '');
}

export const TOTP_DIGITS = 6;

/** Why a typed authenticator-app code cannot be sent: blank, or not six digits. */
export function totpCodeDetails(text: string, field = 'code'): ApiErrorDetail[] {
  const code = normaliseTotpCode(text);
  if (code === '') return [{ field, rule: 'required', message: `${field} is required` }];
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return [{ field, rule: 'totpFormat', message: `${field} must be ${TOTP_DIGITS} digits` }];
  return [];
}

/**
 * A recovery code as typed: plain characters (NFKC), any dash as '-', no spaces, lower case (the
 * codes are shown in lower case; one read aloud or typed with Caps Lock still works).
 */
export function normaliseRecoveryCode(text: string): string {
  return text.normalize('NFKC').replace(DASHES, '-').replace(/\s/g, '').toLowerCase();
}

export function recoveryCodeDetails(text: string, field = 'code'): ApiErrorDetail[] {
  return normaliseRecoveryCode(text).replace(/-/g, '') === '' ? [{ field, rule: 'required', message: `${field} is required` }] : [];
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
