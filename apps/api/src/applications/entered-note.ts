import { both, type MailText } from '../mail/messages';

/**
 * The receipt of an application an organizer entered for the municipality (paper, fax) says so
 * first, in both languages, so its representatives know why they received it without sending anything.
 */
export function withEnteredNote(text: MailText): MailText {
  const note = both('mail.applicationEntered.note');
  return { subject: text.subject, body: `${note.ja}\n${note.en}\n\n${text.body}` };
}
