import type { ApiErrorDetail, Appearance, AppearanceInput, AppearanceStatus, RepeatAppearanceInput } from '@bussanten/contracts';
import { APPEARANCE_STATUSES } from '@bussanten/contracts';
import { locationFromKey, locationKey } from './timetable-model';
import { formatTime, parseStartList, parseTime } from './time-grid';

/** The appearance form as typed: text, so nothing is lost when the API says no. */
export interface AppearanceFormValues {
  guestId: string;
  date: string;
  start: string;
  end: string;
  /** Kept in step with end (see withStart, withEnd, withDuration); what the organizer thinks in. */
  duration: string;
  approximate: boolean;
  location: string;
  status: string;
  publicNote: string;
}

export function emptyAppearanceForm(date: string, start: number, end: number, location = 'venue'): AppearanceFormValues {
  return {
    guestId: '',
    date,
    start: formatTime(start),
    end: formatTime(end),
    duration: String(end - start),
    approximate: false,
    location,
    status: 'planned',
    publicNote: '',
  };
}

export function valuesFromAppearance(a: Appearance): AppearanceFormValues {
  return {
    guestId: a.guest.id,
    date: a.date,
    start: a.start,
    end: a.end,
    duration: String((parseTime(a.end) ?? 0) - (parseTime(a.start) ?? 0)),
    approximate: a.approximate,
    location: locationKey(a.location),
    status: a.status,
    publicNote: a.publicNote ?? '',
  };
}

const minutes = (text: string): number | null => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : null);

/** A new start keeps the length: the end moves with it. */
export function withStart(v: AppearanceFormValues, start: string): AppearanceFormValues {
  const s = parseTime(start);
  const d = minutes(v.duration);
  return { ...v, start, end: s !== null && d !== null && s + d < 24 * 60 ? formatTime(s + d) : v.end };
}

/** A new end changes the length. */
export function withEnd(v: AppearanceFormValues, end: string): AppearanceFormValues {
  const s = parseTime(v.start);
  const e = parseTime(end);
  return { ...v, end, duration: s !== null && e !== null && e > s ? String(e - s) : v.duration };
}

/** A new length moves the end. */
export function withDuration(v: AppearanceFormValues, duration: string): AppearanceFormValues {
  const s = parseTime(v.start);
  const d = minutes(duration);
  return { ...v, duration, end: s !== null && d !== null && d > 0 && s + d < 24 * 60 ? formatTime(s + d) : v.end };
}

const problem = (field: string, rule: string): ApiErrorDetail => ({ field, rule, message: `${field}: ${rule}` });

/** The form's own checks: what must be there and be a time; the rest (hours, clashes) is the server's. */
export function validateAppearanceForm(v: AppearanceFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  if (!v.guestId) out.push(problem('guestId', 'required'));
  if (!v.date) out.push(problem('date', 'required'));
  const s = parseTime(v.start);
  const e = parseTime(v.end);
  if (s === null) out.push(problem('start', v.start.trim() ? 'time' : 'required'));
  if (e === null) out.push(problem('end', v.end.trim() ? 'time' : 'required'));
  else if (s !== null && e <= s) out.push(problem('end', 'endBeforeStart'));
  if (!locationFromKey(v.location)) out.push(problem('location', 'required'));
  if (!(APPEARANCE_STATUSES as readonly string[]).includes(v.status)) out.push(problem('status', 'required'));
  return out;
}

/** The body to check or save; call only once validateAppearanceForm found nothing. */
export function toAppearanceInput(v: AppearanceFormValues): AppearanceInput {
  return {
    guestId: v.guestId,
    date: v.date,
    start: formatTime(parseTime(v.start) ?? 0),
    end: formatTime(parseTime(v.end) ?? 0),
    durationMinutes: null,
    approximate: v.approximate,
    location: locationFromKey(v.location) ?? { kind: 'venue' },
    status: v.status as AppearanceStatus,
    publicNote: v.publicNote.trim() || null,
  };
}

/** The repeat form: one guest at several start times, all the same length. */
export interface RepeatFormValues {
  guestId: string;
  date: string;
  /** '13:30, 14:30, 15:30' */
  starts: string;
  duration: string;
  approximate: boolean;
  location: string;
  status: string;
  publicNote: string;
}

export function emptyRepeatForm(date: string, location = 'venue'): RepeatFormValues {
  // The usual visit: half an hour, "about", announced as planned.
  return { guestId: '', date, starts: '', duration: '30', approximate: true, location, status: 'planned', publicNote: '' };
}

export function validateRepeatForm(v: RepeatFormValues): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  if (!v.guestId) out.push(problem('guestId', 'required'));
  if (!v.date) out.push(problem('date', 'required'));
  const { times, invalid } = parseStartList(v.starts);
  if (invalid.length > 0) out.push({ field: 'starts', rule: 'time', message: invalid.join(', '), meta: { invalid } });
  else if (times.length === 0) out.push(problem('starts', 'required'));
  else if (new Set(times).size !== times.length) out.push(problem('starts', 'duplicate'));
  const d = minutes(v.duration);
  if (d === null || d <= 0) out.push(problem('durationMinutes', v.duration.trim() ? 'positive' : 'required'));
  if (!locationFromKey(v.location)) out.push(problem('location', 'required'));
  return out;
}

export function toRepeatInput(v: RepeatFormValues): RepeatAppearanceInput {
  return {
    guestId: v.guestId,
    date: v.date,
    starts: parseStartList(v.starts).times,
    durationMinutes: minutes(v.duration) ?? 30,
    approximate: v.approximate,
    location: locationFromKey(v.location) ?? { kind: 'venue' },
    status: v.status as AppearanceStatus,
    publicNote: v.publicNote.trim() || null,
  };
}

/** 'starts.1' → the second typed time ('14:30'), so a refusal can say which time it is about. */
export function startOfField(field: string, starts: readonly string[]): string | null {
  const m = /^starts\.(\d+)/.exec(field);
  return m ? (starts[Number(m[1])] ?? null) : null;
}
