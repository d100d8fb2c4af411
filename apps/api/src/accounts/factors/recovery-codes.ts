import { randomInt } from 'node:crypto';
import { formatRecoveryCode, RECOVERY_CODE_ALPHABET, RECOVERY_CODE_COUNT } from '@bussanten/domain';
import { hashToken } from '../tokens';

/**
 * Ten codes of 16 random base32 characters (80 bits each) from the system's CSPRNG. With that much
 * randomness a plain SHA-256 is enough to store them (as for the session and reset tokens): a slow
 * hash protects guessable secrets, and these are not.
 */
export function newRecoveryCodes(): { shown: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => Array.from({ length: 16 }, () => RECOVERY_CODE_ALPHABET[randomInt(32)]).join(''));
  return { shown: codes.map(formatRecoveryCode), hashes: codes.map(hashRecoveryCode) };
}

/** `code` as readRecoveryCode gives it (lower case, no separators). */
export const hashRecoveryCode = (code: string): string => hashToken(code);
