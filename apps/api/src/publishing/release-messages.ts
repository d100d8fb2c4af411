import type { PublicFair } from '@bussanten/contracts';
import { releaseChanges } from '@bussanten/domain';
import { both } from '../mail/messages';
import type { NewOutboxMessage } from '../mail/outbox.repository';
import { exhibitorCalendar, fairCalendar } from './ical';

type Message = Pick<NewOutboxMessage, 'recipient' | 'subject' | 'body' | 'attachments'>;

const CHANGED_FOR_EXHIBITOR = new Set(['exhibitorAdded', 'boothMoved', 'exhibitorDaysChanged']);

/**
 * One batched message per exhibitor whose booth or days changed in this release (or who was added),
 * listing what changed, with an .ics of its days at the booth. Fair-wide changes (hours) go to every
 * exhibitor, since they change everyone's day.
 */
export function releaseMessages(previous: PublicFair | null, next: PublicFair, recipients: { municipalityId: string; email: string }[]): Message[] {
  const changes = previous ? releaseChanges(previous, next) : [];
  const fairWide = changes.filter((c) => c.kind === 'hoursChanged' || c.kind === 'dayAdded' || c.kind === 'dayRemoved');
  const messages: Message[] = [];
  for (const exhibitor of next.exhibitors) {
    const own = changes.filter((c) => c.ref === exhibitor.id && CHANGED_FOR_EXHIBITOR.has(c.kind));
    const all = [...own, ...fairWide];
    if (!all.length) continue;
    const lines = all.map((c) => `・${c.subject}: ${c.before ?? '—'} → ${c.after ?? '—'}`);
    const fair = { fair: next.fair.title, version: next.release.version, exhibitor: exhibitor.name };
    const fairEn = { ...fair, fair: next.fair.titleEn ?? next.fair.title, exhibitor: exhibitor.nameEn ?? exhibitor.name };
    const subject = both('mail.release.subject', fair, fairEn);
    const intro = both('mail.release.intro', fair, fairEn);
    const calendar = both('mail.release.calendar');
    for (const r of recipients.filter((x) => x.municipalityId === exhibitor.id)) {
      messages.push({
        recipient: r.email,
        subject: `【Bussanten】${subject.ja} / ${subject.en}`,
        body: [intro.ja, ...lines, '', calendar.ja, '', '---', intro.en, ...lines, calendar.en].join('\n'),
        attachments: [
          { filename: `${next.fair.slug}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: exhibitorCalendar(next, exhibitor) },
        ],
      });
    }
  }
  return messages;
}

const APPEARANCE_CHANGES = new Set(['appearanceAdded', 'appearanceMoved', 'appearanceCancelled', 'appearanceRemoved']);

/**
 * One batched message per guest (and recipient) whose slots changed in this release, for guests a
 * municipality sends: its representatives hear of it, with an .ics of the guest's visits. A host's
 * own guests have no address here (their contact is free text), so their organizers tell them.
 */
export function guestMessages(previous: PublicFair | null, next: PublicFair, recipients: { appearanceId: string; email: string }[]): Message[] {
  const changes = previous ? releaseChanges(previous, next).filter((c) => APPEARANCE_CHANGES.has(c.kind)) : [];
  const byRecipientAndGuest = new Map<string, { email: string; guest: string; lines: string[]; ids: Set<string> }>();
  for (const c of changes) {
    for (const r of recipients.filter((x) => x.appearanceId === c.ref)) {
      const key = `${r.email}|${c.subject}`;
      const entry = byRecipientAndGuest.get(key) ?? { email: r.email, guest: c.subject, lines: [], ids: new Set<string>() };
      entry.lines.push(`・${c.before ?? '—'} → ${c.after ?? '—'}`);
      entry.ids.add(c.ref);
      byRecipientAndGuest.set(key, entry);
    }
  }
  return [...byRecipientAndGuest.values()].map((e) => {
    const visits = next.appearances.filter((a) => a.guest.name === e.guest);
    const fair = { fair: next.fair.title, version: next.release.version, guest: e.guest };
    const fairEn = { ...fair, fair: next.fair.titleEn ?? next.fair.title };
    const subject = both('mail.guestRelease.subject', fair, fairEn);
    const intro = both('mail.guestRelease.intro', fair, fairEn);
    return {
      recipient: e.email,
      subject: `【Bussanten】${subject.ja} / ${subject.en}`,
      body: [intro.ja, ...e.lines, '', '---', intro.en, ...e.lines].join('\n'),
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
