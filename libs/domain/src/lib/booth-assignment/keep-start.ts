import type { PlanState } from './state';

/**
 * Moving an exhibitor has a cost (a mail, a new sign, confusion): the objective's move term counts
 * it for an application's current booth. As a last tidy-up, an application the search moved goes
 * back to its starting booth whenever the objective (its move term included) is no worse for it:
 * alone when that booth is free, or swapping with the one now there when that one started where it
 * now is. Two passes, since one going home can clear the way for another.
 */
export function keepStartWhereFree(s: PlanState, startAt: Int32Array): void {
  for (let pass = 0; pass < 2; pass++)
    for (let a = 0; a < s.nA; a++) {
      const home = startAt[a];
      const cur = s.where[a];
      if (home < 0 || cur < 0 || cur === home) continue;
      const partner = swapPartner(s, startAt, a, home, cur);
      if (partner !== null) goHomeUnlessWorse(s, a, home, cur, partner);
    }
}

/**
 * Who stands in the way of a going home (on a's days): nobody (−1), or one unlocked application
 * that started on a's current booth (it swaps back too); null when going home is not possible.
 */
function swapPartner({ nD, appDays, occ, locked, holdersOf }: PlanState, startAt: Int32Array, a: number, home: number, cur: number): number | null {
  const others = holdersOf(home).filter((o) => appDays[a].some((d) => occ[home * nD + d] === o));
  if (others.length === 0) return -1;
  if (others.length === 1 && startAt[others[0]] === cur && !locked[others[0]]) return others[0];
  return null;
}

/** a goes back home (and partner c, if any, back to a's booth) when the objective is no worse; else all stays. */
function goHomeUnlessWorse(s: PlanState, a: number, home: number, cur: number, c: number): void {
  const { where, place, remove } = s;
  if (goHome(s, a, home, cur, c) <= 1e-9) return;
  if (where[a] >= 0) remove(a);
  if (c >= 0 && where[c] >= 0) remove(c);
  if (c >= 0) place(c, home);
  place(a, cur);
}

/** Sends a home and c (if any) to cur; the change, or Infinity when one of them does not fit there. */
function goHome({ isFree, placeCost, place, remove }: PlanState, a: number, home: number, cur: number, c: number): number {
  remove(a);
  let delta = -placeCost(a, cur);
  if (c >= 0) {
    remove(c);
    delta -= placeCost(c, home);
  }
  if (!isFree(a, home)) return Infinity;
  delta += placeCost(a, home);
  place(a, home);
  if (c < 0) return delta;
  if (!isFree(c, cur)) return Infinity;
  delta += placeCost(c, cur);
  place(c, cur);
  return delta;
}
