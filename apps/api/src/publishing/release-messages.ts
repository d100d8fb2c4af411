import type { PublicAppearance, PublicExhibitor, PublicFair, ReleaseChange } from '@bussanten/contracts';
import { releaseChanges } from '@bussanten/domain';
import type { Lang } from '@bussanten/messages';
import { T, both, compose, fairTitle, mailDate, mailList, mailRange, nameIn, type MailFrame } from '../mail/messages';
import type { NewOutboxMessage } from '../mail/outbox.repository';
import { exhibitorCalendar, fairCalendar } from './ical';

type Message = Pick<NewOutboxMessage, 'recipient' | 'subject' | 'body' | 'attachments'>;

const CHANGED_FOR_EXHIBITOR = new Set(['exhibitorAdded', 'boothMoved', 'exhibitorDaysChanged']);

const fairNames = (f: PublicFair) => ({ title: f.fair.title, titleEn: f.fair.titleEn });

/** The two releases a change is between, to say it again in each language from the facts (the stored change is Japanese and ISO). */
interface Pair {
  previous: PublicFair;
  next: PublicFair;
}

const exhibitorIn = (f: PublicFair, id: string) => f.exhibitors.find((e) => e.id === id);
const dayIn = (f: PublicFair, date: string) => f.days.find((d) => d.date === date);
const visitIn = (f: PublicFair, id: string) => f.appearances.find((a) => a.id === id);

/** An exhibitor's booths: 'A1（令和9年2月17日(水)〜19日(金)）' / 'A1 (Wed 17 – Fri 19 Feb 2027)'; なし / none without any. */
function boothsText(lang: Lang, e: PublicExhibitor | undefined): string {
  const list = (e?.booths ?? []).map((b) => T[lang]('mail.release.booth', { booth: b.code, days: mailRange(lang, b.from, b.to) }));
  return mailList(lang, list) || T[lang]('mail.none');
}

function daysText(lang: Lang, e: PublicExhibitor | undefined): string {
  return (
    mailList(
      lang,
      (e?.days ?? []).map((d) => mailDate(lang, d)),
    ) || T[lang]('mail.none')
  );
}

function hoursText(lang: Lang, d: { opens: string | null; closes: string | null } | undefined): string {
  return T[lang]('mail.release.hours', { open: d?.opens ? 'yes' : 'no', opens: d?.opens ?? '', closes: d?.closes ?? '' });
}

/** One change for an exhibitor (its booths, its days) or for every exhibitor (a fair day), in `lang`. */
function exhibitorChangeLine(lang: Lang, c: ReleaseChange, { previous, next }: Pair): string {
  const before = exhibitorIn(previous, c.ref);
  const after = exhibitorIn(next, c.ref);
  const values = { kind: c.kind, name: c.subject, day: '', before: '', after: '' };
  switch (c.kind) {
    case 'exhibitorAdded':
    case 'boothMoved':
      return T[lang]('mail.release.change', {
        ...values,
        name: nameIn(lang, after ?? before ?? { name: c.subject, nameEn: null }),
        before: boothsText(lang, before),
        after: boothsText(lang, after),
      });
    case 'exhibitorDaysChanged':
      return T[lang]('mail.release.change', {
        ...values,
        name: nameIn(lang, after ?? before ?? { name: c.subject, nameEn: null }),
        before: daysText(lang, before),
        after: daysText(lang, after),
      });
    default:
      // dayAdded, dayRemoved, hoursChanged: the ref is the date.
      return T[lang]('mail.release.change', {
        ...values,
        day: mailDate(lang, c.ref),
        before: hoursText(lang, dayIn(previous, c.ref)),
        after: hoursText(lang, dayIn(next, c.ref)),
      });
  }
}

/**
 * One batched message per exhibitor whose booth or days changed in this release (or who was added),
 * listing what changed, with an .ics of its days at the booth. Fair-wide changes (hours) go to every
 * exhibitor, since they change everyone's day. Each half says the changes in its language: the
 * English half names the fair, the exhibitor and the dates in English (a name without an English
 * one stays Japanese). `frame`: the link to the fair's public page and the host's contact.
 */
export function releaseMessages(
  previous: PublicFair | null,
  next: PublicFair,
  recipients: { municipalityId: string; email: string }[],
  frame: MailFrame,
): Message[] {
  if (!previous) return [];
  const pair = { previous, next };
  const changes = releaseChanges(previous, next);
  const fairWide = changes.filter((c) => c.kind === 'hoursChanged' || c.kind === 'dayAdded' || c.kind === 'dayRemoved');
  const messages: Message[] = [];
  for (const exhibitor of next.exhibitors) {
    const own = changes.filter((c) => c.ref === exhibitor.id && CHANGED_FOR_EXHIBITOR.has(c.kind));
    const all = [...own, ...fairWide];
    if (!all.length) continue;
    const values = (lang: Lang) => ({ fair: fairTitle(lang, fairNames(next)), version: next.release.version, exhibitor: nameIn(lang, exhibitor) });
    const subject = both('mail.release.subject', values('ja'), values('en'));
    const half = (lang: Lang) => [
      T[lang]('mail.release.intro', values(lang)),
      ...all.map((c) => exhibitorChangeLine(lang, c, pair)),
      '',
      T[lang]('mail.release.calendar'),
    ];
    const text = compose(subject, { ja: half('ja'), en: half('en') }, frame);
    for (const r of recipients.filter((x) => x.municipalityId === exhibitor.id)) {
      messages.push({
        recipient: r.email,
        ...text,
        attachments: [
          { filename: `${next.fair.slug}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: exhibitorCalendar(next, exhibitor) },
        ],
      });
    }
  }
  return messages;
}

const APPEARANCE_CHANGES = new Set(['appearanceAdded', 'appearanceMoved', 'appearanceCancelled', 'appearanceRemoved']);

/** A visit: '令和9年2月18日(木) 13:00〜13:30 会場全体' / 'Thu 18 Feb 2027, 13:00–13:30, Whole venue'. */
function slotText(lang: Lang, a: PublicAppearance | undefined): string {
  if (!a) return '—';
  const place = lang === 'en' ? (a.locationLabelEn ?? a.locationLabel) : a.locationLabel;
  return T[lang]('mail.guestRelease.slot', { day: mailDate(lang, a.date), start: a.start, end: a.end, place });
}

function guestChangeLine(lang: Lang, c: ReleaseChange, { previous, next }: Pair): string {
  return T[lang]('mail.guestRelease.change', { kind: c.kind, before: slotText(lang, visitIn(previous, c.ref)), after: slotText(lang, visitIn(next, c.ref)) });
}

/**
 * One batched message per guest (and recipient) whose slots changed in this release, for guests a
 * municipality sends: its representatives hear of it, with an .ics of the guest's visits. A host's
 * own guests have no address here (their contact is free text), so their organizers tell them.
 * The English half names the guest and the place in English where they have English names.
 */
export function guestMessages(
  previous: PublicFair | null,
  next: PublicFair,
  recipients: { appearanceId: string; email: string }[],
  frame: MailFrame,
): Message[] {
  if (!previous) return [];
  const pair = { previous, next };
  const changes = releaseChanges(previous, next).filter((c) => APPEARANCE_CHANGES.has(c.kind));
  const byRecipientAndGuest = new Map<string, { email: string; guest: { name: string; nameEn: string | null }; changes: ReleaseChange[] }>();
  for (const c of changes) {
    const guest = (visitIn(next, c.ref) ?? visitIn(previous, c.ref))?.guest ?? { name: c.subject, nameEn: null };
    for (const r of recipients.filter((x) => x.appearanceId === c.ref)) {
      const key = `${r.email}|${c.subject}`;
      const entry = byRecipientAndGuest.get(key) ?? { email: r.email, guest: { name: guest.name, nameEn: guest.nameEn }, changes: [] };
      entry.changes.push(c);
      byRecipientAndGuest.set(key, entry);
    }
  }
  return [...byRecipientAndGuest.values()].map((e) => {
    const visits = next.appearances.filter((a) => a.guest.name === e.guest.name);
    const values = (lang: Lang) => ({ fair: fairTitle(lang, fairNames(next)), version: next.release.version, guest: nameIn(lang, e.guest) });
    const subject = both('mail.guestRelease.subject', values('ja'), values('en'));
    const half = (lang: Lang) => [T[lang]('mail.guestRelease.intro', values(lang)), ...e.changes.map((c) => guestChangeLine(lang, c, pair))];
    return {
      recipient: e.email,
      ...compose(subject, { ja: half('ja'), en: half('en') }, frame),
      attachments: [
        {
          filename: `${next.fair.slug}-guest.ics`,
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: fairCalendar({ ...next, days: [], appearances: visits }),
        },
      ],
    };
  });
}
