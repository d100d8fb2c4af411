import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  Application,
  ApplicationDraftInput,
  ApplicationFilter,
  ApplicationStatus,
  ApplicationSummary,
  FairForApplicants,
  PreviousApplication,
} from '@bussanten/contracts';
import { foldForSearch, japaneseHoliday, prefectureByCode, proposeTieLabel, applicationWindowOpen } from '@bussanten/domain';
import type { FairNames, Names } from '../mail/messages';

const SUMMARY = `a.id, a.fair_id AS "fairId", f.title AS "fairTitle", mu.id AS "municipalityId", mu.name AS "municipalityName",
  mu.prefecture_code AS "prefectureCode", a.status,
  ARRAY(SELECT to_char(d.date, 'YYYY-MM-DD') FROM application_days d WHERE d.application_id = a.id ORDER BY d.date) AS days,
  json_build_object('minAreaM2', a.min_area_m2::float8, 'powerWatts', a.power_watts, 'fridge', a.fridge, 'freezer', a.freezer, 'water', a.water, 'cooking', a.cooking) AS needs,
  ARRAY(SELECT p->>'name' FROM jsonb_array_elements(a.products) p) AS "productNames",
  a.tie_label AS "tieLabel", (a.entered_at IS NOT NULL) AS "enteredByOrganizer",
  COALESCE((SELECT json_agg(json_build_object('id', ba.id, 'applicationId', ba.application_id, 'boothId', ba.booth_id, 'boothCode', b.code,
      'from', ba.first_day, 'to', ba.last_day, 'overridden', ba.overridden, 'municipalityName', mu.name) ORDER BY ba.first_day)
    FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id WHERE ba.application_id = a.id), '[]') AS assignments,
  a.submitted_at AS "submittedAt", a.updated_at AS "updatedAt"`;
const DETAIL = `${SUMMARY}, a.products, a.permit_status AS "permitStatus", a.permit_number AS "permitNumber", a.permit_health_centre AS "permitHealthCentre",
  a.staff_count AS "staffCount", a.staff, a.vehicle, to_char(a.load_in_time, 'HH24:MI') AS "loadInTime", a.note,
  a.pr_text AS "prText", a.pr_text_en AS "prTextEn", a.decision_message AS "decisionMessage",
  f.status AS "fairStatus", f.applications_open_at AS "opensAt", f.applications_close_at AS "closesAt"`;
const FROM = `FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id`;

type SummaryRow = Omit<ApplicationSummary, 'municipality' | 'submittedAt' | 'updatedAt'> & {
  municipalityId: string;
  municipalityName: string;
  prefectureCode: number;
  submittedAt: Date;
  updatedAt: Date;
};
type DetailRow = SummaryRow &
  Omit<ApplicationDraftInput, 'permit' | 'days'> & {
    permitStatus: Application['permit']['status'];
    permitNumber: string | null;
    permitHealthCentre: string | null;
    prText: string | null;
    prTextEn: string | null;
    decisionMessage: string | null;
    fairStatus: string;
    opensAt: Date | null;
    closesAt: Date | null;
  };

/** Who sees an application: the host's organizers, or its municipality's representatives. */
/**
 * Whose applications: a host's organizers see every application to its fairs; a representative
 * membership sees its municipality's applications to that one host's fairs, never another host's.
 */
export type Scope = { hostId: string; municipalityId?: string };

/** A municipality's drafts are its own: the organizers' scope never reaches them (not listed, counted, found or changed). */
function scopeSql(scope: Scope, first: number): { sql: string; params: unknown[] } {
  return scope.municipalityId
    ? { sql: `f.host_id = $${first} AND a.municipality_id = $${first + 1}`, params: [scope.hostId, scope.municipalityId] }
    : { sql: `f.host_id = $${first} AND a.status <> 'draft'`, params: [scope.hostId] };
}

const EDITABLE: ApplicationStatus[] = ['draft', 'submitted', 'waitlisted', 'accepted'];

function summaryOf(r: SummaryRow): ApplicationSummary {
  return {
    id: r.id,
    fairId: r.fairId,
    fairTitle: r.fairTitle,
    municipality: { id: r.municipalityId, name: r.municipalityName, prefecture: prefectureByCode(r.prefectureCode)?.name ?? '' },
    status: r.status,
    days: r.days,
    needs: r.needs,
    productNames: r.productNames,
    tieLabel: r.tieLabel,
    assignments: r.assignments,
    enteredByOrganizer: r.enteredByOrganizer,
    submittedAt: r.submittedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** What the mails about an application name (ApplicationsRepository.mailFacts). */
export interface ApplicationMailFacts {
  applicationId: string;
  fairId: string;
  fairTitle: string;
  fairTitleEn: string | null;
  municipalityName: string;
  municipalityNameEn: string | null;
  municipalityId: string;
  hostId: string;
}

/** The fair and the municipality of ApplicationMailFacts, as the mail texts take them. */
export const mailNames = (r: ApplicationMailFacts): { fair: FairNames; municipality: Names } => ({
  fair: { title: r.fairTitle, titleEn: r.fairTitleEn },
  municipality: { name: r.municipalityName, nameEn: r.municipalityNameEn },
});

/** Applications with their days, and the fairs representatives may apply to. */
@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(scope: Scope, filter: ApplicationFilter & { fairId?: string }): Promise<ApplicationSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    add('f.host_id = ?', scope.hostId);
    if (scope.municipalityId) add('a.municipality_id = ?', scope.municipalityId);
    else where.push(`a.status <> 'draft'`);
    if (filter.fairId) add('a.fair_id = ?', filter.fairId);
    if (filter.status) add('a.status = ?', filter.status);
    if (filter.q?.trim()) {
      params.push(foldForSearch(filter.q), filter.q.trim());
      where.push(`(mu.search_text LIKE '%' || $${params.length - 1} || '%' OR a.products::text ILIKE '%' || $${params.length} || '%')`);
    }
    if (filter.needs === 'power') where.push('a.power_watts > 0');
    else if (filter.needs) where.push(`a.${filter.needs}`);
    if (filter.unassigned) {
      where.push(`a.status = 'accepted' AND EXISTS (SELECT 1 FROM application_days d WHERE d.application_id = a.id AND NOT EXISTS (
        SELECT 1 FROM booth_assignments ba WHERE ba.application_id = a.id AND d.date BETWEEN ba.first_day AND ba.last_day))`);
    }
    const rows: SummaryRow[] = await this.db.query(
      `SELECT ${SUMMARY} ${FROM} WHERE ${where.join(' AND ')} ORDER BY f.title, mu.prefecture_code, mu.name`,
      params,
    );
    return rows.map(summaryOf);
  }

  async find(id: string, scope: Scope, m: EntityManager = this.db.manager, now = new Date()): Promise<Application | null> {
    const where = scopeSql(scope, 2);
    const [r]: DetailRow[] = await m.query(`SELECT ${DETAIL} ${FROM} WHERE a.id = $1 AND ${where.sql}`, [id, ...where.params]);
    if (!r) return null;
    const windowOpen = applicationWindowOpen({ status: r.fairStatus, applicationsOpenAt: iso(r.opensAt), applicationsCloseAt: iso(r.closesAt) }, now);
    return {
      ...summaryOf(r),
      products: r.products,
      permit: { status: r.permitStatus, number: r.permitNumber, healthCentre: r.permitHealthCentre },
      staffCount: r.staffCount,
      staff: r.staff,
      vehicle: r.vehicle,
      loadInTime: r.loadInTime,
      note: r.note,
      prText: r.prText,
      prTextEn: r.prTextEn,
      decisionMessage: r.decisionMessage,
      editable: windowOpen && EDITABLE.includes(r.status),
    };
  }

  /** The status of an application in scope, locked for the change about to be made. */
  async lock(
    id: string,
    scope: Scope,
    m: EntityManager,
  ): Promise<{ id: string; fairId: string; status: ApplicationStatus; submittedBy: string | null; entered: boolean } | null> {
    const where = scopeSql(scope, 2);
    const [row] = await m.query(
      `SELECT a.id, a.fair_id AS "fairId", a.status, a.submitted_by AS "submittedBy", (a.entered_at IS NOT NULL) AS entered FROM applications a JOIN fairs f ON f.id = a.fair_id
       WHERE a.id = $1 AND ${where.sql} FOR UPDATE OF a`,
      [id, ...where.params],
    );
    return row ?? null;
  }

  async existing(fairId: string, municipalityId: string, m: EntityManager): Promise<{ id: string; status: ApplicationStatus } | null> {
    const [row] = await m.query('SELECT id, status FROM applications WHERE fair_id = $1 AND municipality_id = $2 FOR UPDATE', [fairId, municipalityId]);
    return row ?? null;
  }

  /**
   * A new application, submitted or (`status` 'draft') saved incomplete. `enteredBy`: the organizer
   * who entered it for the municipality (the mark "entered by the organizer"); null when the municipality sends it.
   */
  async insert(
    fairId: string,
    municipalityId: string,
    userId: string,
    input: ApplicationDraftInput,
    tieLabel: string | null,
    m: EntityManager,
    status: 'submitted' | 'draft' = 'submitted',
    enteredBy: string | null = null,
  ): Promise<string> {
    const last = 5 + COLUMNS_AFTER;
    const [{ id }] = await m.query(
      `INSERT INTO applications (fair_id, municipality_id, submitted_by, tie_label, ${COLUMNS}, status, entered_by, entered_at)
       VALUES ($1, $2, $3, $4, ${placeholders(5)}, $${last}, $${last + 1}::uuid, CASE WHEN $${last + 1}::uuid IS NULL THEN NULL ELSE now() END) RETURNING id`,
      [fairId, municipalityId, userId, tieLabel, ...inputValues(input), status, enteredBy],
    );
    await this.replaceDays(id, fairId, input.days, m);
    return id;
  }

  /**
   * Saves the municipality's edit; `resubmit` turns a withdrawn application or a draft into a new
   * submission, and 'draft' turns a withdrawn one into a draft (or keeps a draft one). A new
   * submission or draft is marked as entered by `enteredBy` (an organizer), or unmarked when null:
   * the mark tells who sent the current submission. A plain edit keeps the mark.
   * The writes from here on take the fair the caller checked against the host (from `lock`, or the
   * host's fair the application is made to): an application of another fair is left alone.
   */
  async update(
    id: string,
    fairId: string,
    userId: string,
    input: ApplicationDraftInput,
    resubmit: boolean | 'draft',
    m: EntityManager,
    enteredBy: string | null = null,
  ): Promise<void> {
    const after = 2 + COLUMNS_AFTER;
    const entered = `, entered_by = $${after + 1}::uuid, entered_at = CASE WHEN $${after + 1}::uuid IS NULL THEN NULL ELSE now() END`;
    const status =
      resubmit === 'draft'
        ? `, status = 'draft', decision_message = NULL, submitted_by = $${after}${entered}`
        : resubmit
          ? `, status = 'submitted', decision_message = NULL, submitted_at = now(), submitted_by = $${after}${entered}`
          : '';
    await m.query(
      `UPDATE applications SET (${COLUMNS}) = (${placeholders(2)}), updated_at = now() ${status}
       WHERE id = $1 AND fair_id = $${resubmit ? after + 2 : after}`,
      [id, ...inputValues(input), ...(resubmit ? [userId, enteredBy] : []), fairId],
    );
    await this.replaceDays(id, fairId, input.days, m);
  }

  private async replaceDays(id: string, fairId: string, days: string[], m: EntityManager): Promise<void> {
    await m.query('DELETE FROM application_days WHERE application_id = $1 AND fair_id = $2', [id, fairId]);
    await m.query(
      'INSERT INTO application_days (application_id, fair_id, date) SELECT a.id, a.fair_id, unnest($3::date[]) FROM applications a WHERE a.id = $1 AND a.fair_id = $2',
      [id, fairId, days],
    );
  }

  /** Days of the application a booth is held for, so an edit cannot drop a day the organizer placed it on. */
  async assignedDays(id: string, fairId: string, m: EntityManager): Promise<{ from: string; to: string; boothCode: string }[]> {
    return m.query(
      `SELECT ba.first_day AS "from", ba.last_day AS "to", b.code AS "boothCode" FROM booth_assignments ba JOIN booths b ON b.id = ba.booth_id
       WHERE ba.application_id = $1 AND ba.fair_id = $2`,
      [id, fairId],
    );
  }

  async setStatus(id: string, fairId: string, status: ApplicationStatus, message: string | null, m: EntityManager): Promise<void> {
    await m.query('UPDATE applications SET status = $2, decision_message = $3, updated_at = now() WHERE id = $1 AND fair_id = $4', [
      id,
      status,
      message,
      fairId,
    ]);
  }

  /** Frees every booth the application holds (on withdrawal, or when it is no longer accepted). Returns how many. */
  async releaseBooths(id: string, fairId: string, m: EntityManager): Promise<number> {
    // A DELETE answers [rows, rowCount] through TypeORM's query() (the length was always 2).
    const [, count]: [unknown[], number] = await m.query('DELETE FROM booth_assignments WHERE application_id = $1 AND fair_id = $2', [id, fairId]);
    return count;
  }

  async setTieLabel(id: string, fairId: string, tieLabel: string | null, m: EntityManager): Promise<void> {
    await m.query('UPDATE applications SET tie_label = $2, updated_at = now() WHERE id = $1 AND fair_id = $3', [id, tieLabel, fairId]);
  }

  /** What a message about an application needs: its fair, host and municipality (the recipients are that host's representatives of it). */
  /** What a mail to the application's municipality names, in both languages (the host's own application only). */
  async mailFacts(id: string, hostId: string, m: EntityManager): Promise<ApplicationMailFacts> {
    const [row] = await m.query(
      `SELECT a.id AS "applicationId", f.id AS "fairId", f.title AS "fairTitle", f.title_en AS "fairTitleEn",
              mu.name AS "municipalityName", mu.name_en AS "municipalityNameEn", mu.id AS "municipalityId", f.host_id AS "hostId"
       FROM applications a JOIN fairs f ON f.id = a.fair_id JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.id = $1 AND f.host_id = $2`,
      [id, hostId],
    );
    return row;
  }

  async proposedTieLabel(hostId: string, municipalityId: string, m: EntityManager = this.db.manager): Promise<string | null> {
    const rows = await m.query(
      `SELECT ag.kind, ag.title FROM agreements ag JOIN agreement_parties p ON p.agreement_id = ag.id WHERE ag.host_id = $1 AND p.municipality_id = $2 ORDER BY ag.signed_year NULLS LAST`,
      [hostId, municipalityId],
    );
    return proposeTieLabel(rows);
  }

  /** Fairs of the host that take or took applications (drafts and archives are not shown to municipalities). */
  async fairsForApplicants(
    hostId: string,
    municipalityId: string,
    fairId: string | null,
    now = new Date(),
    m: EntityManager = this.db.manager,
  ): Promise<FairForApplicants[]> {
    const rows: {
      id: string;
      title: string;
      titleEn: string | null;
      status: string;
      venueName: string;
      roomName: string;
      opensAt: Date | null;
      closesAt: Date | null;
      myApplicationId: string | null;
      days: { date: string; opens: string | null; closes: string | null }[];
    }[] = await m.query(
      `SELECT f.id, f.title, f.title_en AS "titleEn", f.status, v.name AS "venueName", r.name AS "roomName",
              f.applications_open_at AS "opensAt", f.applications_close_at AS "closesAt",
              (SELECT a.id FROM applications a WHERE a.fair_id = f.id AND a.municipality_id = $2) AS "myApplicationId",
              COALESCE((SELECT json_agg(json_build_object('date', d.date, 'opens', to_char(d.opens, 'HH24:MI'), 'closes', to_char(d.closes, 'HH24:MI')) ORDER BY d.date)
                FROM fair_days d WHERE d.fair_id = f.id), '[]') AS days
       FROM fairs f JOIN rooms r ON r.id = f.room_id JOIN venues v ON v.id = r.venue_id
       WHERE f.host_id = $1 AND f.status IN ('accepting', 'closed') AND ($3::uuid IS NULL OR f.id = $3)
       ORDER BY (SELECT min(d.date) FROM fair_days d WHERE d.fair_id = f.id) DESC`,
      [hostId, municipalityId, fairId],
    );
    const proposed = rows.length ? await this.proposedTieLabel(hostId, municipalityId, m) : null;
    return rows.map((f) => ({
      id: f.id,
      title: f.title,
      titleEn: f.titleEn,
      venueName: f.venueName,
      roomName: f.roomName,
      days: f.days.map((d) => ({ ...d, holiday: japaneseHoliday(d.date) })),
      applicationsOpenAt: iso(f.opensAt),
      applicationsCloseAt: iso(f.closesAt),
      open: applicationWindowOpen({ status: f.status, applicationsOpenAt: iso(f.opensAt), applicationsCloseAt: iso(f.closesAt) }, now),
      myApplicationId: f.myApplicationId,
      proposedTieLabel: proposed,
    }));
  }

  /**
   * The latest application (not a draft) of the municipality to another fair of the same host whose
   * first day comes before this fair's: what a new application may start from.
   */
  async previous(hostId: string, municipalityId: string, fairId: string): Promise<PreviousApplication | null> {
    const [r] = await this.db.query(
      `SELECT a.id AS "applicationId", f.id AS "fairId", f.title AS "fairTitle", a.products,
              json_build_object('minAreaM2', a.min_area_m2::float8, 'powerWatts', a.power_watts, 'fridge', a.fridge, 'freezer', a.freezer,
                'water', a.water, 'cooking', a.cooking) AS needs,
              json_build_object('status', a.permit_status, 'number', a.permit_number, 'healthCentre', a.permit_health_centre) AS permit,
              a.staff_count AS "staffCount", a.staff, a.vehicle, a.note, a.pr_text AS "prText", a.pr_text_en AS "prTextEn"
       FROM applications a JOIN fairs f ON f.id = a.fair_id
       JOIN fairs this ON this.id = $3 AND this.host_id = $1
       WHERE f.host_id = $1 AND a.municipality_id = $2 AND f.id <> this.id AND a.status <> 'draft'
         AND (SELECT min(date) FROM fair_days WHERE fair_id = f.id) < COALESCE((SELECT min(date) FROM fair_days WHERE fair_id = this.id), 'infinity'::date)
       ORDER BY (SELECT min(date) FROM fair_days WHERE fair_id = f.id) DESC, a.submitted_at DESC LIMIT 1`,
      [hostId, municipalityId, fairId],
    );
    return r ?? null;
  }

  /**
   * Municipalities of the registry an organizer may enter an application to the host's fair for:
   * those whose `folded` search text matches, or (without one) the host's partners (an agreement with
   * it) and earlier exhibitors (an application to one of its fairs), 100 at most, with their
   * application to this fair that is not withdrawn (their own draft is not told).
   */
  async entryCandidates(
    hostId: string,
    fairId: string,
    folded: string | null,
  ): Promise<{ id: string; name: string; prefectureCode: number; applicationId: string | null }[]> {
    return this.db.query(
      `SELECT mu.id, mu.name, mu.prefecture_code AS "prefectureCode",
              (SELECT a.id FROM applications a JOIN fairs f ON f.id = a.fair_id
                WHERE a.fair_id = $2 AND f.host_id = $1 AND a.municipality_id = mu.id AND a.status NOT IN ('withdrawn', 'declined', 'draft')) AS "applicationId"
       FROM municipalities mu
       WHERE CASE WHEN $3::text IS NOT NULL THEN mu.search_text LIKE '%' || $3 || '%'
             ELSE EXISTS (SELECT 1 FROM agreement_parties p JOIN agreements ag ON ag.id = p.agreement_id WHERE p.municipality_id = mu.id AND ag.host_id = $1)
               OR EXISTS (SELECT 1 FROM applications a JOIN fairs f ON f.id = a.fair_id WHERE a.municipality_id = mu.id AND f.host_id = $1 AND a.status <> 'draft') END
       ORDER BY mu.prefecture_code, mu.reading COLLATE "C", mu.id LIMIT 100`,
      [hostId, fairId, folded ? folded.replace(/[\\%_]/g, (c) => `\\${c}`) : null],
    );
  }

  /** Municipalities are the shared registry: any host may name one. */
  async municipalityExists(id: string): Promise<boolean> {
    const rows = await this.db.query('SELECT 1 FROM municipalities WHERE id = $1', [id]);
    return rows.length > 0;
  }

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

const COLUMNS = `products, min_area_m2, power_watts, fridge, freezer, water, cooking, permit_status, permit_number, permit_health_centre,
  staff_count, staff, vehicle, load_in_time, note, pr_text, pr_text_en`;
const COLUMNS_AFTER = 17;
const placeholders = (first: number) => Array.from({ length: COLUMNS_AFTER }, (_v, i) => `$${first + i}`).join(', ');

/** The columns' values; a draft's held permit may lack its number or centre yet ('' keeps the table's rule that a held permit has both). */
function inputValues(i: ApplicationDraftInput): unknown[] {
  return [
    JSON.stringify(i.products.map((p) => ({ ...p, nameEn: p.nameEn?.trim() || null }))),
    i.needs.minAreaM2,
    i.needs.powerWatts,
    i.needs.fridge,
    i.needs.freezer,
    i.needs.water,
    i.needs.cooking ?? false,
    i.permit.status,
    i.permit.status === 'held' ? (i.permit.number ?? '').trim() : null,
    i.permit.status === 'held' ? (i.permit.healthCentre ?? '').trim() : null,
    i.staffCount,
    JSON.stringify(i.staff),
    i.vehicle?.trim() || null,
    i.loadInTime,
    i.note?.trim() || null,
    i.prText?.trim() || null,
    i.prTextEn?.trim() || null,
  ];
}
