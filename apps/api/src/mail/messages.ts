import type { NoticePlacement } from '@bussanten/contracts';
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

/** The two languages of every mail, Japanese first. */
export const T: Record<Lang, Translate> = { ja: createTranslator('ja'), en: createTranslator('en') };

/** One catalog message in both languages; `valuesEn` when the English text names things differently (an English title). */
export function both(key: MessageKey, values: MessageValues = {}, valuesEn: MessageValues = values): Record<Lang, string> {
  return { ja: T.ja(key, values), en: T.en(key, valuesEn) };
}

/** '2023-02-17' → '令和5年2月17日(金)' / 'Fri 17 Feb 2023': always with the year, a mail is read long after. */
export function mailDate(lang: Lang, isoDate: string): string {
  return T[lang]('mail.date', { day: isoDate });
}

/**
 * A period of days: '令和5年2月17日(金)〜19日(日)' / 'Fri 17 – Sun 19 Feb 2023', as the public page
 * says it (the year and month once where both ends share them); one day alone when it is a single day.
 */
export function mailRange(lang: Lang, from: string, to: string): string {
  if (from === to) return mailDate(lang, from);
  const span = from.slice(0, 7) === to.slice(0, 7) ? 'month' : from.slice(0, 4) === to.slice(0, 4) ? 'year' : 'other';
  return T[lang]('mail.dateRange', { first: from, last: to, span });
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

/**
 * 「配置を通知」: the municipality's booths and days now, and what it was told before when that
 * differs (every change since the last notice in one mail).
 */
export function placementNotice(fairTitle: string, municipalityName: string, before: readonly NoticePlacement[], after: readonly NoticePlacement[]): MailText {
  const lines = (lang: Lang, list: readonly NoticePlacement[]) =>
    list.length
      ? list.map((p) => T[lang]('mail.placement.line', { booth: p.booth, days: mailRange(lang, p.from, p.to) })).join('\n')
      : T[lang]('mail.placement.none');
  const subject = both('mail.placement.subject', { fair: fairTitle });
  const text = (lang: Lang) =>
    T[lang]('mail.placement.body', {
      fair: fairTitle,
      municipality: municipalityName,
      now: lines(lang, after),
      told: before.length ? 'yes' : 'no',
      before: lines(lang, before),
    });
  return compose(subject.ja, subject.en, [text('ja')], [text('en')]);
}
