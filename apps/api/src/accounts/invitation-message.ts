import type { HostRole } from '@bussanten/contracts';
import { both } from '../mail/messages';

/**
 * The invitation mail (Japanese first, then English; the catalogs' `mail.invitation.*`), written to
 * the outbox with the invitation and sent by the mail worker. The link sits between the two texts.
 */
export function invitationMessage(p: { hostName: string; role: HostRole; municipalityName: string | null; link: string; expiresAt: Date }) {
  const subject = both('mail.invitation.subject', { host: p.hostName });
  const body = both('mail.invitation.body', { host: p.hostName, role: p.role, municipality: p.municipalityName ?? '', until: p.expiresAt });
  return {
    subject: `【Bussanten】${subject.ja} / ${subject.en}`,
    body: [body.ja, p.link, '', body.en].join('\n'),
  };
}
