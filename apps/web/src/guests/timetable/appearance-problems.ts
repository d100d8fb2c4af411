import { metaOf, type Appearance, type AppearanceCheck, type AppearanceLocation, type AppearanceWarning, type Stage } from '@bussanten/contracts';
import { appearanceHoursProblems, timesOverlap, tokyoInstant } from '@bussanten/domain';
import { isApiError } from '../../api/client';
import { describeError, detailMessage } from '../../api/error-messages';
import { translate, type Lang } from '../../i18n/dictionaries';
import { formatTime, parseTime, type DayHours } from './time-grid';

/** The times tried, in minutes: tells a late end from an early start. */
export type Attempt = { start: number; end: number };

/** A problem as the API's details carry it (field, rule, message, meta naming the other party). */
export interface Problem {
  field: string;
  rule: string;
  message: string;
  meta?: Record<string, unknown>;
}

// Read key by key, not with metaOf: problemText also says the page's own preview problems (see
// localProblems), whose meta has only what the page knows (no fairTitle, no travel time).
const text = (meta: Record<string, unknown> | undefined, key: string): string | null => {
  const v = meta?.[key];
  return typeof v === 'string' && v !== '' ? v : null;
};

/**
 * One sentence for a refusal or a check's problem, naming the other party: 'ハタチの龍馬は
 * 15:30–16:00 に出演予定です（交流都市地方物産展）', 'この日の閉店は18:00です'. `attempt` (the
 * times tried) picks between the opening and the closing time for 'outsideHours'. Details of
 * another shape keep the API's own sentence.
 */
export function problemText(p: Problem, lang: Lang, attempt?: { start: number; end: number }): string {
  const m = p.meta;
  switch (p.rule) {
    case 'guestBusy': {
      const [guestName, start, end] = [text(m, 'guestName'), text(m, 'start'), text(m, 'end')];
      if (guestName && start && end) {
        const fairTitle = text(m, 'fairTitle');
        const travel = m?.['travelBufferMinutes'];
        // At another venue the guest also needs time to travel: say so, or the clash looks wrong.
        if (fairTitle && typeof travel === 'number' && travel > 0) {
          return translate(lang, 'timetable.problem.guestBusyTravel', { guestName, start, end, fairTitle, minutes: travel });
        }
        return fairTitle
          ? translate(lang, 'timetable.problem.guestBusy', { guestName, start, end, fairTitle })
          : translate(lang, 'timetable.problem.guestBusyHere', { guestName, start, end });
      }
      break;
    }
    case 'locationBusy': {
      const [locationLabel, guestName, start, end] = [text(m, 'locationLabel'), text(m, 'guestName'), text(m, 'start'), text(m, 'end')];
      if (locationLabel && guestName && start && end) return translate(lang, 'timetable.problem.locationBusy', { locationLabel, guestName, start, end });
      break;
    }
    case 'outsideHours': {
      const [opens, closes] = [text(m, 'opens'), text(m, 'closes')];
      if (opens && closes) {
        const o = parseTime(opens);
        const c = parseTime(closes);
        // The API puts a late end on 'end' and an early start on 'start'; local checks say by the times tried.
        if (p.field === 'end' || (attempt && c !== null && attempt.end > c)) return translate(lang, 'timetable.problem.closes', { closes });
        if (p.field === 'start' || (attempt && o !== null && attempt.start < o)) return translate(lang, 'timetable.problem.opens', { opens });
        return translate(lang, 'timetable.problem.hours', { opens, closes });
      }
      break;
    }
    case 'afterStart':
      return translate(lang, 'timetable.form.endBeforeStart');
    case 'notFairDay':
      return translate(lang, 'timetable.problem.notFairDay');
    case 'closedDay':
      return translate(lang, 'timetable.problem.closedDay');
  }
  return p.message ? p.message : detailMessage(p, lang);
}

/** A warning in the reader's language; unknown ones keep the API's sentence. */
export function warningText(w: AppearanceWarning, lang: Lang): string {
  if (w.rule === 'exhibitorAbsent') {
    const booth = metaOf(w, 'exhibitorAbsent')?.booth;
    return booth ? translate(lang, 'timetable.warning.exhibitorAbsentAt', { booth }) : translate(lang, 'timetable.warning.exhibitorAbsent');
  }
  if (w.rule === 'nearClosing') {
    const closes = metaOf(w, 'nearClosing')?.closes;
    return closes ? translate(lang, 'timetable.warning.nearClosingAt', { closes }) : translate(lang, 'timetable.warning.nearClosing');
  }
  return w.message;
}

/** Problems and warnings of a dry run, in the reader's language, without repeats. */
export function checkSentences(check: AppearanceCheck, lang: Lang, attempt?: { start: number; end: number }): { problems: string[]; warnings: string[] } {
  const uniq = (list: string[]) => [...new Set(list)];
  return {
    problems: uniq(check.problems.map((p) => problemText(p, lang, attempt))),
    warnings: uniq(check.warnings.map((w) => warningText(w, lang))),
  };
}

export const sameLocation = (a: AppearanceLocation, b: AppearanceLocation): boolean =>
  a.kind === b.kind &&
  (a.kind !== 'booth' || (b.kind === 'booth' && a.boothId === b.boothId)) &&
  (a.kind !== 'stage' || (b.kind === 'stage' && a.stageId === b.stageId));

/**
 * Whether two appearances may not share `location` at once. The whole venue is walked around by
 * everyone, and a stage marked `shared` takes several guests; a booth never does.
 */
export function locationIsExclusive(location: AppearanceLocation, stages: readonly Stage[]): boolean {
  if (location.kind === 'venue') return false;
  if (location.kind === 'stage') return !(stages.find((s) => s.id === location.stageId)?.shared ?? false);
  return true;
}

export interface Candidate {
  id: string | null;
  guestId: string;
  date: string;
  start: number;
  end: number;
  location: AppearanceLocation;
}

/**
 * What the page can tell at once while something is dragged, before the server's check answers:
 * outside the day's hours, the same guest elsewhere at that time, or the place taken. Same details
 * (rule and meta) as the API's, so they read the same. The server check is the truth; this only
 * keeps the feedback instant. Cancelled appearances are in nobody's way.
 */
export function localProblems(
  c: Candidate,
  hours: DayHours,
  others: readonly Appearance[],
  stages: readonly Stage[],
  labelOf: (a: Appearance) => string,
): Problem[] {
  const out: Problem[] = [];
  const day = { date: c.date, opens: formatTime(hours.opens), closes: formatTime(hours.closes) };
  const tried = c.end < 24 * 60 ? appearanceHoursProblems(day, c.date, formatTime(c.start), formatTime(c.end)) : [{ rule: 'outsideHours' }];
  if (tried.some((p) => p.rule === 'outsideHours')) {
    out.push({ field: 'start', rule: 'outsideHours', message: '', meta: { opens: formatTime(hours.opens), closes: formatTime(hours.closes) } });
  }
  const exclusive = locationIsExclusive(c.location, stages);
  for (const a of others) {
    if (a.id === c.id || a.date !== c.date || a.status === 'cancelled') continue;
    // The same half-open overlap the API applies (libs/domain), on Japan-time instants.
    const at = (start: number, end: number) => ({
      startsAt: tokyoInstant(c.date, formatTime(start)),
      endsAt: tokyoInstant(c.date, formatTime(Math.min(end, 24 * 60 - 1))),
    });
    if (!timesOverlap(at(c.start, c.end), at(parseTime(a.start) ?? 0, parseTime(a.end) ?? 0))) continue;
    if (a.guest.id === c.guestId) {
      out.push({ field: 'start', rule: 'guestBusy', message: '', meta: { guestName: a.guest.name, start: a.start, end: a.end, appearanceId: a.id } });
    } else if (exclusive && sameLocation(a.location, c.location)) {
      out.push({
        field: 'location',
        rule: 'locationBusy',
        message: '',
        meta: { locationLabel: labelOf(a), guestName: a.guest.name, start: a.start, end: a.end, appearanceId: a.id },
      });
    }
  }
  return out;
}

/**
 * A refused save (400 VALIDATION_FAILED, 409 APPEARANCE_CONFLICT, …) as sentences naming the other
 * party; a refusal without details, or a network failure, as its one sentence. `label` may prefix a
 * detail with what it is about (the start time of a repeat, 'starts.1' → '14:30').
 */
export function refusalSentences(
  e: unknown,
  lang: Lang,
  attempt?: Attempt | ((field: string) => Attempt | undefined),
  label?: (field: string) => string | null,
): string[] {
  if (isApiError(e) && e.body && e.body.details.length > 0) {
    return [
      ...new Set(
        e.body.details.map((d) => {
          const prefix = label?.(d.field);
          const sentence = problemText(d, lang, typeof attempt === 'function' ? attempt(d.field) : attempt);
          return prefix ? `${prefix}: ${sentence}` : sentence;
        }),
      ),
    ];
  }
  return [describeError(e, lang).message];
}

/** The forms' own problems (blank, not a time, end before start) as messages per field. */
export function formFieldMessages(details: readonly Problem[], lang: Lang): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of details) {
    let message: string;
    if (d.rule === 'required') message = translate(lang, 'rule.required');
    else if (d.rule === 'time' && d.field === 'starts') message = translate(lang, 'timetable.form.startsInvalid', { times: d.message });
    else if (d.rule === 'time') message = translate(lang, 'rule.time');
    else if (d.rule === 'endBeforeStart') message = translate(lang, 'timetable.form.endBeforeStart');
    else if (d.rule === 'duplicate') message = translate(lang, 'timetable.form.duplicateStarts');
    else if (d.rule === 'positive') message = translate(lang, 'timetable.form.positive');
    else message = problemText(d, lang);
    (out[d.field] ??= []).push(message);
  }
  return out;
}
