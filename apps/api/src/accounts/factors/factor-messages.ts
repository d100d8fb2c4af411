import { both, compose, nameIn, type MailText, type Names } from '../../mail/messages';

/**
 * Mails about a person's second factors (Japanese first, then English; the catalogs'
 * `mail.factorRemoved.*`, `mail.recoveryCodeUsed.*`, `mail.factorsReset.*`), to the account's own
 * address. Each links to the page where the person acts on it (account security, or sign-in after a
 * reset); as account-security mails they carry no host's contact, and name the host where one acted.
 */

export type RemovedFactor = { kind: 'passkey'; name: string } | { kind: 'totp' };

/** Who reset someone's factors: an organizer of one of their hosts, or the operator. */
export type ResetBy = { kind: 'organizer'; host: Names; name: string } | { kind: 'operator' };

const frame = (page: 'accountSecurity' | 'signIn', url: string) => ({ link: { page, url }, contact: null });

/** `securityUrl`: the absolute address of /account/security. */
export function factorRemovedMessage(p: { factor: RemovedFactor; at: Date; remaining: number; securityUrl: string }): MailText {
  const removed = both('mail.factorRemoved.body', { factor: p.factor.kind, name: p.factor.kind === 'passkey' ? p.factor.name : '', at: p.at });
  const noneLeft = p.remaining === 0 ? both('mail.factorRemoved.noneLeft') : null;
  const ifNotYou = both('mail.ifNotYou');
  const half = (lang: 'ja' | 'en') => [removed[lang], ...(noneLeft ? [noneLeft[lang]] : []), ifNotYou[lang]];
  return compose(both('mail.factorRemoved.subject'), { ja: half('ja'), en: half('en') }, frame('accountSecurity', p.securityUrl));
}

/** `securityUrl`: the absolute address of /account/security, where new codes are made. */
export function recoveryCodeUsedMessage(p: { at: Date; remaining: number; securityUrl: string }): MailText {
  const used = both('mail.recoveryCodeUsed.body', { at: p.at, remaining: p.remaining });
  const ifNotYou = both('mail.ifNotYou');
  return compose(both('mail.recoveryCodeUsed.subject'), { ja: [used.ja, ifNotYou.ja], en: [used.en, ifNotYou.en] }, frame('accountSecurity', p.securityUrl));
}

/** `signInUrl`: the absolute address of /sign-in, where the person signs in with the password alone and enrols again. */
export function factorsResetMessage(p: { at: Date; by: ResetBy; signInUrl: string }): MailText {
  const by = (lang: 'ja' | 'en') =>
    p.by.kind === 'organizer'
      ? both('mail.factorsReset.byOrganizer', { host: nameIn(lang, p.by.host), name: p.by.name })[lang]
      : both('mail.factorsReset.byOperator')[lang];
  const reset = both('mail.factorsReset.body', { by: by('ja'), at: p.at }, { by: by('en'), at: p.at });
  const ifNotYou = both('mail.ifNotYou');
  return compose(both('mail.factorsReset.subject'), { ja: [reset.ja, ifNotYou.ja], en: [reset.en, ifNotYou.en] }, frame('signIn', p.signInUrl));
}
