import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { WebAuthnJson } from '@bussanten/contracts';
import type { SiteOptions } from '../session-options';
import type { PasskeyRow } from './factors.repository';

/**
 * The WebAuthn ceremonies, done by @simplewebauthn/server: options out, responses verified against
 * the site's relying party (SiteOptions: PUBLIC_URL's host name and origin, never the request's Host
 * header). What comes back from a browser is untrusted JSON: any malformed or failing response is
 * `null` here (the caller answers SECOND_FACTOR_INVALID), never an exception that would become a 500.
 */

/** The WebAuthn user handle: the person's id as bytes (a UUID, no personal data). */
export const userHandle = (userId: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(userId);
const userHandleText = (userId: string): string => Buffer.from(userHandle(userId)).toString('base64url');

/** The challenge a response answers, read from its clientDataJSON; null when there is none to read. */
export function challengeOf(response: WebAuthnJson): string | null {
  try {
    const inner = response['response'] as { clientDataJSON?: unknown } | undefined;
    if (typeof inner?.clientDataJSON !== 'string') return null;
    const data = JSON.parse(Buffer.from(inner.clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof data.challenge === 'string' && data.challenge.length > 0 && data.challenge.length <= 512 ? data.challenge : null;
  } catch {
    return null;
  }
}

export const credentialIdOf = (response: WebAuthnJson): string | null => {
  const id = response['id'];
  return typeof id === 'string' && id.length > 0 && id.length <= 1024 ? id : null;
};

export function registrationOptions(
  site: SiteOptions,
  user: { id: string; email: string; displayName: string },
  existing: PasskeyRow[],
): Promise<WebAuthnJson> {
  return generateRegistrationOptions({
    rpName: site.rpName,
    rpID: site.rpId,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: userHandle(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransport[] })),
    // A discoverable credential, so the same passkey also signs in without a password.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  }) as unknown as Promise<WebAuthnJson>;
}

export interface VerifiedPasskey {
  credentialId: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  deviceType: string;
  backedUp: boolean;
}

export async function verifyRegistration(site: SiteOptions, response: WebAuthnJson, challenge: string): Promise<VerifiedPasskey | null> {
  try {
    const result = await verifyRegistrationResponse({
      response: response as unknown as RegistrationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: site.origin,
      expectedRPID: site.rpId,
      requireUserVerification: false,
    });
    if (!result.verified) return null;
    const { credential, credentialDeviceType, credentialBackedUp } = result.registrationInfo;
    return {
      credentialId: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
    };
  } catch {
    return null;
  }
}

/**
 * Options for a passkey assertion: for a second step, the person's own passkeys; for a password-less
 * sign-in, none named (the browser offers its discoverable ones) and user verification required, so
 * the passkey counts as both factors.
 */
export function authenticationOptions(site: SiteOptions, passkeys: PasskeyRow[] | null): Promise<WebAuthnJson> {
  return generateAuthenticationOptions({
    rpID: site.rpId,
    allowCredentials: passkeys?.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransport[] })) ?? [],
    userVerification: passkeys ? 'preferred' : 'required',
  }) as unknown as Promise<WebAuthnJson>;
}

/** The authenticator's new counter when the assertion is valid for this passkey; null otherwise. */
export async function verifyAssertion(
  site: SiteOptions,
  response: WebAuthnJson,
  challenge: string,
  passkey: PasskeyRow,
  requireUserVerification: boolean,
): Promise<number | null> {
  try {
    const handle = (response['response'] as { userHandle?: unknown } | undefined)?.userHandle;
    // A discoverable passkey names its user; it must be the passkey's owner.
    if (handle !== undefined && handle !== null && handle !== userHandleText(passkey.userId)) return null;
    const result = await verifyAuthenticationResponse({
      response: response as unknown as AuthenticationResponseJSON,
      expectedChallenge: challenge,
      expectedOrigin: site.origin,
      expectedRPID: site.rpId,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports as AuthenticatorTransport[],
      },
      requireUserVerification,
    });
    return result.verified ? result.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}
