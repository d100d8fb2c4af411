import type { Assignment, ProposalChange } from '@bussanten/contracts';
import type { Lang } from '../../i18n/dictionaries';
import { createHighlightStore, markLabel, proposalMarks, proposedAssignments, type ProposalMark } from './proposal-map';

const D1 = '2023-02-17';
const D2 = '2023-02-18';
const booth = (code: string) => ({ boothId: `b-${code}`, boothCode: code });

function change(
  id: string,
  kind: ProposalChange['kind'],
  current: string | null,
  proposed: string | null,
  extra: Partial<ProposalChange> = {},
): ProposalChange {
  return {
    applicationId: id,
    municipalityName: `${id}市`,
    kind,
    current: current ? booth(current) : null,
    proposed: proposed ? booth(proposed) : null,
    pinned: false,
    reasons: [],
    unassignedCause: null,
    unassignedReason: null,
    ...extra,
  };
}

function held(id: string, code: string, from = D1, to = D2): Assignment {
  return {
    id: `h-${id}-${code}`,
    applicationId: id,
    boothId: `b-${code}`,
    boothCode: code,
    from,
    to,
    overridden: false,
    pinned: false,
    municipalityName: `${id}市`,
  };
}

const changes = [
  change('move', 'move', 'A1', 'A2'),
  change('new', 'assign', null, 'A3'),
  change('out', 'unassign', 'A4', null),
  change('keep', 'keep', 'A5', 'A5'),
  change('pinned', 'keep', 'A6', 'A6', { pinned: true }),
  change('unchosen', 'move', 'B1', 'B2'),
  change('away', 'move', 'B3', 'B4'),
  // Split by hand: B5 on the first day, B6 on the second; the proposal gathers it on B6.
  change('split', 'move', 'B5', 'B6'),
];
const holdings = [
  held('move', 'A1'),
  held('out', 'A4'),
  held('keep', 'A5'),
  held('pinned', 'A6'),
  held('unchosen', 'B1'),
  held('away', 'B3', D2, D2),
  held('split', 'B5', D1, D1),
  held('split', 'B6', D2, D2),
];
const chosen = new Set(['move', 'new', 'out', 'away', 'split']);
// 'away' comes on the second day only.
const attends = (day: string) => (id: string) => id !== 'away' || day === D2;

describe('proposal on the map: marks for a day', () => {
  it('draws each change that can be taken, from where it stands that day, faint when not chosen', () => {
    const marks = proposalMarks(changes, chosen, D1, attends(D1), holdings);
    expect(marks.map((m) => [m.kind, m.applicationId, m.chosen])).toEqual([
      ['move', 'move', true],
      ['assign', 'new', true],
      ['unassign', 'out', true],
      ['move', 'unchosen', false],
      ['move', 'split', true],
    ]);
    expect(marks[4]).toMatchObject({ from: 'b-B5', to: 'b-B6' });
  });

  it('on the second day: the one there only then, and the split one already on its proposed booth draws nothing', () => {
    const marks = proposalMarks(changes, chosen, D2, attends(D2), holdings);
    expect(marks.map((m) => m.applicationId)).toEqual(['move', 'new', 'out', 'unchosen', 'away']);
  });

  it.each<[ProposalMark, Lang, string]>([
    [{ kind: 'move', applicationId: 'm', name: '宮古市', from: 'x', fromCode: 'A2', to: 'y', toCode: 'B3', chosen: true }, 'ja', '宮古市: A2 → B3'],
    [
      { kind: 'move', applicationId: 'm', name: '宮古市', from: 'x', fromCode: 'A2', to: 'y', toCode: 'B3', chosen: false },
      'ja',
      '宮古市: A2 → B3（採用しない）',
    ],
    [{ kind: 'assign', applicationId: 'm', name: '山北町', to: 'y', toCode: 'A5', chosen: true }, 'ja', '山北町: 新たにA5'],
    [{ kind: 'assign', applicationId: 'm', name: '山北町', to: 'y', toCode: 'A5', chosen: false }, 'en', '山北町: newly on A5 (not chosen)'],
    [{ kind: 'unassign', applicationId: 'm', name: '成田市', from: 'x', fromCode: 'A4', chosen: true }, 'ja', '成田市: A4から外れて未配置'],
    [{ kind: 'unassign', applicationId: 'm', name: '成田市', from: 'x', fromCode: 'A4', chosen: true }, 'en', '成田市: leaves A4, no booth'],
  ])('names %j in %s: %s', (mark, lang, expected) => {
    expect(markLabel(mark, lang)).toBe(expected);
  });
});

describe('proposal on the map: the plan as proposed', () => {
  it('takes the chosen changes only: their holdings go, their proposed booths are held that day', () => {
    const plan = proposedAssignments(holdings, changes, chosen, D1, attends(D1));
    const codes = Object.fromEntries(plan.map((a) => [a.applicationId, a.boothCode]));
    expect(codes).toEqual({ move: 'A2', new: 'A3', keep: 'A5', pinned: 'A6', unchosen: 'B1', split: 'B6' });
    expect(plan.find((a) => a.applicationId === 'move')).toMatchObject({ from: D1, to: D1, boothId: 'b-A2' });
  });
});

describe('proposal on the map: the highlight shared by rows and marks', () => {
  it('tells its subscribers when the highlighted change changes, and not when it stays', () => {
    const store = createHighlightStore();
    const calls: (string | null)[] = [];
    const off = store.subscribe(() => calls.push(store.get()));
    store.set('a');
    store.set('a');
    store.set(null);
    off();
    store.set('b');
    expect(calls).toEqual(['a', null]);
    expect(store.get()).toBe('b');
  });
});
