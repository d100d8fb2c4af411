import { placementChanges, placementsByApplication, type NoticePlacement } from './placement-notice';

const p = (booth: string, from: string, to = from): NoticePlacement => ({ booth, from, to });

describe('placementChanges', () => {
  it.each<[string, Record<string, NoticePlacement[]>, Record<string, NoticePlacement[]>, string[]]>([
    ['nothing placed, nothing told', {}, {}, []],
    ['placed since the last notice', {}, { a: [p('A1', '2027-02-17', '2027-02-21')] }, ['a']],
    ['unchanged, in another order', { a: [p('A1', '2027-02-17'), p('B2', '2027-02-18')] }, { a: [p('B2', '2027-02-18'), p('A1', '2027-02-17')] }, []],
    ['moved to another booth', { a: [p('A1', '2027-02-17')] }, { a: [p('A2', '2027-02-17')] }, ['a']],
    ['other days', { a: [p('A1', '2027-02-17', '2027-02-19')] }, { a: [p('A1', '2027-02-17', '2027-02-20')] }, ['a']],
    ['taken off', { a: [p('A1', '2027-02-17')] }, {}, ['a']],
    ['moved and moved back: nothing to tell', { a: [p('A1', '2027-02-17')] }, { a: [p('A1', '2027-02-17')] }, []],
    [
      'only the changed ones',
      { a: [p('A1', '2027-02-17')], b: [p('B1', '2027-02-17')] },
      { a: [p('A1', '2027-02-17')], b: [p('B2', '2027-02-17')], c: [p('C1', '2027-02-18')] },
      ['b', 'c'],
    ],
  ])('%s', (_name, told, now, changed) => {
    expect(placementChanges(told, now).map((c) => c.applicationId)).toEqual(changed);
  });

  it('gives before and after sorted by day', () => {
    expect(placementChanges({ a: [p('A1', '2027-02-19'), p('A2', '2027-02-17')] }, { a: [] })).toEqual([
      { applicationId: 'a', before: [p('A2', '2027-02-17'), p('A1', '2027-02-19')], after: [] },
    ]);
  });

  it('groups rows by application', () => {
    expect(
      placementsByApplication([
        { applicationId: 'a', ...p('A1', '2027-02-17') },
        { applicationId: 'a', ...p('A2', '2027-02-18') },
        { applicationId: 'b', ...p('B1', '2027-02-17') },
      ]),
    ).toEqual({
      a: [p('A1', '2027-02-17'), p('A2', '2027-02-18')],
      b: [p('B1', '2027-02-17')],
    });
  });
});
