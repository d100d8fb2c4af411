import type { ProposalObjective, UnassignedCause as ProposalUnassignedCause } from '@bussanten/contracts';

/**
 * Automatic booth assignment: problem and result types.
 *
 * Problem file (JSON), validated by `instanceProblems`:
 * ```
 * {
 *   "days": ["2025-12-05", "2025-12-06"],            // fair days, YYYY-MM-DD, unique
 *   "booths": [                                       // ids unique
 *     { "id": "B001", "area_m2": 6, "facilities": ["power", "fridge", "freezer", "water", "cooking"],
 *       "x": 0, "y": 0, "prime": 3 }                  // prime ≥ 0: how attractive the spot is
 *   ],
 *   "adjacent": [["B001", "B002"]],                   // unordered pairs of known, distinct booths
 *   "applications": [                                 // ids unique
 *     { "id": "A001",
 *       "days": ["2025-12-05"],                       // non-empty subset of "days"
 *       "min_area_m2": 4,
 *       "needs": ["fridge"],                          // booth facilities must include all of them
 *       "category": "seafood",
 *       "group": "tokaido",                           // or null
 *       "prime_history": 2,                           // ≥ 0: how often it had prime spots before
 *       "preferred_booths": ["B004"],                 // known booths, may be empty
 *       "locked_booth": "B003",                       // known booth or null
 *       "current_booth": "B002" }                     // where it stands now: known booth or null
 *                                                     // (optional; a file without it has none)
 *   ],
 *   "weights": { "unassigned": 1000, "prime_repeat": 2, "preference_miss": 5,
 *                "same_category_adjacent": 20, "group_adjacent_bonus": 4,
 *                "move": 50 }                         // all ≥ 0; "move" optional (default 50)
 * }
 * ```
 * Facilities are free texts matched exactly ("cooking" is a booth marked 調理可, added with issue 20;
 * a file written before it simply names no cooking need, so older files read as they did).
 * Hard rules: an application gets one booth for all its days, or none; a booth holds at most one
 * application per day; the booth has area ≥ min_area_m2 and every facility in needs; a locked
 * application stays on its locked booth (or is left out, with a reason, if that is impossible).
 *
 * Objective (minimised), each term already multiplied by its weight:
 * - unassigned: weights.unassigned × applications left out
 * - prime_repeat: weights.prime_repeat × Σ prime(booth) × prime_history(application), assigned pairs
 * - preference_miss: weights.preference_miss × assigned applications with preferences that got none
 * - same_category_adjacent: weights.same_category_adjacent × (adjacent pair, day) where both booths
 *   hold applications of the same category
 * - group_adjacent_bonus: weights.group_adjacent_bonus × (adjacent pair, day) where both booths hold
 *   applications of the same non-null group
 * - move: weights.move × applications with a current booth that the plan does not keep on it (moved
 *   elsewhere or left out): a move costs a mail, a new sign and some confusion, so the solver moves
 *   an exhibitor only where that gains more than this (the default, 50, is more than a same-trade
 *   pair on two days, or a preference missed)
 * total = unassigned + prime_repeat + preference_miss + same_category_adjacent − group_adjacent_bonus
 *         + move
 *
 * Result (JSON): `{ "assignments": [{ "application", "booth" }], "unassigned": [{ "application",
 * "reason" }], "objective": { "total", "unassigned", "prime_repeat", "preference_miss",
 * "same_category_adjacent", "group_adjacent_bonus", "move" } }`
 */

export interface AssignmentBooth {
  id: string;
  area_m2: number;
  facilities: string[];
  x: number;
  y: number;
  prime: number;
}

export interface AssignmentApplication {
  id: string;
  days: string[];
  min_area_m2: number;
  needs: string[];
  category: string;
  group: string | null;
  prime_history: number;
  preferred_booths: string[];
  locked_booth: string | null;
  /** Where it stands now (a known booth), or null/absent when it holds none: leaving it costs weights.move. */
  current_booth?: string | null;
}

export interface AssignmentWeights {
  unassigned: number;
  prime_repeat: number;
  preference_miss: number;
  same_category_adjacent: number;
  group_adjacent_bonus: number;
  /** Per application moved off its current booth; absent (older files): DEFAULT_MOVE_WEIGHT. */
  move?: number;
}

/** The move weight when a file gives none: more than a same-trade pair on two days (2 × 20) or a preference (5). */
export const DEFAULT_MOVE_WEIGHT = 50;

/** The weight of a move in these weights (the default when absent). */
export const moveWeight = (w: AssignmentWeights): number => w.move ?? DEFAULT_MOVE_WEIGHT;

export interface BoothAssignmentInstance {
  days: string[];
  booths: AssignmentBooth[];
  adjacent: [string, string][];
  applications: AssignmentApplication[];
  weights: AssignmentWeights;
}

export interface BoothAssignment {
  application: string;
  booth: string;
}

/** An application left out, and why in English: the result file's shape. */
export interface UnassignedApplication {
  application: string;
  reason: string;
}

/**
 * Why an application was left out, as data (the shape is shared with the API and the UI, which
 * word it in the organizer's language; describeUnassigned words it in English).
 */
export type UnassignedCause = ProposalUnassignedCause;

/** An application left out, why in English (`describeUnassigned(cause)`), and why as data. */
export interface UnassignedWithCause extends UnassignedApplication {
  cause: UnassignedCause;
}

/** The objective's terms, each weighted, and their total (the shape the API sends too). */
export type AssignmentObjective = ProposalObjective;

export interface BoothAssignmentResult {
  assignments: BoothAssignment[];
  unassigned: UnassignedApplication[];
  objective: AssignmentObjective;
}

/** A result whose applications left out also carry their cause as data (solveWithCauses). */
export interface BoothAssignmentResultWithCauses extends BoothAssignmentResult {
  unassigned: UnassignedWithCause[];
}

export interface SolveOptions {
  /** PRNG seed; the same seed and instance give the same result. Default 1. */
  seed?: number;
  /** Local-search steps after the greedy construction. Default scales with the instance. */
  iterations?: number;
  /**
   * A plan to improve on, such as today's holdings (default: the applications' current_booth).
   * Its pairs that keep the hard rules are the
   * starting point and the result is never worse than that start. Moves that gain nothing are
   * undone where sending one application back, or swapping two back, does it.
   */
  start?: BoothAssignment[];
}
