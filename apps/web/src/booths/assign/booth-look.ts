import type { Assignment } from '@bussanten/contracts';
import { covers } from '../../applications';
import type { BoothState } from './assign-model';

/** How one booth of the assignment plan looks: everything its drawing depends on. */
export interface BoothLook {
  id: string;
  state: BoothState;
  lacking: boolean;
  /** The dragged card is over it: fits ('ok') or not ('bad'). */
  hover: 'ok' | 'bad' | null;
  changing: boolean;
  /** Chosen in the plan's search. */
  found: boolean;
}

/** The booth's classes ('booth booth--free booth--hover-ok'); called once per render of a booth. */
export function boothClassName(look: BoothLook): string {
  const classes = ['booth', `booth--${look.state}`];
  if (look.lacking) classes.push('booth--lacking');
  if (look.hover) classes.push(look.hover === 'bad' ? 'booth--hover-bad' : 'booth--hover-ok');
  if (look.changing) classes.push('booth--changing');
  if (look.found) classes.push('booth--found');
  return classes.join(' ');
}

/** Who holds each booth on `day` (one pass over the holdings instead of a search per booth). */
export function holdersOn(day: string, assignments: readonly Assignment[]): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  for (const a of assignments) if (!out.has(a.boothId) && covers(a, day)) out.set(a.boothId, a);
  return out;
}
