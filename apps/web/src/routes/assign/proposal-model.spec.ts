import type { ProposalChange, ProposalObjective, ProposalReason } from '@bussanten/contracts';
import { ApiError } from '../../api/client';
import type { Lang } from '../../i18n/dictionaries';
import {
  acceptInput,
  changingBoothIds,
  facilityWord,
  initialSelection,
  instanceFileName,
  instanceFileText,
  isChoosable,
  needsNewProposal,
  objectiveRows,
  reasonLine,
  reasonText,
  rowAction,
  summarize,
  summaryText,
} from './proposal-model';

const booth = (code: string) => ({ boothId: `b-${code}`, boothCode: code });

function change(applicationId: string, kind: ProposalChange['kind'], current: string | null, proposed: string | null, extra: Partial<ProposalChange> = {}): ProposalChange {
  return {
    applicationId,
    municipalityName: `${applicationId}市`,
    kind,
    current: current ? booth(current) : null,
    proposed: proposed ? booth(proposed) : null,
    pinned: false,
    reasons: proposed ? [{ kind: 'fits', areaM2: 12 }] : [],
    unassignedReason: null,
    ...extra,
  };
}

// The seeded 2023 fair after its assignments were cleared and 宮古市 was put back on A1 and pinned.
const CHANGES: ProposalChange[] = [
  change('miyako', 'keep', 'A1', 'A1', { pinned: true, reasons: [{ kind: 'locked' }] }),
  change('narita', 'assign', null, 'A3'),
  change('togane', 'assign', null, 'A2'),
  change('yamakita', 'move', 'B3', 'A5'),
  change('tokamachi', 'keep', 'B1', 'B1'),
  change('sakai', 'unassign', 'B2', null, { unassignedReason: 'no free booth with fridge on 2023-02-18' }),
  change('iida', 'assign', null, 'B4'),
  change('fukuyama', 'assign', null, 'C1'),
];

describe('proposal model: reasons in words', () => {
  it.each<[ProposalReason, Lang, string]>([
    [{ kind: 'locked' }, 'ja', '固定されています'],
    [{ kind: 'locked' }, 'en', 'Pinned'],
    [{ kind: 'preferred' }, 'ja', '希望のブース'],
    [{ kind: 'needs', facilities: ['power≥1500W', 'fridge'], minAreaM2: 0 }, 'ja', '冷蔵庫・電源1500Wが必要'],
    [{ kind: 'needs', facilities: ['power≥1500W', 'fridge'], minAreaM2: 0 }, 'en', 'Needs a fridge, 1500 W power'],
    [{ kind: 'needs', facilities: ['freezer', 'water'], minAreaM2: 6 }, 'ja', '冷凍庫・水道・6m²以上が必要'],
    [{ kind: 'needs', facilities: [], minAreaM2: 9 }, 'en', 'Needs at least 9 m²'],
    [{ kind: 'needs', facilities: [], minAreaM2: 0 }, 'ja', '条件に合う'],
    [{ kind: 'groupNeighbours', group: '特別区全国連携プロジェクト', neighbours: ['成田市', '東金市'] }, 'ja', '同じ協定の成田市・東金市の隣（特別区全国連携プロジェクト）'],
    [{ kind: 'groupNeighbours', group: 'Tokaido', neighbours: ['成田市'] }, 'en', 'Next to 成田市 of the same agreement (Tokaido)'],
    [{ kind: 'quieterSpot', primeHistory: 2, prime: 0 }, 'ja', '以前よい場所だったため静かな場所'],
    [{ kind: 'quieterSpot', primeHistory: 2, prime: 1 }, 'ja', '以前よい場所だったため控えめな場所'],
    [{ kind: 'quieterSpot', primeHistory: 1, prime: 0 }, 'en', 'Had good spots before, so a quiet spot'],
    [{ kind: 'sameCategoryNeighbours', category: 'seafood', neighbours: ['宮古市'] }, 'ja', '同業種（水産物）の宮古市と隣接（避けられませんでした）'],
    [{ kind: 'sameCategoryNeighbours', category: 'kimchi', neighbours: ['宮古市'] }, 'en', 'Next to 宮古市, same trade (kimchi): could not be avoided'],
    [{ kind: 'fits', areaM2: 12 }, 'ja', '条件に合う'],
    [{ kind: 'fits', areaM2: 12 }, 'en', 'Meets its needs'],
  ])('%j in %s reads %s', (reason, lang, expected) => {
    expect(reasonText(reason, lang)).toBe(expected);
  });

  it.each([
    ['fridge', 'ja', '冷蔵庫'],
    ['power≥800W', 'ja', '電源800W'],
    ['power≥800W', 'en', '800 W power'],
    ['freezer', 'en', 'a freezer'],
    ['sauna', 'ja', 'sauna'],
    ['separator', 'en', 'separator'],
  ] as const)('names the facility %s in %s as %s', (facility, lang, expected) => {
    expect(facilityWord(facility, lang)).toBe(expected);
  });

  it.each<[string, Partial<ProposalChange>, Lang, string]>([
    ['the first two reasons', { reasons: [{ kind: 'needs', facilities: ['fridge'], minAreaM2: 0 }, { kind: 'quieterSpot', primeHistory: 1, prime: 0 }, { kind: 'fits', areaM2: 6 }] }, 'ja', '冷蔵庫が必要、以前よい場所だったため静かな場所'],
    ['the first two reasons', { reasons: [{ kind: 'locked' }, { kind: 'needs', facilities: ['water'], minAreaM2: 0 }] }, 'en', 'Pinned; Needs water'],
    ['pinned first, even when the API left it out', { pinned: true, reasons: [{ kind: 'fits', areaM2: 6 }] }, 'ja', '固定されています、条件に合う'],
    ['a fit when there is no reason', { reasons: [] }, 'ja', '条件に合う'],
    ['the solver’s reason when left out', { proposed: null, reasons: [], unassignedReason: 'needs fridge; none free' }, 'ja', '配置できません: needs fridge; none free'],
    ['a plain word when left out without a reason', { proposed: null, reasons: [], unassignedReason: null }, 'en', 'No free booth meets its needs'],
  ])('one line gives %s', (_, extra, lang, expected) => {
    expect(reasonLine({ ...change('x', 'assign', null, 'A1'), ...extra }, lang)).toBe(expected);
  });
});

describe('proposal model: summary and choices', () => {
  it.each<[string, ProposalChange[], Lang, string]>([
    ['the seeded fair', CHANGES, 'ja', '8件中 6件を変更、1件は固定、1件は未配置'],
    ['the seeded fair', CHANGES, 'en', '6 of 8 to change, 1 pinned, 1 left out'],
    ['everything to place, one pinned', [change('a', 'keep', 'A1', 'A1', { pinned: true }), ...Array.from({ length: 7 }, (_, i) => change(`n${i}`, 'assign', null, `B${i}`))], 'ja', '8件中 7件を変更、1件は固定'],
    ['nothing to change', [change('a', 'keep', 'A1', 'A1')], 'ja', '1件中 0件を変更'],
    ['no applications', [], 'en', '0 of 0 to change'],
  ])('sums up %s (%s)', (_, changes, lang, expected) => {
    expect(summaryText(summarize(changes), lang)).toBe(expected);
  });

  it.each<[ProposalChange['kind'], boolean, boolean, string]>([
    ['assign', false, true, 'choose'],
    ['move', false, true, 'choose'],
    ['unassign', false, true, 'choose'],
    ['keep', false, false, 'keep'],
    ['move', true, false, 'pinned'],
    ['keep', true, false, 'pinned'],
  ])('a %s change (pinned: %s) is choosable: %s, shown as %s', (kind, pinned, choosable, action) => {
    const c = change('x', kind, 'A1', 'A2', { pinned });
    expect(isChoosable(c)).toBe(choosable);
    expect(rowAction(c)).toBe(action);
  });

  it('starts with every choosable change chosen', () => {
    expect([...initialSelection(CHANGES)]).toEqual(['narita', 'togane', 'yamakita', 'sakai', 'iida', 'fukuyama']);
  });

  it('sends the chosen changes with the booth each was seen on, never a pinned or unchanged one', () => {
    expect(acceptInput(CHANGES, new Set(['yamakita', 'sakai', 'miyako', 'tokamachi']))).toEqual({
      changes: [
        { applicationId: 'yamakita', expectedBoothId: 'b-B3', boothId: 'b-A5' },
        { applicationId: 'sakai', expectedBoothId: 'b-B2', boothId: null },
      ],
    });
    expect(acceptInput(CHANGES, 'all').changes.map((c) => c.applicationId)).toEqual(['narita', 'togane', 'yamakita', 'sakai', 'iida', 'fukuyama']);
    expect(acceptInput(CHANGES, new Set()).changes).toEqual([]);
  });

  it.each<[string, string[], string[]]>([
    ['a move marks both booths', ['yamakita'], ['b-B3', 'b-A5']],
    ['a new placement marks the booth taken', ['narita'], ['b-A3']],
    ['taking a booth away marks the booth left', ['sakai'], ['b-B2']],
    ['a pinned or unchanged one marks nothing', ['miyako', 'tokamachi'], []],
  ])('on the plan, %s', (_, chosen, expected) => {
    expect([...changingBoothIds(CHANGES, new Set(chosen))].sort()).toEqual([...expected].sort());
  });

  it('lays out the objective as now and proposed, the total last', () => {
    const before: ProposalObjective = { total: 7000, unassigned: 7000, prime_repeat: 0, preference_miss: 0, same_category_adjacent: 0, group_adjacent_bonus: 0 };
    const after: ProposalObjective = { total: 16, unassigned: 0, prime_repeat: 12, preference_miss: 0, same_category_adjacent: 20, group_adjacent_bonus: 16 };
    expect(objectiveRows(before, after)).toEqual([
      { term: 'unassigned', now: 7000, proposed: 0 },
      { term: 'prime_repeat', now: 0, proposed: 12 },
      { term: 'preference_miss', now: 0, proposed: 0 },
      { term: 'same_category_adjacent', now: 0, proposed: 20 },
      { term: 'group_adjacent_bonus', now: 0, proposed: 16 },
      { term: 'total', now: 7000, proposed: 16 },
    ]);
  });

  it('saves the problem file as indented JSON named after the fair', () => {
    expect(instanceFileName('f-1')).toBe('assignment-f-1.json');
    expect(instanceFileText({ days: ['2023-02-17'] })).toBe('{\n  "days": [\n    "2023-02-17"\n  ]\n}\n');
  });

  it.each<[string, unknown, boolean]>([
    ['409 PROPOSAL_STALE', new ApiError('http', 409, { code: 'PROPOSAL_STALE', message: 'stale', details: [] }, 'stale'), true],
    ['409 ASSIGNMENT_PINNED', new ApiError('http', 409, { code: 'ASSIGNMENT_PINNED', message: 'pinned', details: [] }, 'pinned'), true],
    ['409 BOOTH_TAKEN', new ApiError('http', 409, { code: 'BOOTH_TAKEN', message: 'taken', details: [] }, 'taken'), true],
    ['422 BOOTH_LACKS_FACILITIES', new ApiError('http', 422, { code: 'BOOTH_LACKS_FACILITIES', message: 'lacks', details: [] }, 'lacks'), true],
    ['a network failure', new ApiError('network', 0, null, 'offline'), false],
    ['403 FORBIDDEN', new ApiError('http', 403, { code: 'FORBIDDEN', message: 'no', details: [] }, 'no'), false],
  ])('after %s, offers a new proposal: %s', (_, error, expected) => {
    expect(needsNewProposal(error)).toBe(expected);
  });
});
