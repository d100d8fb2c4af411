import { createTranslator, type Lang, type MessageKey, type MessageValues, type Translate } from '@bussanten/messages';

/**
 * The texts of the outbox messages to municipalities, from the shared ICU catalogs (libs/messages,
 * keys `mail.*`). Pure functions: the callers (applications, booths) enqueue the result in the
 * transaction that made the change. Each message is Japanese first and then English in the same
 * body, and its subject is "日本語 / English", because the recipients read Japanese but the ward also
 * works with staff who do not.
 *
 * Dates are calendar days in Japan ('YYYY-MM-DD' from PostgreSQL `date` columns), not instants: the
 * catalogs' date formats show them in Japan time, so the server's own zone never shifts them.
 */
export interface MailText {
  subject: string;
  body: string;
}

export type Decision = 'accepted' | 'waitlisted' | 'rejected';
export type BoothChange = 'assigned' | 'changed';

/** The two languages of every mail, Japanese first. */
export const T: Record<Lang, Translate> = { ja: createTranslator('ja'), en: createTranslator('en') };

/** One catalog message in both languages; `valuesEn` when the English text names things differently (an English title). */
export function both(key: MessageKey, values: MessageValues = {}, valuesEn: MessageValues = values): Record<Lang, string> {
  return { ja: T.ja(key, values), en: T.en(key, valuesEn) };
}

/** '2023-02-17' → '2月17日(金)' / 'Feb 17 (Fri)'. */
export function mailDate(lang: Lang, isoDate: string): string {
  return T[lang]('mail.date', { day: isoDate });
}

/** A period of days: '2月17日(金)〜2月19日(日)' / 'Feb 17 (Fri) – Feb 19 (Sun)'; one day alone when it is a single day. */
export function mailRange(lang: Lang, from: string, to: string): string {
  return from === to ? mailDate(lang, from) : T[lang]('mail.dateRange', { from, to });
}

/** Items of a list in a sentence: '、' / ', '. */
export function mailList(lang: Lang, items: string[]): string {
  return items.join(T[lang]('mail.listSeparator'));
}

/** Names in a subject stay on one line: a header cannot carry a line break from a title. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function compose(subjectJa: string, subjectEn: string, ja: string[], en: string[], extra: string[] = []): MailText {
  return {
    subject: `【Bussanten】${oneLine(subjectJa)} / ${oneLine(subjectEn)}`,
    body: [...ja, '', ...en, '', ...(extra.length ? [...extra, ''] : []), '--', T.ja('mail.footer'), T.en('mail.footer')].join('\n'),
  };
}

/** To the municipality, when its application to a fair has been submitted. */
export function applicationReceived(fairTitle: string, municipalityName: string, days: string[]): MailText {
  const sorted = [...new Set(days)].sort();
  const text = (lang: Lang) =>
    T[lang]('mail.applicationReceived.body', {
      fair: fairTitle,
      municipality: municipalityName,
      days:
        mailList(
          lang,
          sorted.map((d) => mailDate(lang, d)),
        ) || '—',
    });
  const subject = both('mail.applicationReceived.subject', { fair: fairTitle });
  return compose(subject.ja, subject.en, [text('ja')], [text('en')]);
}

/**
 * To the municipality, when the organizers decide on its application. The organizers' own message,
 * written in whichever language they chose, is quoted once after both texts.
 */
export function decisionMade(status: Decision, fairTitle: string, municipalityName: string, message: string | null): MailText {
  const note = message?.trim();
  const subject = both('mail.decision.subject', { status, fair: fairTitle });
  const body = both('mail.decision.body', { status, fair: fairTitle, municipality: municipalityName });
  const quoted = both('mail.organizersMessage');
  return compose(subject.ja, subject.en, [body.ja], [body.en], note ? [`${quoted.ja} / ${quoted.en}:`, note] : []);
}

/** To the municipality, when it gets a booth for some days of the fair, or its booth or days change. */
export function boothAssigned(kind: BoothChange, fairTitle: string, municipalityName: string, boothCode: string, from: string, to: string): MailText {
  const subject = both('mail.booth.subject', { change: kind, fair: fairTitle });
  const text = (lang: Lang) =>
    T[lang]('mail.booth.body', { change: kind, fair: fairTitle, municipality: municipalityName, booth: boothCode, days: mailRange(lang, from, to) });
  return compose(subject.ja, subject.en, [text('ja')], [text('en')]);
}
