import type { PublicAppearance, PublicDay, PublicExhibitor, PublicFair, ReleaseChange } from '@bussanten/contracts';

const range = (b: { code: string; from: string; to: string }) => `${b.code} ${b.from}–${b.to}`;
const booths = (e: PublicExhibitor) => e.booths.map(range).join(', ');
const slot = (a: PublicAppearance) => `${a.date} ${a.start}–${a.end} ${a.locationLabel}`;
const slotEn = (a: PublicAppearance) => `${a.date} ${a.start}–${a.end} ${a.locationLabelEn ?? a.locationLabel}`;

/** The English reading of an exhibitor's change: its English name, when it has one (booths and dates read the same). */
function exhibitorEn(e: PublicExhibitor, change: Omit<ReleaseChange, 'en'>): ReleaseChange {
  return e.nameEn ? { ...change, en: { subject: e.nameEn, before: change.before, after: change.after } } : change;
}

/** The English reading of a visit's change: the guest's English name and the places in English, when either differs. */
function appearanceEn(old: PublicAppearance | undefined, a: PublicAppearance, change: Omit<ReleaseChange, 'en'>): ReleaseChange {
  const en = {
    subject: a.guest.nameEn,
    before: change.before === null || !old ? change.before : slotEn(old),
    after: change.after === null ? null : slotEn(a),
  };
  return en.subject || en.before !== change.before || en.after !== change.after ? { ...change, en } : change;
}
const hours = (d: { opens: string | null; closes: string | null }) => (d.opens ? `${d.opens}–${d.closes}` : 'closed');

/** Whether an appearance changed in a way a visitor (or a calendar) should notice. */
function appearanceChanged(a: PublicAppearance, b: PublicAppearance): boolean {
  return (
    a.startsAt !== b.startsAt ||
    a.endsAt !== b.endsAt ||
    a.locationLabel !== b.locationLabel ||
    a.status !== b.status ||
    a.note !== b.note ||
    a.guest.name !== b.guest.name
  );
}

/**
 * What changed between two releases, as the public changelog and the organizers' history show it:
 * exhibitors added or withdrawn, booths moved, days present changed, fair days or hours changed,
 * appearances added, moved, cancelled or removed. The first release has no changes.
 */
export function releaseChanges(prev: PublicFair | null, next: PublicFair): ReleaseChange[] {
  if (!prev) return [];
  return [...exhibitorChanges(prev, next), ...dayChanges(prev, next), ...appearanceChanges(prev, next)];
}

/** Exhibitors added, moved to other booths, present on other days, then those withdrawn. */
function exhibitorChanges(prev: PublicFair, next: PublicFair): ReleaseChange[] {
  const changes: ReleaseChange[] = [];
  const before = new Map(prev.exhibitors.map((e) => [e.id, e]));
  const after = new Map(next.exhibitors.map((e) => [e.id, e]));
  for (const e of next.exhibitors) {
    const old = before.get(e.id);
    if (!old) changes.push(exhibitorEn(e, { kind: 'exhibitorAdded', subject: e.name, before: null, after: booths(e) || null, ref: e.id }));
    else changes.push(...exhibitorEdits(old, e));
  }
  for (const e of prev.exhibitors)
    if (!after.has(e.id)) changes.push(exhibitorEn(e, { kind: 'exhibitorWithdrawn', subject: e.name, before: booths(e) || null, after: null, ref: e.id }));
  return changes;
}

/** What changed for an exhibitor in both releases: its booths, then its days. */
function exhibitorEdits(old: PublicExhibitor, e: PublicExhibitor): ReleaseChange[] {
  const changes: ReleaseChange[] = [];
  if (booths(old) !== booths(e))
    changes.push(exhibitorEn(e, { kind: 'boothMoved', subject: e.name, before: booths(old) || null, after: booths(e) || null, ref: e.id }));
  if (old.days.join() !== e.days.join())
    changes.push(exhibitorEn(e, { kind: 'exhibitorDaysChanged', subject: e.name, before: old.days.join(', '), after: e.days.join(', '), ref: e.id }));
  return changes;
}

/** Fair days added or with other hours, then days removed. */
function dayChanges(prev: PublicFair, next: PublicFair): ReleaseChange[] {
  const changes: ReleaseChange[] = [];
  const oldDays = new Map(prev.days.map((d) => [d.date, d]));
  const newDays = new Map(next.days.map((d) => [d.date, d]));
  for (const d of next.days) {
    const old = oldDays.get(d.date);
    if (!old) changes.push({ kind: 'dayAdded', subject: d.date, before: null, after: hours(d), ref: d.date });
    else if (hours(old) !== hours(d)) changes.push({ kind: 'hoursChanged', subject: d.date, before: hours(old), after: hours(d), ref: d.date });
  }
  for (const d of prev.days) if (!newDays.has(d.date)) changes.push({ kind: 'dayRemoved', subject: d.date, before: hours(d), after: null, ref: d.date });
  return changes;
}

/** Appearances added, cancelled or moved, then those removed. */
function appearanceChanges(prev: PublicFair, next: PublicFair): ReleaseChange[] {
  const changes: ReleaseChange[] = [];
  const oldVisits = new Map(prev.appearances.map((a) => [a.id, a]));
  const newVisits = new Set(next.appearances.map((a) => a.id));
  for (const a of next.appearances) {
    const old = oldVisits.get(a.id);
    if (!old) changes.push(appearanceEn(old, a, { kind: 'appearanceAdded', subject: a.guest.name, before: null, after: slot(a), ref: a.id }));
    else if (a.status === 'cancelled' && old.status !== 'cancelled')
      changes.push(appearanceEn(old, a, { kind: 'appearanceCancelled', subject: a.guest.name, before: slot(old), after: null, ref: a.id }));
    else if (appearanceChanged(old, a))
      changes.push(appearanceEn(old, a, { kind: 'appearanceMoved', subject: a.guest.name, before: slot(old), after: slot(a), ref: a.id }));
  }
  for (const a of prev.appearances)
    if (!newVisits.has(a.id)) changes.push(appearanceEn(a, a, { kind: 'appearanceRemoved', subject: a.guest.name, before: slot(a), after: null, ref: a.id }));
  return changes;
}

/**
 * iCal SEQUENCE and LAST-MODIFIED per appearance and per fair day: kept from the previous release,
 * the SEQUENCE plus one and the time this release's when the event changed, so calendar apps
 * replace an event instead of adding a second one, and only the events that changed.
 */
export function withSequences(prev: PublicFair | null, next: PublicFair): PublicFair {
  const now = next.release.publishedAt;
  // Releases before per-event times carry none: their own publication stands in.
  const before = prev?.release.publishedAt ?? now;
  const old = new Map((prev?.appearances ?? []).map((a) => [a.id, a]));
  return {
    ...next,
    days: daySequences(prev, next),
    appearances: next.appearances.map((a) => {
      const was = old.get(a.id);
      if (!was) return { ...a, sequence: 0, modifiedAt: now };
      const changed = appearanceChanged(was, a);
      return { ...a, sequence: was.sequence + (changed ? 1 : 0), modifiedAt: changed ? now : (was.modifiedAt ?? before) };
    }),
  };
}

/** What a day's calendar event says besides its date: the hours, and the fair's title and place. */
const dayEvent = (f: PublicFair, d: PublicDay) => [d.opens, d.closes, f.fair.title, f.venue.name, f.venue.roomName, f.venue.address].join('\u0000');

/**
 * A day's SEQUENCE grows only when its event changes. Releases before this carried none and their
 * feed numbered every day with the release's version minus one, so that is where a day starts
 * counting from; a day first seen now starts at this release's number, above any it had before.
 */
function daySequences(prev: PublicFair | null, next: PublicFair): PublicDay[] {
  const now = next.release.publishedAt;
  const old = new Map((prev?.days ?? []).map((d) => [d.date, d]));
  return next.days.map((d) => {
    const was = prev ? old.get(d.date) : undefined;
    if (!prev || !was) return { ...d, sequence: next.release.version - 1, modifiedAt: now };
    const sequence = was.sequence ?? prev.release.version - 1;
    if (dayEvent(prev, was) === dayEvent(next, d)) return { ...d, sequence, modifiedAt: was.modifiedAt ?? prev.release.publishedAt };
    return { ...d, sequence: sequence + 1, modifiedAt: now };
  });
}
