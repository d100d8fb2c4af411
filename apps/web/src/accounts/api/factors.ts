import type {
  CurrentUser,
  FactorEnrolled,
  HostContact,
  HostEmbedOrigins,
  HostSecurity,
  MyFactors,
  PasskeySummary,
  RecoveryCodes,
  SignInResult,
  TotpSetup,
  UpdateHostSecurity,
  WebAuthnJson,
} from '@bussanten/contracts';
import { remember } from './accounts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** Enrolling that finished a sign-in ('enrol' step) answers the person: their CSRF token from now on. */
const rememberEnrolled = (enrolled: FactorEnrolled): FactorEnrolled => {
  if (enrolled.user) remember(enrolled.user);
  return enrolled;
};

/** The second step of a sign-in that waits for a second factor; each success answers the signed-in person. */
export const signInStepApi = {
  totp: (code: string) => request<CurrentUser>('POST', '/auth/sign-in/totp', { body: { code } }).then(remember),
  recoveryCode: (code: string) => request<CurrentUser>('POST', '/auth/sign-in/recovery-code', { body: { code } }).then(remember),
  passkeyOptions: () => request<WebAuthnJson>('POST', '/auth/sign-in/passkey/options'),
  passkey: (response: WebAuthnJson) => request<CurrentUser>('POST', '/auth/sign-in/passkey', { body: { response } }).then(remember),
};

/** Signing in with a passkey alone (no password): anyone may ask for the options. */
export const passkeySignInApi = {
  options: () => request<WebAuthnJson>('POST', '/auth/passkey/options'),
  signIn: (response: WebAuthnJson) => request<SignInResult>('POST', '/auth/passkey', { body: { response } }).then(remember),
};

/** One's own second factors (also while a sign-in waits for enrolling one). */
export const factorsApi = {
  mine: (o: Signal = {}) => request<MyFactors>('GET', '/me/factors', { signal: o.signal }),
  passkeyOptions: () => request<WebAuthnJson>('POST', '/me/factors/passkeys/options'),
  addPasskey: (name: string, response: WebAuthnJson) =>
    request<FactorEnrolled>('POST', '/me/factors/passkeys', { body: { name, response } }).then(rememberEnrolled),
  renamePasskey: (passkeyId: string, name: string) => request<PasskeySummary>('PATCH', `/me/factors/passkeys/${id(passkeyId)}`, { body: { name } }),
  removePasskey: (passkeyId: string) => request<void>('DELETE', `/me/factors/passkeys/${id(passkeyId)}`),
  totpSetup: () => request<TotpSetup>('POST', '/me/factors/totp/setup'),
  confirmTotp: (code: string) => request<FactorEnrolled>('POST', '/me/factors/totp', { body: { code } }).then(rememberEnrolled),
  removeTotp: () => request<void>('DELETE', '/me/factors/totp'),
  /** Ten new codes; the old ones stop working. */
  regenerateRecoveryCodes: () => request<RecoveryCodes>('POST', '/me/factors/recovery-codes'),
};

/** The host's sign-in rule for its organizers. */
export const hostSecurityApi = {
  get: (o: Signal = {}) => request<HostSecurity>('GET', '/host/security', { signal: o.signal }),
  update: (body: UpdateHostSecurity) => request<HostSecurity>('PUT', '/host/security', { body }),
};

/** The host's contact for its exhibitors (organizers only). */
export const hostContactApi = {
  get: (o: Signal = {}) => request<HostContact>('GET', '/host/contact', { signal: o.signal }),
  update: (body: HostContact) => request<HostContact>('PUT', '/host/contact', { body }),
};

/** The sites that may show the host's fair widget in an <iframe> (organizers only). */
export const hostEmbedApi = {
  get: (o: Signal = {}) => request<HostEmbedOrigins>('GET', '/host/embed-origins', { signal: o.signal }),
  update: (body: HostEmbedOrigins) => request<HostEmbedOrigins>('PUT', '/host/embed-origins', { body }),
};
