import { generateSecret, generateURI, verify } from 'otplib';
import { toString as qrToString } from 'qrcode';

/**
 * The authenticator app's codes (RFC 6238: six digits, 30-second steps, SHA-1, as every app
 * expects), by otplib. A code of the step before or after is accepted too (a phone's clock drifts);
 * each step is accepted once (FactorsRepository.useTotpStep).
 */
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

/** The additional data a person's sealed secret is bound to: it opens for that person only. */
export const totpContext = (userId: string): string => `totp_factors.secret:${userId}`;

export async function totpSetup(secret: string, account: string): Promise<{ uri: string; qrSvg: string }> {
  const uri = generateURI({ issuer: 'Bussanten', label: account, secret });
  return { uri, qrSvg: await qrToString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
}

/** The code's time step when it is valid now (and after `afterTimeStep`), else null. */
export async function totpTimeStep(secret: string, code: string, afterTimeStep: number | null = null): Promise<number | null> {
  try {
    const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS, ...(afterTimeStep !== null ? { afterTimeStep } : {}) });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}
