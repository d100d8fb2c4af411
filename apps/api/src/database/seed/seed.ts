import type { DataSource, EntityManager } from 'typeorm';
import { municipalitySearchText, prefectureByName, timeOfMinutes, minutesOf, tokyoInstant } from '@bussanten/domain';
import { hashPassword } from '../../accounts/passwords';
import { composeRelease, digestOf } from '../../publishing/release-compose';
import { SnapshotRepository } from '../../publishing/snapshot.repository';
import { ReleasesRepository } from '../../publishing/releases.repository';
import { publicUrlHost } from '../../config/config';
import {
  DEMO_ACCOUNTS,
  DEMO_AGREEMENTS,
  DEMO_FAIR_2023,
  DEMO_FAIR_2023_BOOTHS,
  DEMO_FAIR_2023_EXHIBITORS,
  DEMO_FAIR_2023_GUEST,
  DEMO_HOST,
  DEMO_KIND_EXPLANATIONS,
  DEMO_MUNICIPALITIES,
  DEMO_PROGRAMMES,
} from './demo-data';
import { Constraint } from '../constraints';

// Any constant works; it only has to be the same in every process that may seed at once.
const SEED_LOCK = 7_231_001;

function prefectureCode(name: string): number {
  const p = prefectureByName(name);
  if (!p) throw new Error(`demo data names an unknown prefecture: ${name}`);
  return p.code;
}

/**
 * Loads the demo data. Idempotent: rows are matched by natural keys (prefecture + name, agreement
 * title) and only missing ones are added, so running it twice, or in two processes at once, is safe.
 */
export async function seedDemoData(db: DataSource): Promise<{ municipalities: number; agreements: number }> {
  return db.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    await m.query(`INSERT INTO hosts (name, name_en) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [DEMO_HOST.name, DEMO_HOST.nameEn]);
    const [{ id: hostId }] = await m.query('SELECT id FROM hosts WHERE name = $1', [DEMO_HOST.name]);
    const municipalities = await seedMunicipalities(m);
    const agreements = await seedAgreements(m, hostId);
    await seedAccounts(m, hostId);
    for (const [kind, explanation] of Object.entries(DEMO_KIND_EXPLANATIONS)) {
      await m.query('UPDATE agreement_kinds SET explanation = $2 WHERE kind = $1 AND explanation IS NULL', [kind, explanation]);
    }
    for (const p of DEMO_PROGRAMMES) {
      await m.query(
        `INSERT INTO programmes (name, name_en, started_year, explanation) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO NOTHING`,
        [p.name, p.nameEn, p.startedYear, p.explanation],
      );
    }
    await seedFair2023(m, hostId);
    return { municipalities, agreements };
  });
}

async function seedMunicipalities(m: EntityManager): Promise<number> {
  let added = 0;
  for (const d of DEMO_MUNICIPALITIES) {
    const rows: unknown[] = await m.query(
      `INSERT INTO municipalities (name, reading, name_en, prefecture_code, kind, population, area_km2, notes, search_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT ${Constraint.municipalitiesPrefectureName} DO NOTHING RETURNING id`,
      [d.name, d.reading, d.nameEn, prefectureCode(d.prefecture), d.kind, d.population, d.areaKm2, d.notes, municipalitySearchText(d)],
    );
    added += rows.length;
  }
  return added;
}

async function seedAgreements(m: EntityManager, hostId: string): Promise<number> {
  let added = 0;
  for (const a of DEMO_AGREEMENTS) {
    const [existing] = await m.query('SELECT id FROM agreements WHERE title = $1 AND host_id = $2', [a.title, hostId]);
    if (existing) continue;
    const [{ id }] = await m.query(
      `INSERT INTO agreements (host_id, kind, title, signed_year, occasion, explanation) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [hostId, a.kind, a.title, a.signedYear, a.occasion, a.explanation],
    );
    for (const [position, p] of a.parties.entries()) {
      await m.query(
        `INSERT INTO agreement_parties (agreement_id, municipality_id, position, activities)
         SELECT $1, id, $2, $3 FROM municipalities WHERE prefecture_code = $4 AND name = $5`,
        [id, position, p.activities, prefectureCode(p.prefecture), p.name],
      );
    }
    added += 1;
  }
  return added;
}

async function seedAccounts(m: EntityManager, hostId: string): Promise<void> {
  for (const a of DEMO_ACCOUNTS) {
    const [exists] = await m.query('SELECT 1 FROM users WHERE email = $1', [a.email]);
    if (exists) continue;
    const [municipality] = a.municipality
      ? await m.query('SELECT id FROM municipalities WHERE name = $1 AND prefecture_code = $2', [
          a.municipality.name,
          prefectureCode(a.municipality.prefecture),
        ])
      : [];
    const [user] = await m.query(`INSERT INTO users (email, display_name, password_hash, password_changed_at) VALUES ($1, $2, $3, now()) RETURNING id`, [
      a.email,
      a.displayName,
      await hashPassword(a.password),
    ]);
    // The operator belongs to the install, not to the demo host.
    await m.query('INSERT INTO memberships (user_id, role, host_id, municipality_id) VALUES ($1, $2, $3, $4)', [
      user.id,
      a.role,
      a.role === 'operator' ? null : hostId,
      municipality?.id ?? null,
    ]);
  }
}

async function seedFair2023(m: EntityManager, hostId: string): Promise<void> {
  const f = DEMO_FAIR_2023;
  if ((await m.query('SELECT 1 FROM fairs WHERE slug = $1', [f.slug])).length) return;
  await m.query(`INSERT INTO venues (host_id, name, address) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT ${Constraint.venuesHostName} DO NOTHING`, [
    hostId,
    f.venue.name,
    f.venue.address,
  ]);
  const [venue] = await m.query('SELECT id FROM venues WHERE host_id = $1 AND name = $2', [hostId, f.venue.name]);
  await m.query(
    `INSERT INTO rooms (venue_id, name, width_m, depth_m) VALUES ($1, $2, $3, $4) ON CONFLICT ON CONSTRAINT ${Constraint.roomsVenueName} DO NOTHING`,
    [venue.id, f.room, f.roomSize.widthM, f.roomSize.depthM],
  );
  const [room] = await m.query('SELECT id FROM rooms WHERE venue_id = $1 AND name = $2', [venue.id, f.room]);
  const [fair] = await m.query(
    `INSERT INTO fairs (host_id, room_id, slug, title, title_en, description, status, programme_id, sample_plan)
     VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT id FROM programmes WHERE name = $8), true) RETURNING id`,
    [hostId, room.id, f.slug, f.title, f.titleEn, f.description, f.status, f.programme],
  );
  for (const d of f.days) {
    await m.query('INSERT INTO fair_days (fair_id, date, opens, closes) VALUES ($1, $2, $3, $4)', [fair.id, d.date, d.opens, d.closes]);
  }
  await seedFair2023Exhibitors(
    m,
    fair.id,
    f.days.map((d) => d.date),
  );
  await seedFair2023Guest(m, hostId, fair.id);
  // Its first release, as published before the fair: the public page /f/koryu-toshi-2023 shows it.
  // Stored as publishing stores one (ReleasesService.store), without its mail, webhooks and audit entry.
  const publishedAt = new Date(f.publishedAt);
  const snapshot = composeRelease(await new SnapshotRepository().build(fair.id, hostId, m), null, 1, null, publishedAt);
  const releases = new ReleasesRepository(m.connection);
  await releases.insert(
    { fairId: fair.id, version: 1, authorId: null, note: null, snapshot, changes: snapshot.changes, digest: digestOf(snapshot), publishedAt },
    m,
  );
  await releases.saveListing(fair.id, 1, snapshot, m);
  await releases.fixUidDomain(fair.id, publicUrlHost(), m);
  await m.query('UPDATE fairs SET visible = true WHERE id = $1', [fair.id]);
}

/** ハタチの龍馬 and its three visits on 2/19, roaming the whole hall, "may change". */
async function seedFair2023Guest(m: EntityManager, hostId: string, fairId: string): Promise<void> {
  const g = DEMO_FAIR_2023_GUEST;
  const [{ id }] = await m.query(`INSERT INTO guests (host_id, name, name_en, kind, profile, profile_en) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
    hostId,
    g.name,
    g.nameEn,
    g.kind,
    g.profile,
    g.profileEn,
  ]);
  for (const start of g.visits.starts) {
    const end = timeOfMinutes(minutesOf(start) + g.visits.minutes);
    await m.query(
      `INSERT INTO appearances (fair_id, guest_id, starts_at, ends_at, approximate, location_kind, location_key, location_shared, status, public_note)
       VALUES ($1, $2, $3, $4, true, 'venue', $5, true, $6, $7)`,
      [fairId, id, tokyoInstant(g.visits.date, start), tokyoInstant(g.visits.date, end), `venue:${fairId}`, g.visits.status, g.visits.note],
    );
  }
}

/** The sample plan, and the 8 exhibitors accepted and placed on it for all five days. */
async function seedFair2023Exhibitors(m: EntityManager, fairId: string, days: string[]): Promise<void> {
  const boothIds = new Map<string, string>();
  for (const b of DEMO_FAIR_2023_BOOTHS) {
    const [{ id }] = await m.query(
      `INSERT INTO booths (fair_id, code, x, y, width, depth, power_watts, fridge, freezer, water, cooking_allowed, tags, prime)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [fairId, b.code, b.x, b.y, b.width, b.depth, b.powerWatts, b.fridge, b.freezer, b.water, b.cookingAllowed, b.tags, b.prime],
    );
    boothIds.set(b.code, id);
  }
  for (const e of DEMO_FAIR_2023_EXHIBITORS) {
    const [{ id }] = await m.query(
      `INSERT INTO applications (fair_id, municipality_id, status, tie_label, products, power_watts, fridge, freezer, water, permit_status, staff_count, submitted_at)
       SELECT $1, id, 'accepted', $2, $3, $4, $5, $6, $7, 'toBeArranged', 2, '2023-01-20T10:00:00+09:00' FROM municipalities WHERE name = $8 AND prefecture_code = $9
       RETURNING id`,
      [
        fairId,
        e.tie,
        JSON.stringify(e.products),
        e.needs.powerWatts,
        e.needs.fridge,
        e.needs.freezer,
        e.needs.water,
        e.municipality,
        prefectureCode(e.prefecture),
      ],
    );
    await m.query('INSERT INTO application_days (application_id, fair_id, date) SELECT $1, $2, unnest($3::date[])', [id, fairId, days]);
    await m.query('INSERT INTO booth_assignments (fair_id, booth_id, application_id, first_day, last_day) VALUES ($1, $2, $3, $4, $5)', [
      fairId,
      boothIds.get(e.booth),
      id,
      days[0],
      days[days.length - 1],
    ]);
  }
}

/** Seeds only an empty registry, so an organizer's deletions are not undone by the next restart. */
export async function seedIfEmpty(db: DataSource): Promise<void> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM municipalities');
  if (count > 0) return;
  const added = await seedDemoData(db);
  console.log(`Loaded demo data: ${added.municipalities} municipalities, ${added.agreements} agreements`);
}

/** What `npm start` prints in demo mode so that someone trying it out can sign in. */
export function demoAccountsText(): string {
  return [
    'Demo accounts (SEED_DEMO=true; never use on a public server):',
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(15)} ${a.email.padEnd(30)} ${a.password}`),
  ].join('\n');
}
