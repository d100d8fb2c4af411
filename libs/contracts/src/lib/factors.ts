import type { CurrentUser, Host } from './accounts';

/** Ways to confirm a sign-in after the password. */
export type SecondFactorMethod = 'passkey' | 'totp' | 'recoveryCode';

/**
 * What a session still needs before it gives access: the person's second factor ('secondFactor'),
 * or, when a host requires one of its organizers and the person has none, enrolling one ('enrol').
 */
export type SignInStep = 'secondFactor' | 'enrol';

/**
 * The answer of a sign-in (or of a membership switch) that needs a second step. The session cookie
 * is set, but the session reaches only the routes of that step (and sign-out) until it is done.
 */
export interface SignInPending {
  pending: SignInStep;
  /**
   * 'secondFactor': the methods this person can use now (recoveryCode only while unused codes remain).
   * 'enrol': the methods that may be enrolled (passkey, totp).
   */
  methods: SecondFactorMethod[];
  email: string;
  displayName: string;
  /** With 'enrol': the host whose rule asks for a second factor. */
  requiredBy: Host | null;
  /** Send back as X-CSRF-Token on the step's writes. */
  csrfToken: string;
}

/** POST /api/auth/sign-in (and the other ways in) answer the person, or the step still needed. */
export type SignInResult = CurrentUser | SignInPending;

export function isSignInPending(result: SignInResult): result is SignInPending {
  return 'pending' in result;
}

/**
 * WebAuthn's JSON shapes (PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON, …) are
 * passed through as they are: the server makes them with @simplewebauthn/server and the web hands
 * them to @simplewebauthn/browser. Contracts do not restate the W3C's types.
 */
export type WebAuthnJson = Record<string, unknown>;

/** POST /api/auth/sign-in/totp and /api/auth/sign-in/recovery-code. */
export interface SecondFactorCodeRequest {
  code: string;
}

/** POST /api/auth/sign-in/passkey and /api/auth/passkey: the browser's AuthenticationResponseJSON. */
export interface PasskeyAssertionRequest {
  response: WebAuthnJson;
}

export interface PasskeySummary {
  id: string;
  /** Given by its owner ("MacBook", "iPhone"); unique per person. */
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Synced by its provider to the person's other devices (a multi-device passkey). */
  backedUp: boolean;
}

/** GET /api/me/factors: the person's second factors (never a secret). */
export interface MyFactors {
  passkeys: PasskeySummary[];
  /** Set once an authenticator app's code was confirmed. */
  totp: { enabledAt: string } | null;
  /** Null until a first factor is enrolled. */
  recoveryCodes: { remaining: number; createdAt: string } | null;
  /** The host of the active membership requires a second factor of its organizers (and this is one). */
  required: boolean;
}

/** POST /api/me/factors/totp/setup: a new secret to add to an authenticator app; confirmed by a code from it. */
export interface TotpSetup {
  /** Base32, for typing in by hand. */
  secret: string;
  /** otpauth:// URI, the QR code's content. */
  uri: string;
  /** The QR code as an SVG document. */
  qrSvg: string;
}

/** POST /api/me/factors/totp: the first code from the app, which turns TOTP on. */
export interface ConfirmTotpRequest {
  code: string;
}

/** POST /api/me/factors/passkeys: the browser's RegistrationResponseJSON and a name for the passkey. */
export interface RegisterPasskeyRequest {
  name: string;
  response: WebAuthnJson;
}

export interface RenamePasskeyRequest {
  name: string;
}

/**
 * After a factor is enrolled: ten recovery codes when it was the person's first factor (shown once,
 * never again), and the signed-in person when enrolling finished a sign-in ('enrol' step).
 */
export interface FactorEnrolled {
  recoveryCodes: string[] | null;
  user: CurrentUser | null;
}

/** POST /api/me/factors/recovery-codes: ten new codes; the old ones stop working. Shown once. */
export interface RecoveryCodes {
  codes: string[];
}

/** GET/PUT /api/host/security: the host's sign-in rule for its organizers. */
export interface HostSecurity {
  requireSecondFactor: boolean;
  /** Organizers (live memberships) of the host whose account has no second factor yet. */
  organizersWithoutFactor: number;
}

export interface UpdateHostSecurity {
  requireSecondFactor: boolean;
}

/** POST /api/operator/factor-resets: the operator resets the person with this address. */
export interface OperatorFactorResetRequest {
  email: string;
}

/** What a reset of someone's second factors removed; their sessions all end. */
export interface FactorsReset {
  passkeys: number;
  totp: boolean;
  recoveryCodes: number;
  sessionsEnded: number;
}
