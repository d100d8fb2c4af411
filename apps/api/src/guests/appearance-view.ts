import type { Appearance, AppearanceLocation, FairDayInput } from '@bussanten/contracts';
import { appearanceWarnings, tokyoDateTime, type ScheduledAppearance } from '@bussanten/domain';
import type { AppearanceRow } from './appearances.repository';

export function locationOf(row: Pick<AppearanceRow, 'locationKind' | 'boothId' | 'stageId'>): AppearanceLocation {
  if (row.locationKind === 'booth') return { kind: 'booth', boothId: row.boothId as string };
  if (row.locationKind === 'stage') return { kind: 'stage', stageId: row.stageId as string };
  return { kind: 'venue' };
}

/** How lists, refusals and the public snapshot name a place: the booth code (and who holds it), the stage, or the whole venue. */
export function locationLabel(row: Pick<AppearanceRow, 'locationKind' | 'boothCode' | 'stageName'>, holder: string | null = null): string {
  if (row.locationKind === 'booth') return holder ? `${row.boothCode} ${holder}` : (row.boothCode ?? '');
  if (row.locationKind === 'stage') return row.stageName ?? '';
  return '会場全体';
}

/** The same for English readers (the public page): the English names where they exist, the Japanese ones otherwise. */
export function locationLabelEn(
  row: Pick<AppearanceRow, 'locationKind' | 'boothCode' | 'stageName'> & { stageNameEn: string | null },
  holder: { name: string; nameEn: string | null } | null,
): string {
  if (row.locationKind === 'venue') return 'Whole venue';
  return locationLabel({ ...row, stageName: row.stageNameEn ?? row.stageName }, holder ? (holder.nameEn ?? holder.name) : null);
}

/** A stored appearance as the conflict rules see it. */
export function scheduled(row: AppearanceRow): ScheduledAppearance {
  const s = tokyoDateTime(row.startsAt);
  const e = tokyoDateTime(row.endsAt);
  return {
    id: row.id,
    guestId: row.guestId,
    guestName: row.guestName,
    fairTitle: row.fairTitle,
    venueId: row.venueId,
    locationKey: row.locationKey,
    locationLabel: locationLabel(row),
    shared: row.locationShared,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    date: s.date,
    start: s.time,
    end: e.time,
  };
}

export function toAppearance(row: AppearanceRow, days: FairDayInput[]): Appearance {
  const holder = row.boothHolder;
  const s = scheduled(row);
  const day = days.find((d) => d.date === s.date);
  return {
    id: row.id,
    fairId: row.fairId,
    guest: { id: row.guestId, name: row.guestName, nameEn: row.guestNameEn, kind: row.guestKind },
    date: s.date,
    start: s.start,
    end: s.end,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    approximate: row.approximate,
    location: locationOf(row),
    locationLabel: locationLabel(row, holder),
    status: row.status,
    publicNote: row.publicNote,
    warnings:
      row.status === 'cancelled'
        ? []
        : appearanceWarnings({
            date: s.date,
            end: s.end,
            day,
            atBooth: row.locationKind === 'booth' ? { code: row.boothCode ?? '', exhibitorPresent: holder !== null } : null,
          }),
  };
}
