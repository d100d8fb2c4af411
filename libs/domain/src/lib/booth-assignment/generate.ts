import { mulberry32 } from './solve';
import { moveWeight, type AssignmentApplication, type AssignmentBooth, type BoothAssignmentInstance } from './types';

/**
 * Seeded synthetic fairs of any size, for the bench (`npm run bench -- assign`, through
 * `npm run assign -- --generate N`) and for the tests that pin the solver's results. They live here,
 * not in the bench, so both use the very same fairs. Changing anything below changes every
 * generated fair: the pinned results and the bench's history would no longer compare.
 */

const DAYS = ['2025-12-05', '2025-12-06', '2025-12-07'];
/** Booths per row; rows stand back to back in pairs (0|1, 2|3, …). */
const ROW = 10;
const WEIGHTS = { unassigned: 1000, prime_repeat: 2, preference_miss: 5, same_category_adjacent: 20, group_adjacent_bonus: 4 };
/** Chance of each need, by category. */
const CATEGORIES: Record<string, Record<string, number>> = {
  seafood: { power: 0.6, fridge: 0.6, freezer: 0.2, water: 0.3 },
  sweets: { power: 0.4, fridge: 0.4 },
  sake: { power: 0.2, fridge: 0.3 },
  vegetables: { power: 0.1, water: 0.3 },
  crafts: { power: 0.3 },
  noodles: { power: 0.9, water: 0.6 },
  meat: { power: 0.8, fridge: 0.5, freezer: 0.25 },
  tea: { power: 0.6, water: 0.4 },
};
const BOOTH_AREAS: [number, number][] = [
  [4, 0.45],
  [6, 0.4],
  [9, 0.15],
];
const MIN_AREAS: [number, number][] = [
  [4, 0.55],
  [6, 0.33],
  [9, 0.12],
];
const PRIME_HISTORIES: [number, number][] = [
  [0, 0.35],
  [1, 0.3],
  [2, 0.2],
  [3, 0.15],
];

/** The generator's random choices, all drawn from one seeded stream in a fixed order. */
interface Draw {
  rng: () => number;
  /** A value with probability proportional to its weight. */
  pick<T>(weighted: [T, number][]): T;
  shuffle<T>(list: T[]): T[];
}

function draws(seed: number): Draw {
  const rng = mulberry32(seed);
  return {
    rng,
    pick<T>(weighted: [T, number][]): T {
      let r = rng() * weighted.reduce((s, [, w]) => s + w, 0);
      for (const [v, w] of weighted) if ((r -= w) < 0) return v;
      return weighted[weighted.length - 1][0];
    },
    shuffle<T>(list: T[]): T[] {
      return list
        .map((a): [number, T] => [rng(), a])
        .sort((p, q) => p[0] - q[0])
        .map(([, a]) => a);
    },
  };
}

const numbered = (prefix: string, i: number) => `${prefix}${String(i + 1).padStart(3, '0')}`;
const fits = (app: AssignmentApplication, b: AssignmentBooth) => b.area_m2 >= app.min_area_m2 && app.needs.every((f) => b.facilities.includes(f));

/**
 * A fair of n booths and about 0.9 n applications, 3 days, the usual weights; the same n and
 * variant always give the same fair (variant 0: the bench's usual fairs).
 */
export function generateAssignmentInstance(n: number, variant = 0): BoothAssignmentInstance {
  const draw = draws(0x5eed + n + 7919 * variant);
  const booths = generateBooths(n, draw);
  const adjacent = rowNeighbours(booths);
  const applications = generateApplications(Math.round(0.9 * n), draw);
  formGroups(applications, draw);
  addPreferences(applications, booths, draw);
  lockSome(applications, booths, draw);
  return { days: [...DAYS], booths, adjacent, applications, weights: { ...WEIGHTS } };
}

/**
 * The same fair as it stands once booths were handed out without the solver (issue 22's bench
 * variant): each locked application holds its locked booth, then each other one, in order, the
 * first booth that fits and is free on its days, as current_booth; one with none free holds nothing. The weights
 * name the move weight. Handed out like that, neighbours often sell the same, so some moves pay and
 * most do not: the solver and CBC must tell which.
 */
export function withGreedyHoldings(instance: BoothAssignmentInstance): BoothAssignmentInstance {
  const taken = new Set<string>();
  const free = (app: AssignmentApplication, b: AssignmentBooth) => fits(app, b) && app.days.every((d) => !taken.has(`${b.id} ${d}`));
  const holding = new Map<string, string>();
  const hold = (app: AssignmentApplication, booth: AssignmentBooth | undefined) => {
    if (!booth) return;
    for (const d of app.days) taken.add(`${booth.id} ${d}`);
    holding.set(app.id, booth.id);
  };
  // Locked ones first, as the solver places them (a lock is a holding an organizer pinned).
  for (const app of instance.applications)
    if (app.locked_booth !== null)
      hold(
        app,
        instance.booths.find((b) => b.id === app.locked_booth && free(app, b)),
      );
  for (const app of instance.applications)
    if (app.locked_booth === null)
      hold(
        app,
        instance.booths.find((b) => free(app, b)),
      );
  const applications = instance.applications.map((app) => ({ ...app, current_booth: holding.get(app.id) ?? null }));
  return { ...instance, applications, weights: { ...instance.weights, move: moveWeight(instance.weights) } };
}

/** Rows of ROW from the entrance at (0, 0); prime falls with the distance from it, with some noise. */
function generateBooths(n: number, { rng, pick }: Draw): AssignmentBooth[] {
  const rows = Math.ceil(n / ROW);
  const far = ROW - 1 + (rows - 1);
  return Array.from({ length: n }, (_, i) => {
    const x = i % ROW;
    const y = Math.floor(i / ROW);
    const prime = Math.max(0, Math.min(3, Math.round(3 * (1 - (x + y) / Math.max(1, far)) + (rng() - 0.5) * 1.4)));
    const freezer = rng() < 0.1;
    // A freezer comes with power and a fridge (and then draws no number for them).
    const facilities = [
      ...(freezer || rng() < 0.85 ? ['power'] : []),
      ...(freezer || rng() < 0.35 ? ['fridge'] : []),
      ...(freezer ? ['freezer'] : []),
      ...(rng() < 0.3 ? ['water'] : []),
    ];
    return { id: numbered('B', i), area_m2: pick(BOOTH_AREAS), facilities, x, y, prime };
  });
}

/** Side by side within a row, and back to back between the rows of a pair. */
function rowNeighbours(booths: AssignmentBooth[]): [string, string][] {
  const n = booths.length;
  const adjacent: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    const x = i % ROW;
    const y = Math.floor(i / ROW);
    if (x + 1 < ROW && i + 1 < n) adjacent.push([booths[i].id, booths[i + 1].id]);
    if (y % 2 === 0 && i + ROW < n) adjacent.push([booths[i].id, booths[i + ROW].id]);
  }
  return adjacent;
}

/** Applications with a category, its likely needs, and mostly all three days (a quarter one or two). */
function generateApplications(count: number, { rng, pick }: Draw): AssignmentApplication[] {
  return Array.from({ length: count }, (_, i) => {
    const category = pick(Object.keys(CATEGORIES).map((c): [string, number] => [c, 1]));
    let days = [...DAYS];
    if (rng() >= 0.75) {
      days = DAYS.filter(() => rng() < 0.5);
      if (days.length === 0 || days.length === DAYS.length) days = [DAYS[Math.floor(rng() * DAYS.length)]];
    }
    const needs = Object.entries(CATEGORIES[category])
      .filter(([, p]) => rng() < p)
      .map(([f]) => f);
    return {
      id: numbered('A', i),
      days,
      min_area_m2: pick(MIN_AREAS),
      needs,
      category,
      group: null,
      prime_history: pick(PRIME_HISTORIES),
      preferred_booths: [],
      locked_booth: null,
    };
  });
}

/** Two groups, about 10% and 5% of the applications, drawn at random. */
function formGroups(applications: AssignmentApplication[], { shuffle }: Draw): void {
  const count = applications.length;
  const shuffled = shuffle(applications);
  const groupSizes: [string, number][] = [
    ['tokaido', Math.max(2, Math.round(0.1 * count))],
    ['sanriku', Math.max(2, Math.round(0.05 * count))],
  ];
  let k = 0;
  for (const [group, size] of groupSizes) for (let j = 0; j < size && k < count; j++) shuffled[k++].group = group;
}

/** About 30% want one to three booths, mostly ones they fit. */
function addPreferences(applications: AssignmentApplication[], booths: AssignmentBooth[], { rng }: Draw): void {
  for (const app of applications) {
    if (rng() >= 0.3) continue;
    const fitting = booths.filter((b) => fits(app, b));
    const wanted = 1 + Math.floor(rng() * 3);
    const prefs = new Set<string>();
    for (let t = 0; t < 10 && prefs.size < wanted; t++) {
      const from = fitting.length > 0 && rng() < 0.85 ? fitting : booths;
      prefs.add(from[Math.floor(rng() * from.length)].id);
    }
    app.preferred_booths = [...prefs];
  }
}

/** About 3% locked (at least one), each on a booth it fits and no other lock holds on its days. */
function lockSome(applications: AssignmentApplication[], booths: AssignmentBooth[], { rng, shuffle }: Draw): void {
  const lockedDays = new Set<string>();
  let toLock = Math.max(1, Math.round(0.03 * applications.length));
  for (const app of shuffle(applications)) {
    if (toLock === 0) break;
    const free = booths.filter((b) => fits(app, b) && app.days.every((d) => !lockedDays.has(`${b.id} ${d}`)));
    if (free.length === 0) continue;
    const b = free[Math.floor(rng() * free.length)];
    app.locked_booth = b.id;
    for (const d of app.days) lockedDays.add(`${b.id} ${d}`);
    toLock--;
  }
}
