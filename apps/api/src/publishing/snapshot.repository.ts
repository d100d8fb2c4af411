import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AgreementKind, PublicAppearance, PublicBooth, PublicExhibitor, PublicFair } from '@bussanten/contracts';
import { isClosed, japaneseHoliday, openRanges, prefectureByCode, shortDays, tiesOf, tokyoDateTime, type FairDay } from '@bussanten/domain';
import { locationLabel, locationLabelEn } from '../guests/appearance-view';
import type { AppearanceRow } from '../guests/appearances.repository';
import { PHOTO_URL_SQL } from '../guests/photo/photo.service';

/**
 * Reads what the public may see of a fair, and nothing else: accepted exhibitors with their public
 * product fields, booths and days; guest appearances with public profiles; the plan. No query here
 * selects staff, phones, e-mails, permits, notes or contacts — that is how privacy is kept.
 */
@Injectable()
export class SnapshotRepository {
  /** Every read joins the fair and checks its host: a fair of another host reads as nothing. */
  async build(fairId: string, hostId: string, m: EntityManager): Promise<Omit<PublicFair, 'release' | 'changes'>> {
    const [f] = await m.query(
      `SELECT f.slug, f.title, f.title_en AS "titleEn", f.description, p.name AS programme, h.id AS "hostId", h.name AS "hostName", h.name_en AS "hostNameEn",
              v.name AS "venueName", concat(v.prefecture, v.city, v.address) AS address, r.name AS "roomName", r.width_m::float8 AS "widthM", r.depth_m::float8 AS "depthM"
       FROM fairs f JOIN hosts h ON h.id = f.host_id JOIN rooms r ON r.id = f.room_id JOIN venues v ON v.id = r.venue_id
       LEFT JOIN programmes p ON p.id = f.programme_id WHERE f.id = $1 AND f.host_id = $2`,
      [fairId, hostId],
    );
    if (!f) throw new Error(`fair ${fairId} is not one of host ${hostId}'s`);
    const days: { date: string; opens: string | null; closes: string | null }[] = await m.query(
      `SELECT to_char(d.date, 'YYYY-MM-DD') AS date, to_char(d.opens, 'HH24:MI') AS opens, to_char(d.closes, 'HH24:MI') AS closes
       FROM fair_days d JOIN fairs f ON f.id = d.fair_id WHERE d.fair_id = $1 AND f.host_id = $2 ORDER BY d.date`,
      [fairId, hostId],
    );
    const short = new Set(shortDays(days).map((d) => d.date));
    return {
      schemaVersion: 1,
      fair: {
        slug: f.slug,
        title: f.title,
        titleEn: f.titleEn,
        description: f.description,
        programme: f.programme,
        hostName: f.hostName,
        hostNameEn: f.hostNameEn,
      },
      venue: {
        name: f.venueName,
        address: f.address,
        roomName: f.roomName,
        mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent(f.address)}`,
      },
      days: days.map((d) => ({ ...d, holiday: japaneseHoliday(d.date), short: short.has(d.date) })),
      exhibitors: onOpenDays(await this.exhibitors(fairId, hostId, m), days),
      appearances: await this.appearances(fairId, hostId, m),
      plan: {
        widthM: f.widthM,
        depthM: f.depthM,
        booths: (await this.booths(fairId, hostId, m)).map((b) => ({
          ...b,
          holders: b.holders.flatMap((h) => openRanges(h, days).map((r) => ({ ...h, ...r }))),
        })),
      },
    };
  }

  private async exhibitors(fairId: string, hostId: string, m: EntityManager): Promise<PublicExhibitor[]> {
    const rows: (Omit<PublicExhibitor, 'prefecture' | 'ties' | 'products'> & { prefectureCode: number; products: PublicExhibitor['products'] })[] =
      await m.query(
        `SELECT mu.id, mu.name, mu.name_en AS "nameEn", mu.reading, mu.prefecture_code AS "prefectureCode", a.tie_label AS "tieLabel",
              a.pr_text AS "prText", a.pr_text_en AS "prTextEn",
              (SELECT COALESCE(json_agg(json_build_object('name', p->>'name', 'nameEn', NULLIF(p->>'nameEn', ''), 'category', p->>'category', 'priceMin', (p->>'priceMin')::int,
                 'priceMax', (p->>'priceMax')::int, 'food', (p->>'food')::boolean, 'alcohol', (p->>'alcohol')::boolean)), '[]') FROM jsonb_array_elements(a.products) p) AS products,
              COALESCE((SELECT json_agg(json_build_object('code', b.code, 'from', ba.first_day, 'to', ba.last_day) ORDER BY ba.first_day)
                FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id WHERE ba.application_id = a.id), '[]') AS booths,
              ARRAY(SELECT to_char(d.date, 'YYYY-MM-DD') FROM application_days d WHERE d.application_id = a.id ORDER BY d.date) AS days
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.fair_id = $1 AND f.host_id = $2 AND a.status = 'accepted' ORDER BY mu.prefecture_code, mu.reading, mu.name`,
        [fairId, hostId],
      );
    const agreements: { municipalityId: string; kind: AgreementKind; kindLabelEn: string; title: string; explanation: string | null }[] = await m.query(
      `SELECT p.municipality_id AS "municipalityId", ag.kind, k.label_en AS "kindLabelEn", ag.title, k.explanation FROM agreements ag JOIN agreement_parties p ON p.agreement_id = ag.id
       JOIN agreement_kinds k ON k.kind = ag.kind WHERE ag.host_id = $1`,
      [hostId],
    );
    const programmes: { name: string; nameEn: string | null; explanation: string | null }[] = await m.query(
      'SELECT name, name_en AS "nameEn", explanation FROM programmes',
    );
    return rows.map(({ prefectureCode, ...e }) => ({
      ...e,
      prefecture: prefectureByCode(prefectureCode)?.name ?? '',
      ties: tiesOf(
        e.tieLabel,
        agreements.filter((a) => a.municipalityId === e.id),
        programmes,
      ),
    }));
  }

  private async appearances(fairId: string, hostId: string, m: EntityManager): Promise<PublicAppearance[]> {
    const rows: {
      id: string;
      name: string;
      nameEn: string | null;
      kind: PublicAppearance['guest']['kind'];
      profile: string | null;
      profileEn: string | null;
      photoUrl: string | null;
      startsAt: Date;
      endsAt: Date;
      approximate: boolean;
      locationKind: string;
      boothCode: string | null;
      stageName: string | null;
      stageNameEn: string | null;
      holder: string | null;
      holderEn: string | null;
      status: PublicAppearance['status'];
      note: string | null;
    }[] = await m.query(
      `SELECT a.id, g.name, g.name_en AS "nameEn", g.kind, g.profile, g.profile_en AS "profileEn", ${PHOTO_URL_SQL('g')} AS "photoUrl",
                a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.approximate, a.location_kind AS "locationKind", b.code AS "boothCode", s.name AS "stageName", s.name_en AS "stageNameEn",
                h.name AS holder, h.name_en AS "holderEn", a.status, a.public_note AS note
         FROM appearances a JOIN fairs f ON f.id = a.fair_id JOIN guests g ON g.id = a.guest_id LEFT JOIN booths b ON b.id = a.booth_id LEFT JOIN fair_stages s ON s.id = a.stage_id
         LEFT JOIN LATERAL (SELECT mu.name, mu.name_en FROM booth_assignments ba JOIN applications ap ON ap.id = ba.application_id JOIN municipalities mu ON mu.id = ap.municipality_id
                            WHERE ba.booth_id = a.booth_id AND (a.starts_at AT TIME ZONE 'Asia/Tokyo')::date BETWEEN ba.first_day AND ba.last_day LIMIT 1) h ON true
         WHERE a.fair_id = $1 AND f.host_id = $2 ORDER BY a.starts_at, g.name`,
      [fairId, hostId],
    );
    return rows.map((r) => {
      const s = tokyoDateTime(r.startsAt);
      const where = {
        locationKind: r.locationKind as AppearanceRow['locationKind'],
        boothCode: r.boothCode,
        stageName: r.stageName,
        stageNameEn: r.stageNameEn,
      };
      const place = locationLabel(where, r.holder);
      const placeEn = locationLabelEn(where, r.holder === null ? null : { name: r.holder, nameEn: r.holderEn });
      return {
        id: r.id,
        guest: { name: r.name, nameEn: r.nameEn, kind: r.kind, profile: r.profile, profileEn: r.profileEn, photoUrl: r.photoUrl },
        date: s.date,
        start: s.time,
        end: tokyoDateTime(r.endsAt).time,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        approximate: r.approximate,
        locationLabel: place,
        locationLabelEn: placeEn,
        status: r.status,
        note: r.note,
        sequence: 0,
      };
    });
  }

  private booths(fairId: string, hostId: string, m: EntityManager): Promise<PublicBooth[]> {
    return m.query(
      `SELECT b.code, b.zone, b.x::float8 AS x, b.y::float8 AS y, b.width::float8 AS width, b.depth::float8 AS depth,
              COALESCE((SELECT json_agg(json_build_object('name', mu.name, 'nameEn', mu.name_en, 'from', ba.first_day, 'to', ba.last_day) ORDER BY ba.first_day)
                FROM booth_assignments ba JOIN applications ap ON ap.id = ba.application_id JOIN municipalities mu ON mu.id = ap.municipality_id
                WHERE ba.booth_id = b.id AND ap.status = 'accepted'), '[]') AS holders
       FROM booths b JOIN fairs f ON f.id = b.fair_id WHERE b.fair_id = $1 AND f.host_id = $2 ORDER BY b.code`,
      [fairId, hostId],
    );
  }
}

/**
 * Belt and braces: whatever the tables hold, the public is never told an exhibitor is there on a
 * closed day, and one with no open day left is not listed. (Changing the days drops such days from
 * applications and splits holdings; this keeps a release right should anything slip past that.)
 */
function onOpenDays(exhibitors: PublicExhibitor[], days: FairDay[]): PublicExhibitor[] {
  const open = new Set(days.filter((d) => !isClosed(d)).map((d) => d.date));
  return exhibitors
    .map((e) => ({ ...e, days: e.days.filter((d) => open.has(d)), booths: e.booths.flatMap((b) => openRanges(b, days).map((r) => ({ ...b, ...r }))) }))
    .filter((e) => e.days.length > 0);
}
