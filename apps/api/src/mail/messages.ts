import type { NoticePlacement } from '@bussanten/contracts';
import { createTranslator, type Lang, type MessageKey, type MessageValues, type Translate } from '@bussanten/messages';

/**
 * The texts of the outbox messages to municipalities, from the shared ICU catalogs (libs/messages,
 * keys `mail.*`). Pure functions: the callers (applications, booths) enqueue the result in the
 * transaction that made the change. Each message is Japanese first and then English in the same
 * body, and its subject is "日本語 / English", because the recipients read Japanese but the ward also
 * works with staff who do not. The English half names things by their English names where they
 * exist (the fair's titleEn, the municipality's nameEn). Every mail ends with a MailFrame: the link
 * to its item once after both halves, and the host's contact at the end of each half. The message
 * functions take one facts object, so a variant or a new fact is one more field.
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

/** A fair as a mail names it: its English title where it has one. */
export interface FairNames {
  title: string;
  titleEn: string | null;
}

/** A municipality (or a host, a guest) as a mail names it: its English name where it has one. */
export interface Names {
  name: string;
  nameEn: string | null;
}

/** The fair's title in `lang`: the English title in English where it exists, the Japanese one otherwise. */
export const fairTitle = (lang: Lang, f: FairNames): string => (lang === 'en' ? (f.titleEn ?? f.title) : f.title);

/** A name in `lang`: the English name in English where it exists, the Japanese one otherwise. */
export const nameIn = (lang: Lang, n: Names): string => (lang === 'en' ? (n.nameEn ?? n.name) : n.name);

/**
 * The host a mail is sent for and how its exhibitors reach its organizers (PUT /api/host/contact,
 * hosts.contact_*): each part may be unset.
 */
export interface HostContact extends Names {
  email: string | null;
  phone: string | null;
  note: string | null;
}

/** The page a mail links to: the label of its link (`mail.link`). */
export type LinkPage = 'application' | 'applications' | 'organizerApplication' | 'publicPage' | 'accountSecurity' | 'signIn' | 'passwordReset';

/**
 * What every mail ends with: the absolute link to the page where its item is handled (built from
 * PUBLIC_URL, see OutboxService.link), once after both halves; and, for a mail sent on a host's
 * behalf, the host's contact at the end of each half (null for the account-security mails).
 */
export interface MailFrame {
  link: { page: LinkPage; url: string };
  contact: HostContact | null;
}

/**
 * 「お問い合わせ：品川区 地域活性化課、電話 03-1234-5678、メール info@…」 / "Contact: Shinagawa City,
 * …": the contact the host set; when it set none, its name and a sentence to reach its organizers
 * directly (nothing is made up). The free-text note stays as the host wrote it, in both halves.
 */
export function contactLine(lang: Lang, c: HostContact): string {
  const t = T[lang];
  const parts = [
    c.note ? oneLine(c.note) : null,
    c.phone ? t('mail.contact.phone', { phone: c.phone }) : null,
    c.email ? t('mail.contact.email', { email: c.email }) : null,
  ].filter((p): p is string => !!p);
  const host = nameIn(lang, c);
  return parts.length ? t('mail.contact', { host, details: mailList(lang, parts) }) : t('mail.contact.unset', { host });
}

/** The link's line pair: "申込のページ / Your application:" then the URL alone on its line, so every mail program makes it a link. */
export function linkLines(link: MailFrame['link']): string[] {
  const label = both('mail.link', { page: link.page });
  return [`${label.ja} / ${label.en}:`, link.url];
}

/**
 * A mail: the subject "【Bussanten】日本語 / English"; the body the Japanese half (with the host's
 * contact), the English half (with it again), what both halves share (`extra`: an organizers'
 * message), the link, and the footer.
 */
export function compose(subject: Record<Lang, string>, body: Record<Lang, string[]>, frame: MailFrame, extra: string[] = []): MailText {
  const half = (lang: Lang) => [...body[lang], ...(frame.contact ? ['', contactLine(lang, frame.contact)] : [])];
  return {
    subject: `【Bussanten】${oneLine(subject.ja)} / ${oneLine(subject.en)}`,
    body: [
      ...half('ja'),
      '',
      ...half('en'),
      '',
      ...(extra.length ? [...extra, ''] : []),
      ...linkLines(frame.link),
      '',
      '--',
      T.ja('mail.footer'),
      T.en('mail.footer'),
    ].join('\n'),
  };
}

/** The values of a message naming a fair and a municipality, in each language. */
const named = (fair: FairNames, municipality: Names) => (lang: Lang) => ({ fair: fairTitle(lang, fair), municipality: nameIn(lang, municipality) });

export interface ApplicationReceivedFacts {
  fair: FairNames;
  municipality: Names;
  days: string[];
  /** The link to the representative's application (/my/applications/:id) and the host's contact. */
  frame: MailFrame;
}

/** To the municipality, when its application to a fair has been submitted. */
export function applicationReceived(f: ApplicationReceivedFacts): MailText {
  const sorted = [...new Set(f.days)].sort();
  const names = named(f.fair, f.municipality);
  const text = (lang: Lang) =>
    T[lang]('mail.applicationReceived.body', {
      ...names(lang),
      days:
        mailList(
          lang,
          sorted.map((d) => mailDate(lang, d)),
        ) || '—',
    });
  const subject = both('mail.applicationReceived.subject', names('ja'), names('en'));
  return compose(subject, { ja: [text('ja')], en: [text('en')] }, f.frame);
}

export interface DecisionFacts {
  status: Decision;
  fair: FairNames;
  municipality: Names;
  /** The organizers' message, in whichever language they wrote it. */
  message: string | null;
  /** The link to the representative's application and the host's contact. */
  frame: MailFrame;
}

/**
 * To the municipality, when the organizers decide on its application. The organizers' own message,
 * written in whichever language they chose, is quoted once after both texts.
 */
export function decisionMade(f: DecisionFacts): MailText {
  const note = f.message?.trim();
  const names = named(f.fair, f.municipality);
  const subject = both('mail.decision.subject', { status: f.status, ...names('ja') }, { status: f.status, ...names('en') });
  const body = both('mail.decision.body', { status: f.status, ...names('ja') }, { status: f.status, ...names('en') });
  const quoted = both('mail.organizersMessage');
  return compose(subject, { ja: [body.ja], en: [body.en] }, f.frame, note ? [`${quoted.ja} / ${quoted.en}:`, note] : []);
}

export interface PlacementNoticeFacts {
  fair: FairNames;
  municipality: Names;
  /** What the last notice told (empty before the first). */
  before: readonly NoticePlacement[];
  after: readonly NoticePlacement[];
  /** The link to the representative's application (its page shows the booth on the plan) and the host's contact. */
  frame: MailFrame;
}

/**
 * 「配置を通知」: the municipality's booths and days now, and what it was told before when that
 * differs (every change since the last notice in one mail).
 */
export function placementNotice(f: PlacementNoticeFacts): MailText {
  const lines = (lang: Lang, list: readonly NoticePlacement[]) =>
    list.length
      ? list.map((p) => T[lang]('mail.placement.line', { booth: p.booth, days: mailRange(lang, p.from, p.to) })).join('\n')
      : T[lang]('mail.placement.none');
  const names = named(f.fair, f.municipality);
  const subject = both('mail.placement.subject', names('ja'), names('en'));
  const text = (lang: Lang) =>
    T[lang]('mail.placement.body', {
      ...names(lang),
      now: lines(lang, f.after),
      told: f.before.length ? 'yes' : 'no',
      before: lines(lang, f.before),
    });
  return compose(subject, { ja: [text('ja')], en: [text('en')] }, f.frame);
}
