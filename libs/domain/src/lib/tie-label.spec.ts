import { proposeTieLabel } from './tie-label';

describe('proposeTieLabel', () => {
  it.each([
    ['no agreements', [], null],
    ['a disaster agreement', [{ kind: 'disaster_aid', title: '宮古市との災害時相互援助協定' }], '災害協定'],
    [
      'exchange first, then disaster (山北町 in the 2023 press release)',
      [
        { kind: 'disaster_aid', title: '山北町との災害時相互援助協定' },
        { kind: 'exchange', title: '水と緑のふれあい交流協定' },
      ],
      '水と緑のふれあい交流協定、災害協定',
    ],
    ['two disaster agreements once', [{ kind: 'disaster_aid', title: 'a' }, { kind: 'disaster_aid', title: 'b' }], '災害協定'],
    ['comprehensive as 連携協定 (坂井市)', [{ kind: 'comprehensive', title: '坂井市との包括的な協定' }], '連携協定'],
    ['other by its title', [{ kind: 'other', title: '3自治体連携' }], '3自治体連携'],
  ] as const)('%s', (_name, agreements, expected) => {
    expect(proposeTieLabel(agreements.map((a) => ({ ...a })))).toBe(expected);
  });
});
