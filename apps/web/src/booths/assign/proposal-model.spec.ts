import type { ProposalChange, ProposalObjective, ProposalReason, UnassignedCause } from '@bussanten/contracts';
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
  moveCostText,
  objectiveSentences,
  reasonLine,
  reasonText,
  rowAction,
  summarize,
  summaryText,
  unassignedText,
} from './proposal-model';

const booth = (code: string) => ({ boothId: `b-${code}`, boothCode: code });

function change(
  applicationId: string,
  kind: ProposalChange['kind'],
  current: string | null,
  proposed: string | null,
  extra: Partial<ProposalChange> = {},
): ProposalChange {
  return {
    applicationId,
    municipalityName: `${applicationId}市`,
    kind,
    current: current ? booth(current) : null,
    proposed: proposed ? booth(proposed) : null,
    pinned: false,
    reasons: proposed ? [{ kind: 'fits', areaM2: 12 }] : [],
    unassignedCause: null,
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
  change('sakai', 'unassign', 'B2', null, {
    unassignedCause: {
      kind: 'suitableBoothsTaken',
      facilities: ['fridge'],
      minAreaM2: 0,
      booths: 1,
      onlyBooth: 'A3',
      day: '2023-02-18',
      holders: ['成田市'],
      otherHolders: 0,
    },
    unassignedReason: 'needs fridge and 0 m²: the only such booth, A3, is taken on 2023-02-18 by 成田市',
  }),
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
    [
      { kind: 'groupNeighbours', group: '特別区全国連携プロジェクト', neighbours: ['成田市', '東金市'] },
      'ja',
      '同じ協定の成田市・東金市の隣（特別区全国連携プロジェクト）',
    ],
    [{ kind: 'groupNeighbours', group: 'Tokaido', neighbours: ['成田市'] }, 'en', 'Next to 成田市 of the same agreement (Tokaido)'],
    [{ kind: 'quieterSpot', primeHistory: 2, prime: 0 }, 'ja', '以前よい場所だったため静かな場所'],
    [{ kind: 'quieterSpot', primeHistory: 2, prime: 1 }, 'ja', '以前よい場所だったため控えめな場所'],
    [{ kind: 'quieterSpot', primeHistory: 1, prime: 0 }, 'en', 'Had good spots before, so a quiet spot'],
    [{ kind: 'sameCategoryNeighbours', category: 'seafood', neighbours: ['宮古市'] }, 'ja', '同業種（水産物）の宮古市と隣接（避けられませんでした）'],
    [{ kind: 'sameCategoryNeighbours', category: 'kimchi', neighbours: ['宮古市'] }, 'en', 'Next to 宮古市, same trade (kimchi): could not be avoided'],
    [{ kind: 'fits', areaM2: 12 }, 'ja', '条件に合う'],
    [{ kind: 'fits', areaM2: 12 }, 'en', 'Meets its needs'],
    // Why a move moves.
    [{ kind: 'gathered', booths: 2 }, 'ja', '2か所に分かれていたブースを1か所にまとめます'],
    [{ kind: 'gathered', booths: 2 }, 'en', 'Brings it together on one booth from 2 booths'],
    [{ kind: 'oldBoothUnfit', booth: 'A2', missing: ['freezer'], minAreaM2: 0 }, 'ja', '元のブースA2には冷凍庫がありません'],
    [{ kind: 'oldBoothUnfit', booth: 'A2', missing: ['water'], minAreaM2: 9 }, 'en', 'Its booth A2 lacks water; Its booth A2 is smaller than 9 m²'],
    [{ kind: 'oldBoothTakenOnNewDay', booth: 'A1', day: '2023-02-18', holder: '成田市' }, 'ja', '出展日が変わり、元のブースA1は2月18日(土)に成田市が使います'],
    [{ kind: 'oldBoothTakenOnNewDay', booth: 'A1', day: '2023-02-18', holder: '成田市' }, 'en', 'Its days changed: its booth A1 is 成田市’s on Sat, Feb 18'],
    [{ kind: 'oldBoothTaken', booth: 'B1', holder: '宮古市', facilities: ['freezer'], holderHadNoBooth: true }, 'ja', '元のブースB1は冷凍庫が必要な宮古市へ'],
    [
      { kind: 'oldBoothTaken', booth: 'B1', holder: '宮古市', facilities: ['freezer'], holderHadNoBooth: false },
      'en',
      'Its booth B1 goes to 宮古市, who needs a freezer',
    ],
    [{ kind: 'oldBoothTaken', booth: 'A1', holder: '山北町', facilities: [], holderHadNoBooth: true }, 'ja', '元のブースA1はブースのなかった山北町へ'],
    [{ kind: 'oldBoothTaken', booth: 'A1', holder: '山北町', facilities: [], holderHadNoBooth: false }, 'en', 'Its booth A1 goes to 山北町'],
    [{ kind: 'leftSameCategory', category: 'seafood', neighbours: ['宮古市'] }, 'ja', '同業種（水産物）の宮古市の隣ではなくなります'],
    [{ kind: 'joinedGroup', group: '東海道', neighbours: ['成田市', '東金市'] }, 'ja', '同じ協定の成田市・東金市の隣になります（東海道）'],
    [{ kind: 'joinedGroup', group: 'Tokaido', neighbours: ['成田市'] }, 'en', 'Now next to 成田市 of the same agreement (Tokaido)'],
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
    [
      'the first two reasons',
      {
        reasons: [
          { kind: 'needs', facilities: ['fridge'], minAreaM2: 0 },
          { kind: 'quieterSpot', primeHistory: 1, prime: 0 },
          { kind: 'fits', areaM2: 6 },
        ],
      },
      'ja',
      '冷蔵庫が必要、以前よい場所だったため静かな場所',
    ],
    ['the first two reasons', { reasons: [{ kind: 'locked' }, { kind: 'needs', facilities: ['water'], minAreaM2: 0 }] }, 'en', 'Pinned; Needs water'],
    ['pinned first, even when the API left it out', { pinned: true, reasons: [{ kind: 'fits', areaM2: 6 }] }, 'ja', '固定されています、条件に合う'],
    ['a fit when there is no reason', { reasons: [] }, 'ja', '条件に合う'],
    [
      'why it is left out',
      { proposed: null, reasons: [], unassignedCause: { kind: 'noBoothWithFacilities', facilities: ['fridge'] }, unassignedReason: 'no booth has fridge' },
      'ja',
      '冷蔵庫のあるブースがありません',
    ],
    [
      'why it is left out',
      { proposed: null, reasons: [], unassignedCause: { kind: 'noBoothWithFacilities', facilities: ['fridge'] }, unassignedReason: 'no booth has fridge' },
      'en',
      'No booth has a fridge',
    ],
    [
      'why it is left out, not the English of an older API',
      { proposed: null, reasons: [], unassignedReason: 'no booth has fridge' },
      'ja',
      '条件に合う空きブースがありません',
    ],
    ['a plain word when left out without a reason', { proposed: null, reasons: [], unassignedReason: null }, 'en', 'No free booth meets its needs'],
  ])('one line gives %s', (_, extra, lang, expected) => {
    expect(reasonLine({ ...change('x', 'assign', null, 'A1'), ...extra }, lang)).toBe(expected);
  });
});

describe('proposal model: why an application is left out', () => {
  const D = '2023-02-18'; // a Saturday
  const taken = (n: number) => Array.from({ length: n }, (_, i) => ({ booth: `B${i + 1}`, day: i % 2 ? '2023-02-19' : D, holder: `${'甲乙丙丁戊'[i]}市` }));
  it.each<[UnassignedCause, Lang, string]>([
    [{ kind: 'noBooths' }, 'ja', 'この物産展にはブースがありません'],
    [{ kind: 'noBooths' }, 'en', 'The fair has no booths'],
    [{ kind: 'noFairDays' }, 'ja', '出展日が開催日にありません'],
    [{ kind: 'noFairDays' }, 'en', 'None of its days is a fair day'],
    [{ kind: 'noBoothWithFacilities', facilities: ['fridge'] }, 'ja', '冷蔵庫のあるブースがありません'],
    [{ kind: 'noBoothWithFacilities', facilities: ['power≥1500W', 'freezer', 'water'] }, 'ja', '冷凍庫・水道・電源1500Wのあるブースがありません'],
    [{ kind: 'noBoothWithFacilities', facilities: ['power≥1500W', 'freezer'] }, 'en', 'No booth has a freezer, 1500 W power'],
    [{ kind: 'noBoothLargeEnough', facilities: [], minAreaM2: 9, largestAreaM2: 6 }, 'ja', '9m²以上のブースがありません（最も広いブースは6m²）'],
    [{ kind: 'noBoothLargeEnough', facilities: [], minAreaM2: 9, largestAreaM2: 6 }, 'en', 'No booth has 9 m² (the largest has 6 m²)'],
    [
      { kind: 'noBoothLargeEnough', facilities: ['water'], minAreaM2: 12, largestAreaM2: 7.5 },
      'ja',
      '水道のあるブースに12m²以上のものがありません（最も広いもので7.5m²）',
    ],
    [{ kind: 'noBoothLargeEnough', facilities: ['water'], minAreaM2: 12, largestAreaM2: 7.5 }, 'en', 'No booth with water has 12 m² (the largest has 7.5 m²)'],
    [
      { kind: 'suitableBoothsTaken', facilities: ['fridge'], minAreaM2: 0, booths: 1, onlyBooth: 'A3', day: D, holders: ['宮古市'], otherHolders: 0 },
      'ja',
      '条件に合うブースA3は2月18日(土)に宮古市が使用中です',
    ],
    [
      { kind: 'suitableBoothsTaken', facilities: ['fridge'], minAreaM2: 0, booths: 1, onlyBooth: 'A3', day: D, holders: ['宮古市'], otherHolders: 0 },
      'en',
      'The only suitable booth, A3, is taken on Sat, Feb 18 by 宮古市',
    ],
    [
      { kind: 'suitableBoothsTaken', facilities: [], minAreaM2: 4, booths: 2, onlyBooth: null, day: D, holders: ['成田市', '東金市'], otherHolders: 0 },
      'ja',
      '条件に合うブース2か所は2月18日(土)に成田市・東金市が使用中です',
    ],
    [
      {
        kind: 'suitableBoothsTaken',
        facilities: [],
        minAreaM2: 4,
        booths: 9,
        onlyBooth: null,
        day: D,
        holders: ['甲市', '乙市', '丙市', '丁市', '戊市'],
        otherHolders: 4,
      },
      'ja',
      '条件に合うブース9か所は2月18日(土)に甲市・乙市・丙市・丁市・戊市・他4件が使用中です',
    ],
    [
      {
        kind: 'suitableBoothsTaken',
        facilities: [],
        minAreaM2: 4,
        booths: 9,
        onlyBooth: null,
        day: D,
        holders: ['甲市', '乙市', '丙市', '丁市', '戊市'],
        otherHolders: 4,
      },
      'en',
      'All 9 suitable booths are taken on Sat, Feb 18 by 甲市, 乙市, 丙市, 丁市, 戊市, 4 others',
    ],
    [
      { kind: 'leftOutCheaper', facilities: [], minAreaM2: 4, booth: 'B2' },
      'ja',
      '条件に合うブースB2が空いていますが、今の重みでは配置しないほうが評価がよくなります',
    ],
    [
      { kind: 'leftOutCheaper', facilities: [], minAreaM2: 4, booth: 'B2' },
      'en',
      'Booth B2 is free and suitable, but with these weights leaving it out scores better',
    ],
    [
      { kind: 'suitableBoothsTakenOnSomeDay', facilities: [], minAreaM2: 4, days: [D, '2023-02-19'], booths: 2, taken: taken(2) },
      'ja',
      '条件に合うブース2か所は、どれも出展日のうちいずれかの日に使用中です（B1は2月18日(土)に甲市、B2は2月19日(日)に乙市）',
    ],
    [
      { kind: 'suitableBoothsTakenOnSomeDay', facilities: [], minAreaM2: 4, days: [D, '2023-02-19'], booths: 6, taken: taken(4) },
      'en',
      'Each of the 6 suitable booths is taken on one of its days (B1 on Sat, Feb 18 by 甲市; B2 on Sun, Feb 19 by 乙市; B3 on Sat, Feb 18 by 丙市; B4 on Sun, Feb 19 by 丁市; 2 more)',
    ],
    [
      { kind: 'suitableBoothsTakenOnSomeDay', facilities: [], minAreaM2: 4, days: [D, '2023-02-19'], booths: 6, taken: taken(4) },
      'ja',
      '条件に合うブース6か所は、どれも出展日のうちいずれかの日に使用中です（B1は2月18日(土)に甲市、B2は2月19日(日)に乙市、B3は2月18日(土)に丙市、B4は2月19日(日)に丁市、ほか2か所）',
    ],
    [{ kind: 'lockedBoothMissing', booth: 'Z9' }, 'ja', '固定先のブースZ9がありません'],
    [{ kind: 'lockedBoothMissing', booth: 'Z9' }, 'en', 'Pinned to booth Z9, which does not exist'],
    [{ kind: 'lockedBoothTooSmall', booth: 'B1', areaM2: 6, minAreaM2: 8 }, 'ja', '固定先のブースB1は6m²で、必要な8m²に足りません'],
    [{ kind: 'lockedBoothTooSmall', booth: 'B1', areaM2: 6, minAreaM2: 8 }, 'en', 'Pinned to B1, which has 6 m² but it needs 8 m²'],
    [{ kind: 'lockedBoothLacks', booth: 'B1', missing: ['power≥800W', 'fridge'] }, 'ja', '固定先のブースB1に冷蔵庫・電源800Wがありません'],
    [{ kind: 'lockedBoothLacks', booth: 'B1', missing: ['freezer'] }, 'en', 'Pinned to B1, which lacks a freezer'],
    [{ kind: 'lockedBoothClash', booth: 'A1', holder: '宮古市', day: D }, 'ja', '固定先のブースA1には2月18日(土)に宮古市も固定されています'],
    [{ kind: 'lockedBoothClash', booth: 'A1', holder: '宮古市', day: D }, 'en', 'Pinned to A1, which 宮古市 is also pinned to on Sat, Feb 18'],
  ])('%j in %s reads %s', (cause, lang, expected) => {
    expect(unassignedText(cause, lang)).toBe(expected);
  });
});

describe('proposal model: summary and choices', () => {
  it.each<[string, ProposalChange[], Lang, string]>([
    ['the seeded fair', CHANGES, 'ja', '8件中 6件を変更、1件は固定、1件は未配置'],
    ['the seeded fair', CHANGES, 'en', '6 of 8 to change, 1 pinned, 1 left out'],
    [
      'everything to place, one pinned',
      [change('a', 'keep', 'A1', 'A1', { pinned: true }), ...Array.from({ length: 7 }, (_, i) => change(`n${i}`, 'assign', null, `B${i}`))],
      'ja',
      '8件中 7件を変更、1件は固定',
    ],
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
    const before: ProposalObjective = {
      total: 7000,
      unassigned: 7000,
      prime_repeat: 0,
      preference_miss: 0,
      same_category_adjacent: 0,
      group_adjacent_bonus: 0,
      move: 0,
    };
    const after: ProposalObjective = {
      total: 66,
      unassigned: 0,
      prime_repeat: 12,
      preference_miss: 0,
      same_category_adjacent: 20,
      group_adjacent_bonus: 16,
      move: 50,
    };
    expect(objectiveRows(before, after)).toEqual([
      { term: 'unassigned', now: 7000, proposed: 0 },
      { term: 'prime_repeat', now: 0, proposed: 12 },
      { term: 'preference_miss', now: 0, proposed: 0 },
      { term: 'same_category_adjacent', now: 0, proposed: 20 },
      { term: 'group_adjacent_bonus', now: 0, proposed: 16 },
      { term: 'move', now: 0, proposed: 50 },
      { term: 'total', now: 7000, proposed: 66 },
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

describe('proposal model: the objective in words', () => {
  const counts = { unassigned: 4, sameCategoryPairs: 3, groupPairs: 0, primeRepeats: 2, preferenceMisses: 0 };
  const moves = (count: number) => ({ count, weight: 50, cost: 50 * count });
  it.each<[string, Partial<typeof counts>, number, Lang, string[]]>([
    [
      'each count that changes, and how many move at what cost',
      { unassigned: 1, sameCategoryPairs: 1, groupPairs: 3 },
      2,
      'ja',
      [
        '未配置が4件から1件になります',
        '同業の出展者が隣り合う組が2組減ります',
        '協定グループの隣接が3組増えます',
        '2件の出展者のブースが変わります（移動のコスト100点）',
      ],
    ],
    [
      'the same in English, with plurals',
      { unassigned: 1, sameCategoryPairs: 2, groupPairs: 1 },
      1,
      'en',
      [
        'Exhibitors without a booth go from 4 to 1',
        '1 pair of exhibitors of the same trade no longer side by side',
        '1 more pair of agreement partners side by side',
        '1 exhibitor changes booth (cost of moves: 50 points)',
      ],
    ],
    [
      'a count that gets worse says so',
      { sameCategoryPairs: 5, primeRepeats: 0 },
      0,
      'en',
      ['2 more pairs of exhibitors of the same trade side by side', '2 fewer exhibitors with good spots before get a good spot again'],
    ],
    ['nothing when nothing changes', {}, 0, 'ja', []],
  ])('%s', (_, after, moved, lang, expected) => {
    expect(objectiveSentences({ counts: { before: counts, after: { ...counts, ...after } }, moves: moves(moved) }, lang)).toEqual(expected);
  });

  it.each<[number, Lang, string]>([
    [12, 'ja', '移動のコスト：12件の出展者が動きます（1件につき50点。動かすのは、それより多くよくなるところだけです）'],
    [0, 'ja', '移動のコスト：動く出展者はいません（1件につき50点。動かすのは、それより多くよくなるところだけです）'],
    [1, 'en', 'Cost of moves: 1 exhibitor moves (50 points each; someone is moved only where that gains more)'],
    [12, 'en', 'Cost of moves: 12 exhibitors move (50 points each; someone is moved only where that gains more)'],
    [0, 'en', 'Cost of moves: nobody moves (50 points each; someone is moved only where that gains more)'],
  ])('the cost of moves in words: %i moved (%s)', (n, lang, expected) => {
    expect(moveCostText(moves(n), lang)).toBe(expected);
  });
});
