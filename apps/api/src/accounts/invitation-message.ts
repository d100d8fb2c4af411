import type { HostRole } from '@bussanten/contracts';
import { T, both, contactLine, nameIn, type HostContact, type Names } from '../mail/messages';

/**
 * The invitation mail (Japanese first, then English; the catalogs' `mail.invitation.*`), written to
 * the outbox with the invitation and sent by the mail worker. The link (the invitation's token, a
 * secret link) sits between the two texts; each half names the host (in English in the English half
 * where it has an English name) and ends with its contact, since the host sends it.
 */
export function invitationMessage(p: { host: HostContact; role: HostRole; municipality: Names | null; link: string; expiresAt: Date }) {
  const values = (lang: 'ja' | 'en') => ({
    host: nameIn(lang, p.host),
    role: p.role,
    municipality: p.municipality ? nameIn(lang, p.municipality) : '',
    until: p.expiresAt,
  });
  const subject = both('mail.invitation.subject', { host: nameIn('ja', p.host) }, { host: nameIn('en', p.host) });
  const body = both('mail.invitation.body', values('ja'), values('en'));
  return {
    subject: `【Bussanten】${subject.ja} / ${subject.en}`,
    body: [body.ja, p.link, '', contactLine('ja', p.host), '', body.en, '', contactLine('en', p.host), '', '--', T.ja('mail.footer'), T.en('mail.footer')].join(
      '\n',
    ),
  };
}
