import type { ApiErrorDetail, ReleaseChange, ReleaseChangeKind, ReleaseSummary } from '@bussanten/contracts';
import { formatDay } from '../../fairs';
import { translate, type Lang, type MessageKey } from '../../i18n/dictionaries';

/** The longest 公開メモ the form sends; the API has the last word. */
export const NOTE_MAX_LENGTH = 1000;

/** The sentence of each kind of change; {subject}, {before} and {after} are filled in. */
export const CHANGE_KEYS: Record<ReleaseChangeKind, MessageKey> = {
  exhibitorAdded: 'releases.change.exhibitorAdded',
  exhibitorWithdrawn: 'releases.change.exhibitorWithdrawn',
  boothMoved: 'releases.change.boothMoved',
  exhibitorDaysChanged: 'releases.change.exhibitorDaysChanged',
  dayAdded: 'releases.change.dayAdded',
  dayRemoved: 'releases.change.dayRemoved',
  hoursChanged: 'releases.change.hoursChanged',
  appearanceAdded: 'releases.change.appearanceAdded',
  appearanceMoved: 'releases.change.appearanceMoved',
  appearanceCancelled: 'releases.change.appearanceCancelled',
  appearanceRemoved: 'releases.change.appearanceRemoved',
};

/** Kinds whose before and after are compared piece by piece, so only what moved is in the sentence. */
const COMPARED: ReadonlySet<ReleaseChangeKind> = new Set(['boothMoved', 'appearanceMoved']);
/** Kinds whose subject is a fair day ('2023-02-21'). */
const DAY_SUBJECT: ReadonlySet<ReleaseChangeKind> = new Set(['dayAdded', 'dayRemoved', 'hoursChanged']);
/** Kinds that have one side only: that side is shown next to the sentence (booths, a slot, hours). */
const CONTEXT_SIDE: Partial<Record<ReleaseChangeKind, 'before' | 'after'>> = {
  exhibitorAdded: 'after',
  exhibitorWithdrawn: 'before',
  dayAdded: 'after',
  dayRemoved: 'before',
  appearanceAdded: 'after',
  appearanceCancelled: 'before',
  appearanceRemoved: 'before',
};

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;

/**
 * Text from a change (booths 'A5 2023-02-17–2023-02-21', a slot '2023-02-17 14:30–15:00 ステージ',
 * hours 'closed') for a reader: dates as '2月17日(金)' / 'Fri, Feb 17', 'closed' as 休業.
 */
export function humanize(text: string, lang: Lang): string {
  if (text === 'closed') return translate(lang, 'releases.closed');
  return text.replace(ISO_DATE, (date) => formatDay(date, lang));
}

/** '2023-02-17, 2023-02-18' → '2月17日(金)、2月18日(土)' / 'Fri, Feb 17; Sat, Feb 18'. */
export function humanizeDays(text: string, lang: Lang): string {
  const days = text
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  if (days.length === 0) return translate(lang, 'releases.none');
  return days.map((d) => humanize(d, lang)).join(lang === 'ja' ? '、' : '; ');
}

/**
 * What differs between two descriptions, word by word: the words both start and end with are the
 * context ('2023-02-17 … ステージ'), the middle is what changed ('14:30–15:00' → '14:45–15:15').
 */
export function compareWords(before: string, after: string): { before: string; after: string; context: string } {
  const a = before.split(' ').filter(Boolean);
  const b = after.split(' ').filter(Boolean);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return {
    before: a.slice(head, a.length - tail).join(' '),
    after: b.slice(head, b.length - tail).join(' '),
    context: [...a.slice(0, head), ...a.slice(a.length - tail)].join(' '),
  };
}

export interface ChangeSentence {
  /** The sentence: '宮古市が出展に加わりました', 'ハタチの龍馬: 14:30–15:00 → 14:45–15:15'. */
  text: string;
  /** Where or when, shown after the sentence in a lighter tone: 'A1 2月17日(金)–2月21日(火)'. */
  context: string | null;
}

/** One change of a release as a sentence in `lang`. */
export function describeChange(change: ReleaseChange, lang: Lang): ChangeSentence {
  const subject = DAY_SUBJECT.has(change.kind) ? humanize(change.subject, lang) : change.subject;
  const none = translate(lang, 'releases.none');
  const side = CONTEXT_SIDE[change.kind];
  if (side) {
    const value = change[side];
    return { text: translate(lang, CHANGE_KEYS[change.kind], { subject }), context: value ? humanize(value, lang) : null };
  }
  if (change.kind === 'exhibitorDaysChanged') {
    const before = humanizeDays(change.before ?? '', lang);
    const after = humanizeDays(change.after ?? '', lang);
    return { text: translate(lang, CHANGE_KEYS[change.kind], { subject, before, after }), context: null };
  }
  let before = change.before ?? '';
  let after = change.after ?? '';
  let context: string | null = null;
  if (COMPARED.has(change.kind) && before && after) {
    const compared = compareWords(before, after);
    if (!compared.before && !compared.after) {
      // Nothing in the description moved (e.g. only a note changed): say so, with where it is.
      const key = change.kind === 'appearanceMoved' ? 'releases.change.appearanceChanged' : CHANGE_KEYS[change.kind];
      return {
        text: translate(lang, key, { subject, before: humanize(before, lang), after: humanize(after, lang) }),
        context: change.kind === 'appearanceMoved' ? humanize(after, lang) : null,
      };
    }
    ({ before, after } = compared);
    context = compared.context ? humanize(compared.context, lang) : null;
  }
  return {
    text: translate(lang, CHANGE_KEYS[change.kind], { subject, before: before ? humanize(before, lang) : none, after: after ? humanize(after, lang) : none }),
    context,
  };
}

/** The version the next publication will get: one more than the newest release (1 for the first). */
export function nextVersion(releases: readonly Pick<ReleaseSummary, 'version'>[]): number {
  return releases.reduce((max, r) => Math.max(max, r.version), 0) + 1;
}

/** The release the public sees now: the newest one. */
export function currentRelease<R extends Pick<ReleaseSummary, 'version'>>(releases: readonly R[]): R | null {
  return releases.reduce<R | null>((newest, r) => (!newest || r.version > newest.version ? r : newest), null);
}

/** The note as the API takes it (blank → null), and the form's own problems with it. */
export function toPublishInput(note: string): { input: { note: string | null }; problems: ApiErrorDetail[] } {
  const text = note.trim();
  const problems: ApiErrorDetail[] =
    text.length > NOTE_MAX_LENGTH ? [{ field: 'note', rule: 'maxLength', message: `note is longer than ${NOTE_MAX_LENGTH}` }] : [];
  return { input: { note: text === '' ? null : text }, problems };
}
