import type { WebAuthnJson } from '@bussanten/contracts';

/**
 * The browser's passkey prompts, through @simplewebauthn/browser. The library is imported when a
 * passkey is first used, so it is a chunk of its own that the sign-in page does not download until
 * someone chooses a passkey. Options and responses are the W3C's JSON, passed through as they are.
 */
export async function getPasskeyAssertion(options: WebAuthnJson): Promise<WebAuthnJson> {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const response = await startAuthentication({ optionsJSON: options as unknown as Parameters<typeof startAuthentication>[0]['optionsJSON'] });
  return response as unknown as WebAuthnJson;
}

export async function createPasskey(options: WebAuthnJson): Promise<WebAuthnJson> {
  const { startRegistration } = await import('@simplewebauthn/browser');
  const response = await startRegistration({ optionsJSON: options as unknown as Parameters<typeof startRegistration>[0]['optionsJSON'] });
  return response as unknown as WebAuthnJson;
}
