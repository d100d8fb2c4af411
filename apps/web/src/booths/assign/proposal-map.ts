import type { Assignment, ProposalChange } from '@bussanten/contracts';
import { covers } from '../../applications';
import { translate, type Lang } from '../../i18n/dictionaries';
import { isChoosable } from './proposal-model';

/** Which plan the map draws while a proposal is on screen. */
export type PlanView = 'now' | 'proposed';

/**
 * One change of the proposal as the map draws it on a day: an arrow from the booth held that day to
 * the booth proposed, an outline on the booth of one newly placed, a cross on the booth of one the
 * proposal leaves out. `chosen` says whether the organizer ticked it (unchosen ones are drawn faint).
 */
export type ProposalMark =
  | { kind: 'move'; applicationId: string; name: string; from: string; fromCode: string; to: string; toCode: string; chosen: boolean }
  | { kind: 'assign'; applicationId: string; name: string; to: string; toCode: string; chosen: boolean }
  | { kind: 'unassign'; applicationId: string; name: string; from: string; fromCode: string; chosen: boolean };

/** Who holds which booth on `day`, by application: read once per day, not once per change. */
function heldOn(day: string, assignments: readonly Assignment[]): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  for (const a of assignments) if (covers(a, day) && !out.has(a.applicationId)) out.set(a.applicationId, a);
  return out;
}

/**
 * The marks for `day`: each change the organizer can take (not a pinned or unchanged one) of an
 * exhibitor there that day. Where it stands that day is read from the holdings (a split holding
 * may differ from the change's first booth); a change that keeps it on that day's booth draws
 * nothing. Linear in changes and holdings.
 */
export function proposalMarks(
  changes: readonly ProposalChange[],
  chosen: ReadonlySet<string>,
  day: string,
  attends: (applicationId: string) => boolean,
  assignments: readonly Assignment[],
): ProposalMark[] {
  const held = heldOn(day, assignments);
  const marks: ProposalMark[] = [];
  for (const c of changes) {
    if (!isChoosable(c) || !attends(c.applicationId)) continue;
    const base = { applicationId: c.applicationId, name: c.municipalityName, chosen: chosen.has(c.applicationId) };
    const now = held.get(c.applicationId);
    const from = now ? { from: now.boothId, fromCode: now.boothCode } : null;
    const to = c.proposed ? { to: c.proposed.boothId, toCode: c.proposed.boothCode } : null;
    if (from && to && from.from !== to.to) marks.push({ kind: 'move', ...base, ...from, ...to });
    else if (!from && to) marks.push({ kind: 'assign', ...base, ...to });
    else if (from && !to) marks.push({ kind: 'unassign', ...base, ...from });
  }
  return marks;
}

/** A mark's accessible name: '宮古市: A2 → B3', '山北町: 新たにA5', with '（採用しない）' when not chosen. */
export function markLabel(mark: ProposalMark, lang: Lang): string {
  const text =
    mark.kind === 'move'
      ? translate(lang, 'proposal.map.move', { name: mark.name, from: mark.fromCode, to: mark.toCode })
      : mark.kind === 'assign'
        ? translate(lang, 'proposal.map.assign', { name: mark.name, to: mark.toCode })
        : translate(lang, 'proposal.map.unassign', { name: mark.name, from: mark.fromCode });
  return mark.chosen ? text : translate(lang, 'proposal.map.unchosen', { mark: text });
}

/**
 * The plan on `day` as it would be with the chosen changes taken: their holdings gone, and each
 * chosen booth held that day (if it attends). What the map's "proposed" view labels booths with.
 */
export function proposedAssignments(
  assignments: readonly Assignment[],
  changes: readonly ProposalChange[],
  chosen: ReadonlySet<string>,
  day: string,
  attends: (applicationId: string) => boolean,
): Assignment[] {
  const taken = changes.filter((c) => isChoosable(c) && chosen.has(c.applicationId));
  const moving = new Set(taken.map((c) => c.applicationId));
  const out = assignments.filter((a) => !moving.has(a.applicationId));
  for (const c of taken) {
    if (!c.proposed || !attends(c.applicationId)) continue;
    out.push({
      id: `proposed-${c.applicationId}`,
      applicationId: c.applicationId,
      boothId: c.proposed.boothId,
      boothCode: c.proposed.boothCode,
      from: day,
      to: day,
      overridden: false,
      pinned: false,
      municipalityName: c.municipalityName,
    });
  }
  return out;
}

/**
 * Which change is pointed at or focused, shared by the table's rows and the map's marks. Each
 * subscriber reads whether it is the one, so a hover re-renders the row and the mark it concerns,
 * not the whole page (useSyncExternalStore).
 */
export interface HighlightStore {
  get(): string | null;
  set(applicationId: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createHighlightStore(): HighlightStore {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(applicationId) {
      if (applicationId === current) return;
      current = applicationId;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
