import { Injectable } from '@nestjs/common';
import type { DaySheet, DaySheetBooth, DaySheetVisit } from '@bussanten/contracts';
import { calendarDateRule, prefectureByCode, ruleDetail } from '@bussanten/domain';
import type { OrganizerActor } from '../accounts/access';
import { validationFailed } from '../common/domain-error';
import { FairsService } from '../fairs/fairs.service';
import { DaySheetRepository, type DaySheetBoothRow, type DaySheetVisitRow } from './day-sheet.repository';

/** Booth codes in the order people read them: A2 before A10. */
const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'ja', { numeric: true });

/**
 * The 当日シート: one day of a fair for the people on the floor, booth by booth, with the exhibitors'
 * on-site staff (private: this service serves organizers of the fair's host only) and the guests'
 * visits. The fair is looked up first, so another host's fair is 404 whatever the day says.
 */
@Injectable()
export class DaySheetService {
  constructor(
    private readonly repo: DaySheetRepository,
    private readonly fairs: FairsService,
  ) {}

  async get(actor: OrganizerActor, fairId: string, day: unknown): Promise<DaySheet> {
    const fair = await this.fairs.get(actor, fairId);
    const notADate = ruleDetail(calendarDateRule, 'day', day);
    if (notADate) throw validationFailed([notADate]);
    const date = day as string;
    const fairDay = fair.days.find((d) => d.date === date);
    if (!fairDay) {
      throw validationFailed([{ field: 'day', rule: 'fairDay', message: `day must be a day of the fair (${fair.firstDay} to ${fair.lastDay})` }]);
    }
    const hostId = actor.user.hostId;
    const [booths, visits] = await Promise.all([this.repo.booths(fairId, hostId, date), this.repo.visits(fairId, hostId, date)]);
    return {
      fair: { id: fair.id, title: fair.title, titleEn: fair.titleEn, venueName: fair.venue.name, roomName: fair.room.name },
      room: { widthM: fair.room.widthM, depthM: fair.room.depthM },
      day: { date, opens: fairDay.opens, closes: fairDay.closes, closed: fairDay.opens === null, holiday: fairDay.holiday },
      booths: booths.map(toBooth).sort(byCode),
      visits: visits.map(toVisit),
    };
  }
}

function toBooth(r: DaySheetBoothRow): DaySheetBooth {
  const booth = { id: r.id, code: r.code, zone: r.zone, x: r.x, y: r.y, width: r.width, depth: r.depth };
  if (r.applicationId === null) return { ...booth, exhibitor: null };
  return {
    ...booth,
    exhibitor: {
      applicationId: r.applicationId,
      municipalityName: r.municipalityName ?? '',
      prefecture: (r.prefectureCode !== null ? prefectureByCode(r.prefectureCode)?.name : undefined) ?? '',
      productNames: r.productNames ?? [],
      needs: r.needs ?? { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
      staffCount: r.staffCount ?? 0,
      staff: (r.staff ?? []).map((s) => ({ name: s.name, phone: s.phone })),
      loadsIn: r.loadsIn === true,
      loadInTime: r.loadInTime,
      vehicle: r.vehicle,
    },
  };
}

function toVisit(r: DaySheetVisitRow): DaySheetVisit {
  const place: DaySheetVisit['place'] =
    r.locationKind === 'booth'
      ? { kind: 'booth', boothCode: r.boothCode ?? '', holder: r.holder }
      : r.locationKind === 'stage'
        ? { kind: 'stage', name: r.stageName ?? '', nameEn: r.stageNameEn }
        : { kind: 'venue' };
  return { id: r.id, start: r.start, end: r.end, approximate: r.approximate, status: r.status, guest: { name: r.guestName, nameEn: r.guestNameEn }, place };
}
