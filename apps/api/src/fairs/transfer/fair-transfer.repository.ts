import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  FairDocumentAppearance,
  FairDocumentApplication,
  FairDocumentAssignment,
  FairDocumentBooth,
  FairDocumentEvent,
  FairDocumentFair,
  FairDocumentGuest,
  FairDocumentStage,
  FairStatus,
  MunicipalityKey,
  ProductInput,
  StaffMember,
} from '@bussanten/contracts';
import { Constraint } from '../../database/constraints';

// PostgreSQL's `time` comes back as 'HH:MM:SS'; documents speak 'HH:MM'.
const hhmm = (t: string | null) => (t === null ? null : t.slice(0, 5));
const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const keyOf = (k: MunicipalityKey) => `${k.prefectureCode}/${k.name}`;

/** Ids of a fair's parts as the import created them, by the names the document uses. */
export interface ImportedIds {
  fairId: string;
  booths: Map<string, string>;
  stages: Map<string, { id: string; shared: boolean }>;
}

/**
 * The SQL of fair export and import. Reads order every list by natural keys (never by id), so the
 * same fair reads as the same document wherever it lives.
 */
@Injectable()
export class FairTransferRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  // ------------------------------------------------------------------ export

  /** The host's fair as a document; null when the fair is not the host's. Every read below carries the host too. */
  async read(fairId: string, hostId: string, m: EntityManager): Promise<FairDocumentFair | null> {
    // The document carries the venue's address on one line (prefecture, city, the rest): the
    // importing host's venue gets it whole; the postal code stays with the exporting host.
    const [f] = await m.query(
      `SELECT f.slug, f.title, f.title_en AS "titleEn", f.description, f.status, p.name AS programme, f.sample_plan AS "samplePlan",
              f.applications_open_at AS "applicationsOpenAt", f.applications_close_at AS "applicationsCloseAt",
              v.name AS "venueName", concat(v.prefecture, v.city, v.address) AS address, r.name AS "roomName", r.width_m AS "widthM", r.depth_m AS "depthM"
       FROM fairs f JOIN rooms r ON r.id = f.room_id JOIN venues v ON v.id = r.venue_id LEFT JOIN programmes p ON p.id = f.programme_id
       WHERE f.id = $1 AND f.host_id = $2`,
      [fairId, hostId],
    );
    if (!f) return null;
    const days = await m.query(
      'SELECT d.date, d.opens, d.closes FROM fair_days d JOIN fairs f ON f.id = d.fair_id WHERE d.fair_id = $1 AND f.host_id = $2 ORDER BY d.date',
      [fairId, hostId],
    );
    return {
      slug: f.slug,
      title: f.title,
      titleEn: f.titleEn,
      description: f.description,
      status: f.status as FairStatus,
      programme: f.programme,
      samplePlan: f.samplePlan,
      applicationsOpenAt: iso(f.applicationsOpenAt),
      applicationsCloseAt: iso(f.applicationsCloseAt),
      venue: { name: f.venueName, address: f.address },
      room: { name: f.roomName, widthM: Number(f.widthM), depthM: Number(f.depthM) },
      days: days.map((d: { date: string; opens: string | null; closes: string | null }) => ({ date: d.date, opens: hhmm(d.opens), closes: hhmm(d.closes) })),
      stages: await this.stages(fairId, hostId, m),
      booths: await this.booths(fairId, hostId, m),
      applications: await this.applications(fairId, hostId, m),
      guests: await this.guests(fairId, hostId, m),
    };
  }

  private stages(fairId: string, hostId: string, m: EntityManager): Promise<FairDocumentStage[]> {
    return m.query(
      `SELECT s.name, s.name_en AS "nameEn", s.shared FROM fair_stages s JOIN fairs f ON f.id = s.fair_id WHERE s.fair_id = $1 AND f.host_id = $2 ORDER BY s.name`,
      [fairId, hostId],
    );
  }

  private async booths(fairId: string, hostId: string, m: EntityManager): Promise<FairDocumentBooth[]> {
    const rows = await m.query(
      `SELECT b.code, b.x, b.y, b.width, b.depth, b.power_watts AS "powerWatts", b.fridge, b.freezer, b.water, b.cooking_allowed AS "cookingAllowed", b.tags, b.prime, b.zone
       FROM booths b JOIN fairs f ON f.id = b.fair_id WHERE b.fair_id = $1 AND f.host_id = $2 ORDER BY b.code`,
      [fairId, hostId],
    );
    return rows.map((b: FairDocumentBooth) => ({
      ...b,
      x: Number(b.x),
      y: Number(b.y),
      width: Number(b.width),
      depth: Number(b.depth),
      prime: Number(b.prime),
    }));
  }

  private async applications(fairId: string, hostId: string, m: EntityManager): Promise<FairDocumentApplication[]> {
    const rows = await m.query(
      `SELECT a.id, mu.prefecture_code AS "prefectureCode", mu.name AS "municipalityName", a.status, a.products, a.min_area_m2 AS "minAreaM2",
              a.power_watts AS "powerWatts", a.fridge, a.freezer, a.water, a.cooking, a.pr_text AS "prText", a.pr_text_en AS "prTextEn", a.permit_status AS "permitStatus", a.permit_number AS "permitNumber",
              a.permit_health_centre AS "permitHealthCentre", a.staff_count AS "staffCount", a.staff, a.vehicle, a.load_in_time AS "loadInTime",
              a.note, a.tie_label AS "tieLabel", a.decision_message AS "decisionMessage", coalesce(u.email, a.submitted_by_text) AS "submittedBy", a.submitted_at AS "submittedAt",
              ARRAY(SELECT d.date::text FROM application_days d WHERE d.application_id = a.id ORDER BY d.date) AS days
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id LEFT JOIN users u ON u.id = a.submitted_by
       WHERE a.fair_id = $1 AND f.host_id = $2 AND a.status <> 'draft' ORDER BY mu.prefecture_code, mu.name`,
      [fairId, hostId],
    );
    const assignments: (FairDocumentAssignment & { applicationId: string })[] = await m.query(
      `SELECT ba.application_id AS "applicationId", b.code AS booth, ba.first_day AS "from", ba.last_day AS "to", ba.pinned, ba.overridden, coalesce(u.email, ba.created_by_text) AS "createdBy"
       FROM booth_assignments ba JOIN fairs f ON f.id = ba.fair_id JOIN booths b ON b.id = ba.booth_id LEFT JOIN users u ON u.id = ba.created_by
       WHERE ba.fair_id = $1 AND f.host_id = $2 ORDER BY ba.first_day, b.code`,
      [fairId, hostId],
    );
    const events: (Omit<FairDocumentEvent, 'at'> & { at: Date; applicationId: string })[] = await m.query(
      `SELECT e.application_id AS "applicationId", e.at, coalesce(u.email, e.actor_text) AS actor, e.action, e.status, e.message
       FROM application_events e JOIN applications a ON a.id = e.application_id JOIN fairs f ON f.id = a.fair_id LEFT JOIN users u ON u.id = e.actor_id
       WHERE a.fair_id = $1 AND f.host_id = $2 AND a.status <> 'draft' ORDER BY e.at, e.id`,
      [fairId, hostId],
    );
    return rows.map((a: Record<string, never>) => ({
      municipality: { prefectureCode: Number(a.prefectureCode), name: a.municipalityName },
      status: a.status,
      days: a.days,
      // The English name only when there is one, so a document without English names reads as before.
      products: (a.products as ProductInput[]).map(({ name, nameEn, category, priceMin, priceMax, food, alcohol }) => ({
        name,
        ...(nameEn ? { nameEn } : {}),
        category,
        priceMin,
        priceMax,
        food,
        alcohol,
      })),
      needs: {
        minAreaM2: a.minAreaM2 === null ? null : Number(a.minAreaM2),
        powerWatts: a.powerWatts,
        fridge: a.fridge,
        freezer: a.freezer,
        water: a.water,
        cooking: a.cooking,
      },
      permit: { status: a.permitStatus, number: a.permitNumber, healthCentre: a.permitHealthCentre },
      staffCount: a.staffCount,
      staff: (a.staff as StaffMember[]).map(({ name, phone }) => ({ name, phone })),
      vehicle: a.vehicle,
      loadInTime: hhmm(a.loadInTime),
      note: a.note,
      // Only when written, so a document without PR texts reads as before.
      ...(a.prText ? { prText: a.prText } : {}),
      ...(a.prTextEn ? { prTextEn: a.prTextEn } : {}),
      tieLabel: a.tieLabel,
      decisionMessage: a.decisionMessage,
      submittedBy: a.submittedBy,
      submittedAt: (a.submittedAt as Date).toISOString(),
      assignments: assignments.filter((s) => s.applicationId === a.id).map(({ applicationId: _, ...s }) => s),
      history: events.filter((e) => e.applicationId === a.id).map(({ applicationId: _, at, ...e }) => ({ at: at.toISOString(), ...e })),
    }));
  }

  /** The guests appearing at this fair, each with its appearances here (those elsewhere are other fairs' business). */
  private async guests(fairId: string, hostId: string, m: EntityManager): Promise<FairDocumentGuest[]> {
    const guests = await m.query(
      `SELECT g.id, g.name, g.name_en AS "nameEn", g.kind, mu.prefecture_code AS "prefectureCode", mu.name AS "municipalityName",
              g.profile, g.profile_en AS "profileEn", g.contact, g.travel_buffer_minutes AS "travelBufferMinutes"
       FROM guests g LEFT JOIN municipalities mu ON mu.id = g.owner_municipality_id
       WHERE g.host_id = $2 AND EXISTS (SELECT 1 FROM appearances a JOIN fairs f ON f.id = a.fair_id WHERE a.guest_id = g.id AND a.fair_id = $1 AND f.host_id = $2)
       ORDER BY g.name, g.kind, g.name_en, g.profile, g.created_at, g.id`,
      [fairId, hostId],
    );
    const appearances = await m.query(
      `SELECT a.guest_id AS "guestId", a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.approximate, a.location_kind AS kind,
              b.code AS booth, s.name AS stage, a.status, a.public_note AS "publicNote"
       FROM appearances a JOIN fairs f ON f.id = a.fair_id LEFT JOIN booths b ON b.id = a.booth_id LEFT JOIN fair_stages s ON s.id = a.stage_id
       WHERE a.fair_id = $1 AND f.host_id = $2 ORDER BY a.starts_at, a.ends_at, a.location_kind, b.code, s.name, a.status, a.public_note`,
      [fairId, hostId],
    );
    return guests.map((g: Record<string, never>) => ({
      name: g.name,
      nameEn: g.nameEn,
      kind: g.kind,
      ownerMunicipality: g.prefectureCode === null ? null : { prefectureCode: Number(g.prefectureCode), name: g.municipalityName },
      profile: g.profile,
      profileEn: g.profileEn,
      contact: g.contact,
      travelBufferMinutes: g.travelBufferMinutes,
      appearances: appearances
        .filter((a: { guestId: string }) => a.guestId === g.id)
        .map((a: Record<string, never>): FairDocumentAppearance => ({
          startsAt: (a.startsAt as Date).toISOString(),
          endsAt: (a.endsAt as Date).toISOString(),
          approximate: a.approximate,
          location: a.kind === 'booth' ? { kind: 'booth', booth: a.booth } : a.kind === 'stage' ? { kind: 'stage', stage: a.stage } : { kind: 'venue' },
          status: a.status,
          publicNote: a.publicNote,
        })),
    }));
  }

  // ------------------------------------------------------------------ import: what the document refers to

  /** Ids of the municipalities the registry has, by `keyOf`; the keys it lacks are simply absent. */
  async municipalities(keys: MunicipalityKey[], m: EntityManager): Promise<Map<string, string>> {
    if (!keys.length) return new Map();
    const rows: { id: string; prefectureCode: number; name: string }[] = await m.query(
      `SELECT mu.id, mu.prefecture_code AS "prefectureCode", mu.name
       FROM unnest($1::int[], $2::text[]) AS k(prefecture_code, name) JOIN municipalities mu ON mu.prefecture_code = k.prefecture_code AND mu.name = k.name`,
      [keys.map((k) => k.prefectureCode), keys.map((k) => k.name)],
    );
    return new Map(rows.map((r) => [keyOf({ prefectureCode: Number(r.prefectureCode), name: r.name }), r.id]));
  }

  async programme(name: string, m: EntityManager): Promise<string | null> {
    const [row] = await m.query('SELECT id FROM programmes WHERE name = $1', [name]);
    return row?.id ?? null;
  }

  /** Ids of the accounts with these e-mails (lower case, as stored). */
  async slugTaken(slug: string, m: EntityManager): Promise<boolean> {
    return (await m.query('SELECT 1 FROM fairs WHERE slug = $1', [slug])).length > 0;
  }

  /** The host's venue and room of these names, created when missing; with the room's actual size. */
  async venueRoom(
    hostId: string,
    venue: FairDocumentFair['venue'],
    room: FairDocumentFair['room'],
    m: EntityManager,
  ): Promise<{ id: string; widthM: number; depthM: number }> {
    await m.query(`INSERT INTO venues (host_id, name, address) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT ${Constraint.venuesHostName} DO NOTHING`, [
      hostId,
      venue.name,
      venue.address,
    ]);
    const [{ id: venueId }] = await m.query('SELECT id FROM venues WHERE host_id = $1 AND name = $2', [hostId, venue.name]);
    await m.query(
      `INSERT INTO rooms (venue_id, name, width_m, depth_m) VALUES ($1, $2, $3, $4) ON CONFLICT ON CONSTRAINT ${Constraint.roomsVenueName} DO NOTHING`,
      [venueId, room.name, room.widthM, room.depthM],
    );
    const [row] = await m.query('SELECT id, width_m AS "widthM", depth_m AS "depthM" FROM rooms WHERE venue_id = $1 AND name = $2', [venueId, room.name]);
    return { id: row.id, widthM: Number(row.widthM), depthM: Number(row.depthM) };
  }

  // ------------------------------------------------------------------ import: writes

  async insertFair(hostId: string, roomId: string, programmeId: string | null, f: FairDocumentFair, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO fairs (host_id, room_id, slug, title, title_en, description, status, programme_id, sample_plan, applications_open_at, applications_close_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [hostId, roomId, f.slug, f.title, f.titleEn, f.description, f.status, programmeId, f.samplePlan, f.applicationsOpenAt, f.applicationsCloseAt],
    );
    for (const d of f.days) await m.query('INSERT INTO fair_days (fair_id, date, opens, closes) VALUES ($1, $2, $3, $4)', [id, d.date, d.opens, d.closes]);
    return id;
  }

  async insertStage(fairId: string, s: FairDocumentStage, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query('INSERT INTO fair_stages (fair_id, name, name_en, shared) VALUES ($1, $2, $3, $4) RETURNING id', [
      fairId,
      s.name,
      s.nameEn,
      s.shared,
    ]);
    return id;
  }

  async insertBooth(fairId: string, b: FairDocumentBooth, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO booths (fair_id, code, x, y, width, depth, power_watts, fridge, freezer, water, cooking_allowed, tags, prime, zone)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [fairId, b.code, b.x, b.y, b.width, b.depth, b.powerWatts, b.fridge, b.freezer, b.water, b.cookingAllowed, b.tags, b.prime, b.zone ?? null],
    );
    return id;
  }

  async insertApplication(fairId: string, municipalityId: string, a: FairDocumentApplication, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO applications (fair_id, municipality_id, status, products, min_area_m2, power_watts, fridge, freezer, water, permit_status, permit_number,
         permit_health_centre, staff_count, staff, vehicle, load_in_time, note, tie_label, decision_message, submitted_by_text, submitted_at, cooking, pr_text, pr_text_en)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24) RETURNING id`,
      [
        fairId,
        municipalityId,
        a.status,
        JSON.stringify(a.products),
        a.needs.minAreaM2,
        a.needs.powerWatts,
        a.needs.fridge,
        a.needs.freezer,
        a.needs.water,
        a.permit.status,
        a.permit.number,
        a.permit.healthCentre,
        a.staffCount,
        JSON.stringify(a.staff),
        a.vehicle,
        a.loadInTime,
        a.note,
        a.tieLabel,
        a.decisionMessage,
        a.submittedBy,
        a.submittedAt,
        // Documents written before the cooking need have none: read as not cooking.
        a.needs.cooking ?? false,
        a.prText?.trim() || null,
        a.prTextEn?.trim() || null,
      ],
    );
    await m.query('INSERT INTO application_days (application_id, fair_id, date) SELECT $1, $2, unnest($3::date[])', [id, fairId, a.days]);
    return id;
  }

  async insertEvent(applicationId: string, e: FairDocumentEvent, m: EntityManager): Promise<void> {
    await m.query('INSERT INTO application_events (application_id, at, actor_text, action, status, message) VALUES ($1, $2, $3, $4, $5, $6)', [
      applicationId,
      e.at,
      e.actor,
      e.action,
      e.status,
      e.message,
    ]);
  }

  async insertAssignment(fairId: string, boothId: string, applicationId: string, s: FairDocumentAssignment, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO booth_assignments (fair_id, booth_id, application_id, first_day, last_day, pinned, overridden, created_by_text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [fairId, boothId, applicationId, s.from, s.to, s.pinned, s.overridden, s.createdBy],
    );
  }

  async insertGuest(hostId: string, ownerId: string | null, g: FairDocumentGuest, m: EntityManager): Promise<string> {
    const [{ id }] = await m.query(
      `INSERT INTO guests (host_id, name, name_en, kind, owner_municipality_id, profile, profile_en, contact, travel_buffer_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [hostId, g.name, g.nameEn, g.kind, ownerId, g.profile, g.profileEn, g.contact, g.travelBufferMinutes],
    );
    return id;
  }

  /** The location key and sharing as the appearances service writes them (`venue:<fair>`, `stage:<id>`, `booth:<id>`). */
  async insertAppearance(ids: ImportedIds, guestId: string, a: FairDocumentAppearance, m: EntityManager): Promise<void> {
    const loc = a.location;
    const boothId = loc.kind === 'booth' ? (ids.booths.get(loc.booth) ?? null) : null;
    const stage = loc.kind === 'stage' ? (ids.stages.get(loc.stage) ?? null) : null;
    const key = boothId ? `booth:${boothId}` : stage ? `stage:${stage.id}` : `venue:${ids.fairId}`;
    const shared = loc.kind === 'venue' ? true : loc.kind === 'stage' ? (stage?.shared ?? false) : false;
    await m.query(
      `INSERT INTO appearances (fair_id, guest_id, starts_at, ends_at, approximate, location_kind, booth_id, stage_id, location_key, location_shared, status, public_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [ids.fairId, guestId, a.startsAt, a.endsAt, a.approximate, loc.kind, boothId, stage?.id ?? null, key, shared, a.status, a.publicNote],
    );
  }
}

export { keyOf as municipalityKeyOf };
