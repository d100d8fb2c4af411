import {
  FAIR_DOCUMENT_FORMAT,
  FAIR_DOCUMENT_VERSION,
  PRODUCT_CATEGORIES,
  type FairDocument,
  type FairDocumentApplication,
  type FairDocumentBooth,
  type MunicipalityKey,
} from '@bussanten/contracts';
import { mulberry32 } from './booth-assignment/solve';

/**
 * A generated fair of the size the next fairs have (a prefecture's or a bank's food fair: about 300
 * exhibitors, 320 booths, 10 days), as a fair document that POST /api/fairs/import reads. The same
 * options give the same document, so a bench and the tests measure and check the same fair.
 */
export interface BigFairOptions {
  slug: string;
  title: string;
  /** The registry's municipalities to apply as (one application each): at least `applications` of them. */
  municipalities: readonly MunicipalityKey[];
  booths?: number;
  applications?: number;
  days?: number;
  /** 'YYYY-MM-DD' of the first day; the days follow one after another. */
  firstDay?: string;
  /** How many applications are accepted and already hold a booth; the rest wait (submitted). */
  placed?: number;
  seed?: number;
}

const ROW = 20; // booths per row, 3 m wide
const SIDE = 3;
const AISLE = 2;
const DAY_MS = 86_400_000;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const zoneOf = (row: number) => `${String.fromCharCode(65 + Math.floor(row / 2))}列`;

/** Rows of 20 booths, back to back in pairs with an aisle between pairs; a zone per pair; more footfall near the entrance (row 0). */
function generateBooths(count: number, rng: () => number): FairDocumentBooth[] {
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / ROW);
    const col = i % ROW;
    const pair = Math.floor(row / 2);
    const r = rng();
    return {
      code: `${String.fromCharCode(65 + (row % 26))}${col + 1}${row >= 26 ? `-${Math.floor(row / 26) + 1}` : ''}`,
      x: 1 + col * SIDE,
      y: 1 + pair * (2 * SIDE + AISLE) + (row % 2) * SIDE,
      width: SIDE,
      depth: SIDE,
      powerWatts: r < 0.3 ? 1500 : r < 0.6 ? 500 : 0,
      fridge: rng() < 0.2,
      freezer: rng() < 0.06,
      water: rng() < 0.12,
      cookingAllowed: rng() < 0.15,
      tags: [...(col === 0 || col === ROW - 1 ? (['corner'] as const) : []), ...(row === 0 ? (['nearEntrance'] as const) : [])],
      prime: Math.max(0, 3 - pair),
      zone: zoneOf(row),
    };
  });
}

/** Days attended: a run of consecutive days (most exhibitors come for part of a ten-day fair). */
function attendance(days: string[], rng: () => number): string[] {
  const length = Math.max(2, Math.ceil(rng() * days.length));
  const start = Math.floor(rng() * (days.length - length + 1));
  return days.slice(start, start + length);
}

/** One application, its needs drawn so that most fit several booths and a few only one or two. */
function generateApplication(municipality: MunicipalityKey, days: string[], i: number, rng: () => number): FairDocumentApplication {
  const category = PRODUCT_CATEGORIES[Math.floor(rng() * PRODUCT_CATEGORIES.length)];
  return {
    municipality,
    status: 'submitted',
    days: attendance(days, rng),
    products: [
      {
        name: `${municipality.name}の名産品${i + 1}`,
        category,
        priceMin: 300 + Math.floor(rng() * 10) * 100,
        priceMax: null,
        food: category !== 'crafts',
        alcohol: category === 'alcohol',
      },
    ],
    needs: { minAreaM2: null, powerWatts: rng() < 0.25 ? 500 : 0, fridge: rng() < 0.12, freezer: rng() < 0.03, water: rng() < 0.05, cooking: rng() < 0.08 },
    permit: { status: 'notNeeded', number: null, healthCentre: null },
    staffCount: 2,
    staff: [],
    vehicle: null,
    loadInTime: null,
    note: null,
    tieLabel: null,
    decisionMessage: null,
    submittedBy: null,
    submittedAt: '2026-11-01T00:00:00.000Z',
    assignments: [],
    history: [],
  };
}

const fits = (a: FairDocumentApplication, b: FairDocumentBooth) =>
  b.powerWatts >= a.needs.powerWatts &&
  (!a.needs.fridge || b.fridge) &&
  (!a.needs.freezer || b.freezer) &&
  (!a.needs.water || b.water) &&
  (!a.needs.cooking || b.cookingAllowed);

/** Accepts the first `placed` applications and gives each the first booth that fits and is free on all its days (greedy, in order). */
function place(applications: FairDocumentApplication[], booths: FairDocumentBooth[], placed: number): void {
  const taken = new Map<string, Set<string>>(booths.map((b) => [b.code, new Set()]));
  for (const a of applications.slice(0, placed)) {
    a.status = 'accepted';
    const booth = booths.find((b) => fits(a, b) && a.days.every((d) => !taken.get(b.code)?.has(d)));
    if (!booth) continue;
    for (const d of a.days) taken.get(booth.code)?.add(d);
    a.assignments = [{ booth: booth.code, from: a.days[0], to: a.days[a.days.length - 1], pinned: false, overridden: false, createdBy: null }];
  }
}

export function generateBigFair(o: BigFairOptions): FairDocument {
  const { booths: boothCount = 320, applications: count = 300, days: dayCount = 10, firstDay = '2027-10-01', placed = 270, seed = 20261208 } = o;
  if (o.municipalities.length < count) throw new RangeError(`${count} applications need as many municipalities; ${o.municipalities.length} given`);
  const rng = mulberry32(seed);
  const days = Array.from({ length: dayCount }, (_, i) => addDays(firstDay, i));
  const booths = generateBooths(boothCount, rng);
  const applications = o.municipalities.slice(0, count).map((m, i) => generateApplication(m, days, i, rng));
  place(applications, booths, Math.min(placed, count));
  const rows = Math.ceil(boothCount / ROW);
  return {
    format: FAIR_DOCUMENT_FORMAT,
    version: FAIR_DOCUMENT_VERSION,
    exportedAt: '2026-11-01T00:00:00.000Z',
    fair: {
      slug: o.slug,
      title: o.title,
      titleEn: null,
      description: null,
      status: 'closed',
      programme: null,
      samplePlan: true,
      applicationsOpenAt: null,
      applicationsCloseAt: null,
      venue: { name: '大規模物産展テスト会場', address: '東京都品川区' },
      room: { name: '大ホール', widthM: ROW * SIDE + 2, depthM: Math.ceil(rows / 2) * (2 * SIDE + AISLE) + 1 },
      days: days.map((date, i) => ({ date, opens: '10:00', closes: i === dayCount - 1 ? '17:00' : '19:00' })),
      stages: [],
      booths,
      applications,
      guests: [],
    },
  };
}
