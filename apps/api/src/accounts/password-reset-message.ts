import { both, compose, type MailText } from '../mail/messages';

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

/**
 * Sent after a password was set through a reset link; links to the 「パスワードをお忘れですか？」 page
 * (`resetUrl`, absolute), where someone who did not do it takes the account back.
 */
export function passwordChangedMessage(p: { at: Date; resetUrl: string }): MailText {
  const body = both('mail.passwordChanged.body', { at: p.at });
  return compose(both('mail.passwordChanged.subject'), { ja: [body.ja], en: [body.en] }, { link: { page: 'passwordReset', url: p.resetUrl }, contact: null });
}
