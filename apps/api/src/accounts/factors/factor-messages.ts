import { both } from '../../mail/messages';

/**
 * Mails about a person's second factors (Japanese first, then English; the catalogs'
 * `mail.factorRemoved.*`, `mail.recoveryCodeUsed.*`, `mail.factorsReset.*`), to the account's own address.
 */

export type RemovedFactor = { kind: 'passkey'; name: string } | { kind: 'totp' };

/** Who reset someone's factors: an organizer of one of their hosts, or the operator. */
export type ResetBy = { kind: 'organizer'; host: string; name: string } | { kind: 'operator' };

const subjectOf = (key: 'mail.factorRemoved.subject' | 'mail.recoveryCodeUsed.subject' | 'mail.factorsReset.subject') => {
  const s = both(key);
  return `【Bussanten】${s.ja} / ${s.en}`;
};

export function factorRemovedMessage(p: { factor: RemovedFactor; at: Date; remaining: number }) {
  const removed = both('mail.factorRemoved.body', { factor: p.factor.kind, name: p.factor.kind === 'passkey' ? p.factor.name : '', at: p.at });
  const noneLeft = p.remaining === 0 ? both('mail.factorRemoved.noneLeft') : null;
  const ifNotYou = both('mail.ifNotYou');
  return {
    subject: subjectOf('mail.factorRemoved.subject'),
    body: [removed.ja, ...(noneLeft ? [noneLeft.ja] : []), ifNotYou.ja, '', removed.en, ...(noneLeft ? [noneLeft.en] : []), ifNotYou.en].join('\n'),
  };
}

export function recoveryCodeUsedMessage(p: { at: Date; remaining: number }) {
  const used = both('mail.recoveryCodeUsed.body', { at: p.at, remaining: p.remaining });
  const ifNotYou = both('mail.ifNotYou');
  return {
    subject: subjectOf('mail.recoveryCodeUsed.subject'),
    body: [used.ja, ifNotYou.ja, '', used.en, ifNotYou.en].join('\n'),
  };
}

export function factorsResetMessage(p: { at: Date; by: ResetBy }) {
  const by = p.by.kind === 'organizer' ? both('mail.factorsReset.byOrganizer', { host: p.by.host, name: p.by.name }) : both('mail.factorsReset.byOperator');
  const reset = { ja: both('mail.factorsReset.body', { by: by.ja, at: p.at }).ja, en: both('mail.factorsReset.body', { by: by.en, at: p.at }).en };
  const ifNotYou = both('mail.ifNotYou');
  return {
    subject: subjectOf('mail.factorsReset.subject'),
    body: [reset.ja, ifNotYou.ja, '', reset.en, ifNotYou.en].join('\n'),
  };
}
