import type {
  AcceptProposalInput,
  AssignmentProposal,
  ProposalChange,
  ProposalObjective,
  ProposalPlanCounts,
  ProposalReason,
  UnassignedCause,
} from '@bussanten/contracts';
import { objectiveChanges } from '@bussanten/domain';
import { isApiError } from '../../api/client';
import { formatFairDay } from '../../applications';
import { isMessageKey, translate, type Lang, type MessageKey } from '../../i18n/dictionaries';

/** The objective's terms in the order the table shows them, the total last. */
export const OBJECTIVE_TERMS = [
  'unassigned',
  'prime_repeat',
  'preference_miss',
  'same_category_adjacent',
  'group_adjacent_bonus',
  'move',
  'total',
] as const satisfies readonly (keyof ProposalObjective)[];
export type ObjectiveTerm = (typeof OBJECTIVE_TERMS)[number];

export const objectiveTermKey = (term: ObjectiveTerm): MessageKey => `proposal.term.${term}`;

/** One row per term: the plan as it stands and as proposed. */
export function objectiveRows(before: ProposalObjective, after: ProposalObjective): { term: ObjectiveTerm; now: number; proposed: number }[] {
  return OBJECTIVE_TERMS.map((term) => ({ term, now: before[term], proposed: after[term] }));
}

/**
 * Whether the organizer can take or leave this change: there must be a change, and a pinned
 * holding is never moved (the API would refuse it with ASSIGNMENT_PINNED).
 */
export function isChoosable(change: Pick<ProposalChange, 'kind' | 'pinned'>): boolean {
  return change.kind !== 'keep' && !change.pinned;
}

/** Every change the organizer can choose starts chosen: the proposal is meant to be taken. */
export function initialSelection(changes: readonly ProposalChange[]): Set<string> {
  return new Set(changes.filter(isChoosable).map((c) => c.applicationId));
}

export interface ProposalSummary {
  total: number;
  changing: number;
  pinned: number;
  leftOut: number;
}

export function summarize(changes: readonly ProposalChange[]): ProposalSummary {
  return {
    total: changes.length,
    changing: changes.filter(isChoosable).length,
    pinned: changes.filter((c) => c.pinned).length,
    leftOut: changes.filter((c) => c.proposed === null).length,
  };
}

/** '8件中 7件を変更、1件は固定' (parts with nothing to count are left out). */
export function summaryText(s: ProposalSummary, lang: Lang): string {
  let text = translate(lang, 'proposal.summary', { total: s.total, changing: s.changing });
  if (s.pinned > 0) text += translate(lang, 'proposal.summaryPinned', { n: s.pinned });
  if (s.leftOut > 0) text += translate(lang, 'proposal.summaryLeftOut', { n: s.leftOut });
  return text;
}

/**
 * The accept request for the chosen changes (`'all'`: every choosable one). Each carries the booth
 * the proposal saw, so the API refuses with PROPOSAL_STALE when someone changed it since.
 */
export function acceptInput(changes: readonly ProposalChange[], chosen: ReadonlySet<string> | 'all'): AcceptProposalInput {
  return {
    changes: changes
      .filter((c) => isChoosable(c) && (chosen === 'all' || chosen.has(c.applicationId)))
      .map((c) => ({ applicationId: c.applicationId, expectedBoothId: c.current?.boothId ?? null, boothId: c.proposed?.boothId ?? null })),
  };
}

/** Booths whose holder the chosen changes would change (the one left and the one taken), for the plan. */
export function changingBoothIds(changes: readonly ProposalChange[], chosen: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    if (!isChoosable(c) || !chosen.has(c.applicationId)) continue;
    if (c.current && c.current.boothId !== c.proposed?.boothId) out.add(c.current.boothId);
    if (c.proposed && c.proposed.boothId !== c.current?.boothId) out.add(c.proposed.boothId);
  }
  return out;
}

/** Words that read inside a sentence ('Needs a fridge'), not the capitalised labels of the forms. */
const FACILITY_WORDS = { fridge: 'reason.fridge', freezer: 'reason.freezer', water: 'reason.water' } as const satisfies Record<string, MessageKey>;

/** A facility as the solver names it ('fridge', 'power≥1500W') in words; unknown names are shown as they are. */
export function facilityWord(facility: string, lang: Lang): string {
  const power = /^power≥(\d+)W$/.exec(facility);
  if (power) return translate(lang, 'reason.power', { watts: Number(power[1]) });
  return Object.hasOwn(FACILITY_WORDS, facility) ? translate(lang, FACILITY_WORDS[facility as keyof typeof FACILITY_WORDS]) : facility;
}

// Named facilities before power, so the line reads '冷蔵庫・電源1500Wが必要'.
const facilityOrder = (f: string) => (f.startsWith('power') ? 1 : 0);

const listText = (items: readonly string[], lang: Lang) => items.join(translate(lang, 'reason.listSeparator'));

/** Facilities in words, named ones first: '冷蔵庫・電源1500W' / 'a fridge, 1500 W power'. */
function facilityWords(facilities: readonly string[], lang: Lang): string[] {
  return [...facilities].sort((a, b) => facilityOrder(a) - facilityOrder(b)).map((f) => facilityWord(f, lang));
}

/** One reason in words: '冷蔵庫・電源1500Wが必要', '同業種（水産物）の宮古市と隣接（避けられませんでした）'. */
export function reasonText(reason: ProposalReason, lang: Lang): string {
  const list = (items: readonly string[]) => listText(items, lang);
  switch (reason.kind) {
    case 'locked':
      return translate(lang, 'reason.locked');
    case 'preferred':
      return translate(lang, 'reason.preferred');
    case 'needs': {
      const words = facilityWords(reason.facilities, lang);
      if (reason.minAreaM2 > 0) words.push(translate(lang, 'reason.area', { n: reason.minAreaM2 }));
      return words.length > 0 ? translate(lang, 'reason.needs', { needs: list(words) }) : translate(lang, 'reason.fits');
    }
    case 'groupNeighbours':
      return translate(lang, 'reason.groupNeighbours', { names: list(reason.neighbours), group: reason.group });
    case 'quieterSpot':
      return translate(lang, reason.prime === 0 ? 'reason.quieterSpot' : 'reason.lessBusySpot');
    case 'sameCategoryNeighbours': {
      const key = `category.${reason.category}`;
      const category = isMessageKey(key) ? translate(lang, key) : reason.category;
      return translate(lang, 'reason.sameCategoryNeighbours', { names: list(reason.neighbours), category });
    }
    case 'fits':
      return translate(lang, 'reason.fits');
    default:
      return moveReasonText(reason, lang);
  }
}

type MoveReason = Extract<
  ProposalReason,
  { kind: 'gathered' | 'oldBoothUnfit' | 'oldBoothTakenOnNewDay' | 'oldBoothTaken' | 'leftSameCategory' | 'joinedGroup' }
>;

const categoryWord = (category: string, lang: Lang) => {
  const key = `category.${category}`;
  return isMessageKey(key) ? translate(lang, key) : category;
};

/** Why a move moves, in words: '元のブースB1は冷凍庫が必要な宮古市へ', '同業種（水産物）の山北町の隣ではなくなります'. */
function moveReasonText(reason: MoveReason, lang: Lang): string {
  const list = (items: readonly string[]) => listText(items, lang);
  switch (reason.kind) {
    case 'gathered':
      return translate(lang, 'reason.gathered', { booths: reason.booths });
    case 'oldBoothUnfit': {
      const parts: string[] = [];
      if (reason.missing.length > 0)
        parts.push(translate(lang, 'reason.oldBoothLacks', { booth: reason.booth, facilities: list(facilityWords(reason.missing, lang)) }));
      if (reason.minAreaM2 > 0) parts.push(translate(lang, 'reason.oldBoothTooSmall', { booth: reason.booth, area: reason.minAreaM2 }));
      return parts.join(translate(lang, 'reason.separator'));
    }
    case 'oldBoothTakenOnNewDay':
      return translate(lang, 'reason.oldBoothTakenOnNewDay', { booth: reason.booth, day: formatFairDay(reason.day, lang), name: reason.holder });
    case 'oldBoothTaken':
      if (reason.facilities.length > 0)
        return translate(lang, 'reason.oldBoothNeeded', { booth: reason.booth, name: reason.holder, facilities: list(facilityWords(reason.facilities, lang)) });
      return translate(lang, reason.holderHadNoBooth ? 'reason.oldBoothToUnplaced' : 'reason.oldBoothTo', { booth: reason.booth, name: reason.holder });
    case 'leftSameCategory':
      return translate(lang, 'reason.leftSameCategory', { names: list(reason.neighbours), category: categoryWord(reason.category, lang) });
    case 'joinedGroup':
      return translate(lang, 'reason.joinedGroup', { names: list(reason.neighbours), group: reason.group });
  }
}

/** The words for a count that goes down and one that goes up. */
const OBJECTIVE_WORDS = {
  sameCategoryPairs: ['proposal.objective.sameCategoryFewer', 'proposal.objective.sameCategoryMore'],
  groupPairs: ['proposal.objective.groupFewer', 'proposal.objective.groupMore'],
  primeRepeats: ['proposal.objective.primeFewer', 'proposal.objective.primeMore'],
  preferenceMisses: ['proposal.objective.preferenceFewer', 'proposal.objective.preferenceMore'],
} as const satisfies Record<Exclude<keyof ProposalPlanCounts, 'unassigned'>, readonly [MessageKey, MessageKey]>;

/**
 * The objective in sentences: '未配置が4件から1件になります', '同業の出展者が隣り合う組が2組減ります',
 * '5件の出展者のブースが変わります（移動のコスト250点）'; only what changes (libs/domain objectiveChanges), never a bare score.
 */
export function objectiveSentences(proposal: Pick<AssignmentProposal, 'counts' | 'moves'>, lang: Lang): string[] {
  // Who leaves the booth it holds (moved or left out): what the objective's move term weighs.
  return objectiveChanges(proposal.counts.before, proposal.counts.after, proposal.moves.count).map((c) => {
    if (c.term === 'moved') return translate(lang, 'proposal.objective.moved', { n: c.n, cost: proposal.moves.cost });
    if (c.term === 'unassigned') return translate(lang, 'proposal.objective.unassigned', { before: c.before, after: c.after });
    const [fewer, more] = OBJECTIVE_WORDS[c.term];
    return translate(lang, c.after < c.before ? fewer : more, { n: Math.abs(c.after - c.before) });
  });
}

/**
 * What the proposal's moves cost, in words: '移動のコスト：12件の出展者が動きます（1件につき50点。…）'
 * and that the solver moves someone only where that gains more than the move costs.
 */
export function moveCostText(moves: AssignmentProposal['moves'], lang: Lang): string {
  return moves.count > 0
    ? translate(lang, 'proposal.moveCost', { n: moves.count, weight: moves.weight })
    : translate(lang, 'proposal.moveCostNone', { weight: moves.weight });
}

/**
 * Why an application is left out, in words: '冷蔵庫のあるブースがありません',
 * '条件に合うブースA3は2月18日(土)に宮古市が使用中です'. Days as the page's day buttons show them.
 */
export function unassignedText(cause: UnassignedCause, lang: Lang): string {
  const facilities = (items: readonly string[]) => listText(facilityWords(items, lang), lang);
  const day = (date: string) => formatFairDay(date, lang);
  switch (cause.kind) {
    case 'noBooths':
      return translate(lang, 'unassigned.noBooths');
    case 'noFairDays':
      return translate(lang, 'unassigned.noFairDays');
    case 'noBoothWithFacilities':
      return translate(lang, 'unassigned.noBoothWithFacilities', { facilities: facilities(cause.facilities) });
    case 'noBoothLargeEnough':
      return cause.facilities.length > 0
        ? translate(lang, 'unassigned.noEquippedBoothLargeEnough', {
            facilities: facilities(cause.facilities),
            area: cause.minAreaM2,
            largest: cause.largestAreaM2,
          })
        : translate(lang, 'unassigned.noBoothLargeEnough', { area: cause.minAreaM2, largest: cause.largestAreaM2 });
    case 'suitableBoothsTaken': {
      const others = cause.otherHolders > 0 ? [translate(lang, 'unassigned.otherHolders', { n: cause.otherHolders })] : [];
      const names = listText([...cause.holders, ...others], lang);
      return cause.onlyBooth !== null
        ? translate(lang, 'unassigned.onlyBoothTaken', { booth: cause.onlyBooth, day: day(cause.day), names })
        : translate(lang, 'unassigned.boothsTaken', { n: cause.booths, day: day(cause.day), names });
    }
    case 'leftOutCheaper':
      return translate(lang, 'unassigned.leftOutCheaper', { booth: cause.booth });
    case 'suitableBoothsTakenOnSomeDay': {
      const taken = cause.taken.map((x) => translate(lang, 'unassigned.takenBy', { booth: x.booth, day: day(x.day), name: x.holder }));
      const more = cause.booths - cause.taken.length;
      if (more > 0) taken.push(translate(lang, 'unassigned.moreBooths', { n: more }));
      return translate(lang, 'unassigned.boothsTakenOnSomeDay', { n: cause.booths, taken: taken.join(translate(lang, 'reason.separator')) });
    }
    case 'lockedBoothMissing':
      return translate(lang, 'unassigned.lockedBoothMissing', { booth: cause.booth });
    case 'lockedBoothTooSmall':
      return translate(lang, 'unassigned.lockedBoothTooSmall', { booth: cause.booth, area: cause.areaM2, need: cause.minAreaM2 });
    case 'lockedBoothLacks':
      return translate(lang, 'unassigned.lockedBoothLacks', { booth: cause.booth, facilities: facilities(cause.missing) });
    case 'lockedBoothClash':
      return translate(lang, 'unassigned.lockedBoothClash', { booth: cause.booth, name: cause.holder, day: day(cause.day) });
  }
}

/** How many reasons the one line gives: the most telling ones come first. */
export const REASONS_PER_LINE = 2;

/**
 * Why, in one line: the first reasons worded, or why it is left out (the solver's cause worded).
 * A pinned holding always says so first.
 */
export function reasonLine(change: Pick<ProposalChange, 'pinned' | 'proposed' | 'reasons' | 'unassignedCause'>, lang: Lang): string {
  if (change.proposed === null) {
    return change.unassignedCause ? unassignedText(change.unassignedCause, lang) : translate(lang, 'reason.noFreeBooth');
  }
  const reasons = change.pinned && !change.reasons.some((r) => r.kind === 'locked') ? [{ kind: 'locked' } as const, ...change.reasons] : change.reasons;
  if (reasons.length === 0) return translate(lang, 'reason.fits');
  return reasons
    .slice(0, REASONS_PER_LINE)
    .map((r) => reasonText(r, lang))
    .join(translate(lang, 'reason.separator'));
}

/** What the organizer does with a row: tick it, or read why there is nothing to tick. */
export type RowAction = 'choose' | 'pinned' | 'keep';

export function rowAction(change: Pick<ProposalChange, 'kind' | 'pinned'>): RowAction {
  if (change.pinned) return 'pinned';
  return change.kind === 'keep' ? 'keep' : 'choose';
}

/**
 * Answers to an accept that mean the proposal no longer matches the fair (someone placed, moved or
 * pinned an exhibitor, or changed a booth, since): a fresh proposal is the way on, so the page
 * offers one. A network failure is not: the same proposal can be sent again.
 */
export function needsNewProposal(e: unknown): boolean {
  if (!isApiError(e) || !e.body) return false;
  return (['PROPOSAL_STALE', 'ASSIGNMENT_PINNED', 'BOOTH_TAKEN', 'BOOTH_LACKS_FACILITIES'] as const).some((code) => code === e.body?.code);
}

/** The name the problem file is saved under. */
export const instanceFileName = (fairId: string) => `assignment-${fairId}.json`;

/** The problem file as people and `npm run assign` read it: indented JSON ending in a newline. */
export const instanceFileText = (instance: unknown) => `${JSON.stringify(instance, null, 2)}\n`;
