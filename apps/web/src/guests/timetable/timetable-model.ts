import type { Appearance, AppearanceInput, AppearanceLocation, AppearanceStatus, Assignment, Booth, Stage } from '@bussanten/contracts';
import { APPEARANCE_STATUSES } from '@bussanten/contracts';
import { isClosed, type FairDay } from '@bussanten/domain';
import { covers, formatFairDay } from '../../applications';
import { translate, type Lang } from '../../i18n/dictionaries';
import type { SelectOption } from '../../i18n/options';
import { formatTime, parseTime, toMinutes, type DayHours } from './time-grid';

/** A column of the grid: one place where guests appear. */
export interface Column {
  key: string;
  label: string;
  location: AppearanceLocation;
}

/** 'venue', 'stage:<id>' or 'booth:<id>': a location as one string, for column keys and <select> values. */
export function locationKey(l: AppearanceLocation): string {
  return l.kind === 'venue' ? 'venue' : l.kind === 'stage' ? `stage:${l.stageId}` : `booth:${l.boothId}`;
}

export function locationFromKey(key: string): AppearanceLocation | null {
  if (key === 'venue') return { kind: 'venue' };
  const [kind, id] = key.split(/:(.*)/s) as [string, string | undefined];
  if (!id) return null;
  if (kind === 'stage') return { kind: 'stage', stageId: id };
  if (kind === 'booth') return { kind: 'booth', boothId: id };
  return null;
}

/** What the grid needs to name places: the fair's stages and booths and who holds which booth. */
export interface Places {
  stages: readonly Stage[];
  booths: readonly Booth[];
  assignments: readonly Assignment[];
}

const byCode = (a: Booth, b: Booth) => a.code.localeCompare(b.code, 'ja', { numeric: true });

/** 'A1 宮古市' on a day someone holds the booth, else 'A1'. */
export function boothLabel(booth: Booth, day: string, assignments: readonly Assignment[]): string {
  const holder = assignments.find((a) => a.boothId === booth.id && covers(a, day));
  return holder ? `${booth.code} ${holder.municipalityName}` : booth.code;
}

/** The place's name as the grid's column header says it ('会場全体', 'ステージ', 'A1 宮古市'). */
export function placeLabel(location: AppearanceLocation, day: string, places: Places, lang: Lang): string {
  if (location.kind === 'venue') return translate(lang, 'timetable.venue');
  if (location.kind === 'stage') {
    const stage = places.stages.find((s) => s.id === location.stageId);
    return stage ? (lang === 'en' && stage.nameEn ? stage.nameEn : stage.name) : translate(lang, 'timetable.unknownPlace');
  }
  const booth = places.booths.find((b) => b.id === location.boothId);
  return booth ? boothLabel(booth, day, places.assignments) : translate(lang, 'timetable.unknownPlace');
}

/** Every place one can choose, in column order: the whole venue, the stages, the booths by code. */
export function allPlaces(day: string, places: Places, lang: Lang): Column[] {
  const locations: AppearanceLocation[] = [
    { kind: 'venue' },
    ...places.stages.map((s): AppearanceLocation => ({ kind: 'stage', stageId: s.id })),
    ...[...places.booths].sort(byCode).map((b): AppearanceLocation => ({ kind: 'booth', boothId: b.id })),
  ];
  return locations.map((location) => ({ key: locationKey(location), label: placeLabel(location, day, places, lang), location }));
}

/**
 * The grid's columns on `day`: the whole venue and every stage always; a booth only when a guest
 * appears there that day or the user added its column (a fair has dozens of booths, mostly without
 * guests).
 */
export function columnsFor(day: string, appearances: readonly Appearance[], places: Places, addedKeys: readonly string[], lang: Lang): Column[] {
  const used = new Set(appearances.filter((a) => a.date === day).map((a) => locationKey(a.location)));
  for (const k of addedKeys) used.add(k);
  return allPlaces(day, places, lang).filter((c) => c.location.kind !== 'booth' || used.has(c.key));
}

/** A day's hours in minutes; null for a closed day. */
export function hoursOf(day: FairDay | undefined): DayHours | null {
  if (!day || isClosed(day) || day.opens === null || day.closes === null) return null;
  return { opens: toMinutes(day.opens), closes: toMinutes(day.closes) };
}

/** A day's appearances in time order, then by guest. */
export function appearancesOn(appearances: readonly Appearance[], day: string): Appearance[] {
  return appearances.filter((a) => a.date === day).sort((a, b) => a.start.localeCompare(b.start) || a.guest.name.localeCompare(b.guest.name, 'ja'));
}

/** '13:30–14:00'. */
export const timeRange = (start: string, end: string): string => `${start}–${end}`;

/** The block's accessible name: 'ハタチの龍馬 13:30–14:00 会場全体'. */
export function blockName(guestName: string, start: string, end: string, place: string): string {
  return `${guestName} ${timeRange(start, end)} ${place}`;
}

/** '約30分' / 'about 30 min', for an approximate appearance. */
export function approxText(start: string, end: string, lang: Lang): string {
  const minutes = (parseTime(end) ?? 0) - (parseTime(start) ?? 0);
  return translate(lang, 'timetable.approx', { minutes });
}

export const statusKey = (s: AppearanceStatus) => `timetable.status.${s}` as const;

/** An appearance as the body that saves it, moved to `start`–`end` at `location` when given. */
export function inputOf(a: Appearance, change: Partial<{ start: number; end: number; location: AppearanceLocation }> = {}): AppearanceInput {
  return {
    guestId: a.guest.id,
    date: a.date,
    start: change.start !== undefined ? formatTime(change.start) : a.start,
    end: change.end !== undefined ? formatTime(change.end) : a.end,
    durationMinutes: null,
    approximate: a.approximate,
    location: change.location ?? a.location,
    status: a.status,
    publicNote: a.publicNote,
  };
}

/** Options for the dialogs' selects. */
export function guestOptions(guests: readonly { id: string; name: string; nameEn: string | null }[], lang: Lang): SelectOption[] {
  return guests.map((g) => ({ value: g.id, label: lang === 'en' && g.nameEn ? g.nameEn : g.name }));
}

export function dayOptions(days: readonly FairDay[], lang: Lang): SelectOption[] {
  return days.filter((d) => !isClosed(d)).map((d) => ({ value: d.date, label: formatFairDay(d.date, lang) }));
}

export function placeOptions(day: string, places: Places, lang: Lang): SelectOption[] {
  return allPlaces(day, places, lang).map((c) => ({ value: c.key, label: c.label }));
}

export function statusOptions(lang: Lang): SelectOption[] {
  return APPEARANCE_STATUSES.map((s) => ({ value: s, label: translate(lang, statusKey(s)) }));
}
