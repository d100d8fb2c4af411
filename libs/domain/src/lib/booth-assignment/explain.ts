import type { PlanState } from './state';
import type { BoothAssignmentInstance, UnassignedCause } from './types';

/**
 * Why application a is out of the final plan (its lock was already explained when it failed), as
 * data: first what no plan could change (no booths, no days, no booth it fits), then what this plan
 * does (every suitable booth taken on one of its days, or a free one it is cheaper without, or each
 * suitable booth taken on some day of its).
 */
export function explainLeftOut(instance: BoothAssignmentInstance, s: PlanState, a: number): UnassignedCause {
  const app = instance.applications[a];
  const { feasible, appDays, isFree } = s;
  if (s.nB === 0) return { kind: 'noBooths' };
  if (appDays[a].length === 0) return { kind: 'noFairDays' };
  const facilities = [...app.needs];
  const minAreaM2 = app.min_area_m2;
  if (feasible[a].length === 0) return noBoothFits(instance, a);
  const takenOnADay = allTakenOnOneDay(instance, s, a);
  if (takenOnADay) return takenOnADay;
  const free = feasible[a].find((b) => isFree(a, b));
  if (free !== undefined) return { kind: 'leftOutCheaper', facilities, minAreaM2, booth: instance.booths[free].id };
  return { kind: 'suitableBoothsTakenOnSomeDay', facilities, minAreaM2, days: [...app.days], booths: feasible[a].length, taken: firstTaken(instance, s, a) };
}

/** No booth has the facilities, or none that has them is large enough (with the largest's area). */
function noBoothFits(instance: BoothAssignmentInstance, a: number): UnassignedCause {
  const app = instance.applications[a];
  const facilities = [...app.needs];
  const equipped = instance.booths.filter((b) => app.needs.every((n) => b.facilities.includes(n)));
  if (equipped.length === 0) return { kind: 'noBoothWithFacilities', facilities };
  return { kind: 'noBoothLargeEnough', facilities, minAreaM2: app.min_area_m2, largestAreaM2: Math.max(...equipped.map((b) => b.area_m2)) };
}

/** The first of a's days on which every booth it fits is taken, with who holds them (five named when more than six); null if none. */
function allTakenOnOneDay(instance: BoothAssignmentInstance, s: PlanState, a: number): UnassignedCause | null {
  const app = instance.applications[a];
  const apps = instance.applications;
  const { nD, feasible, appDays, occ } = s;
  const n = feasible[a].length;
  for (const d of appDays[a]) {
    const holders = feasible[a].map((b) => occ[b * nD + d]);
    if (!holders.every((o) => o >= 0)) continue;
    const names = [...new Set(holders)].sort((x, y) => x - y).map((o) => apps[o].id);
    const shown = names.length > 6 ? names.slice(0, 5) : names;
    return {
      kind: 'suitableBoothsTaken',
      facilities: [...app.needs],
      minAreaM2: app.min_area_m2,
      booths: n,
      onlyBooth: n === 1 ? instance.booths[feasible[a][0]].id : null,
      day: instance.days[d],
      holders: shown,
      otherHolders: names.length - shown.length,
    };
  }
  return null;
}

/** The first four booths a fits, each with a day of a's it is taken and by whom. */
function firstTaken(instance: BoothAssignmentInstance, s: PlanState, a: number): { booth: string; day: string; holder: string }[] {
  const { nD, feasible, appDays, occ } = s;
  return feasible[a].slice(0, 4).map((b) => {
    const d = appDays[a].find((x) => occ[b * nD + x] >= 0) as number;
    return { booth: instance.booths[b].id, day: instance.days[d], holder: instance.applications[occ[b * nD + d]].id };
  });
}
