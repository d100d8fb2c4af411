import type { ApiErrorDetail, FactorsReset, MyFactors } from '@bussanten/contracts';
import { translate, type Lang } from '../../i18n/dictionaries';
import { formatDateTime } from '../../i18n/format';

/** The longest passkey name the form sends (the API's limit). */
export const PASSKEY_NAME_MAX = 60;

/** The device a User-Agent string names, in words its owner recognises: 'iPhone', 'Mac', 'Android', … */
export function deviceOf(userAgent: string): string | null {
  const ua = userAgent;
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua)) return 'iPad';
  if (/Android/.test(ua)) return 'Android';
  if (/CrOS/.test(ua)) return 'Chromebook';
  if (/Macintosh|Mac OS X/.test(ua)) return 'Mac';
  if (/Windows/.test(ua)) return 'Windows';
  if (/Linux/.test(ua)) return 'Linux';
  return null;
}

/**
 * A name to suggest for a new passkey: the device ('iPhone'), or 'パスキー' / 'Passkey' when it is
 * not known; with a number when the person already has a passkey of that name ('iPhone 2').
 */
export function defaultPasskeyName(userAgent: string, existing: readonly string[], lang: Lang): string {
  const base = deviceOf(userAgent) ?? translate(lang, 'factors.passkeyDefaultName');
  const taken = new Set(existing.map((n) => n.trim().toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Why a passkey name cannot be sent: blank, too long, or the name of another of one's passkeys
 * (compared as the API does: without surrounding spaces; `own` is the passkey being renamed, which may keep its name).
 */
export function passkeyNameDetails(
  name: string,
  existing: readonly { id: string; name: string }[],
  own: string | null = null,
  field = 'name',
): ApiErrorDetail[] {
  const trimmed = name.trim();
  if (trimmed === '') return [{ field, rule: 'required', message: `${field} is required` }];
  if ([...trimmed].length > PASSKEY_NAME_MAX) {
    return [{ field, rule: 'maxLength', message: `${field} must be at most ${PASSKEY_NAME_MAX} characters`, meta: { max: PASSKEY_NAME_MAX } }];
  }
  const same = existing.some((p) => p.id !== own && p.name.trim() === trimmed);
  return same ? [{ field, rule: 'duplicatePasskeyName', message: 'a passkey with this name exists' }] : [];
}

/** The setup key in groups of four ('JBSW Y3DP EHPK 3PXP'), easier to type from the screen. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** An SVG document as an image address (for <img src>: no script of the document runs). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** How many second factors the person has (the recovery codes are not one: they stand in for one). */
export function factorCount(factors: Pick<MyFactors, 'passkeys' | 'totp'>): number {
  return factors.passkeys.length + (factors.totp ? 1 : 0);
}

/** Few enough recovery codes left that it is time to make new ones. */
export const FEW_RECOVERY_CODES = 3;

/** The file of recovery codes to download: its name (with the date) and its text (one code a line, CRLF for Notepad). */
export function recoveryCodesFile(codes: readonly string[], email: string, createdAt: Date | string, lang: Lang): { name: string; text: string } {
  const when = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const date = new Date(when.getTime() + 9 * 3600_000).toISOString().slice(0, 10); // the day in Japan
  const lines = [
    translate(lang, 'factors.codesFileTitle'),
    translate(lang, 'factors.codesFileAccount', { email }),
    translate(lang, 'factors.codesFileCreated', { when: formatDateTime(when.toISOString(), lang) }),
    translate(lang, 'factors.codesFileNote'),
    '',
    ...codes.map((code, i) => `${String(i + 1).padStart(2, ' ')}. ${code}`),
    '',
  ];
  return { name: `bussanten-recovery-codes-${date}.txt`, text: lines.join('\r\n') };
}

/** The codes to copy: one a line, nothing else. */
export function recoveryCodesText(codes: readonly string[]): string {
  return codes.join('\n');
}

/** What a reset of someone's second factors removed, in a sentence. */
export function resetSummary(reset: FactorsReset, lang: Lang): string {
  return translate(lang, 'factors.resetSummary', {
    passkeys: reset.passkeys,
    totp: translate(lang, reset.totp ? 'factors.resetTotpYes' : 'factors.resetTotpNo'),
    codes: reset.recoveryCodes,
    sessions: reset.sessionsEnded,
  });
}
