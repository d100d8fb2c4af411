import { both } from '../mail/messages';

/** Mails about a password (Japanese first, then English; the catalogs' `mail.passwordReset.*` and `mail.passwordChanged.*`). */

const resetSubject = () => {
  const s = both('mail.passwordReset.subject');
  return `【Bussanten】${s.ja} / ${s.en}`;
};

/** The "forgot password" mail: a one-time link valid for an hour. */
export function passwordResetMessage(p: { link: string; expiresAt: Date }) {
  const request = both('mail.passwordReset.request', { until: p.expiresAt });
  const ifNotYou = both('mail.passwordReset.ifNotYou');
  return {
    subject: resetSubject(),
    body: [request.ja, p.link, ifNotYou.ja, '', request.en, ifNotYou.en].join('\n'),
  };
}

/** Written for a request naming an address without an account; never sent (see PasswordResetsService). */
export function passwordResetNoAccountMessage() {
  const body = both('mail.passwordReset.noAccount');
  return { subject: resetSubject(), body: [body.ja, body.en].join('\n') };
}

/** Sent after a password was set through a reset link. */
export function passwordChangedMessage(p: { at: Date }) {
  const subject = both('mail.passwordChanged.subject');
  const body = both('mail.passwordChanged.body', { at: p.at });
  return {
    subject: `【Bussanten】${subject.ja} / ${subject.en}`,
    body: [body.ja, '', body.en].join('\n'),
  };
}
