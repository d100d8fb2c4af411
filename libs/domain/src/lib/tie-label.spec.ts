import { proposeTieLabel, tiesOf } from './tie-label';

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
    [
      'two disaster agreements once',
      [
        { kind: 'disaster_aid', title: 'a' },
        { kind: 'disaster_aid', title: 'b' },
      ],
      '災害協定',
    ],
    ['comprehensive as 連携協定 (坂井市)', [{ kind: 'comprehensive', title: '坂井市との包括的な協定' }], '連携協定'],
    ['other by its title', [{ kind: 'other', title: '3自治体連携' }], '3自治体連携'],
  ] as const)('%s', (_name, agreements, expected) => {
    expect(proposeTieLabel(agreements.map((a) => ({ ...a })))).toBe(expected);
  });
});

describe('tiesOf', () => {
  const agreements = [
    {
      kind: 'disaster_aid' as const,
      kindLabelEn: 'Disaster mutual-aid agreement',
      title: '宮古市との災害時相互援助協定',
      explanation: '災害時に助け合う協定です。',
    },
    { kind: 'exchange' as const, kindLabelEn: 'Friendship / exchange agreement', title: '水と緑のふれあい交流協定', explanation: '交流の協定です。' },
    { kind: 'other' as const, kindLabelEn: 'Other', title: '3自治体連携', explanation: null },
  ];
  const programmes = [
    { name: '特別区全国連携プロジェクト', nameEn: 'Tokyo Special Wards Nationwide Partnership Project', explanation: '23区と全国の連携です。' },
    { name: '名前だけの事業', nameEn: null, explanation: '英語名のない事業です。' },
  ];
  it.each([
    ['no label', null, []],
    [
      'a disaster agreement and a shopping-street event',
      '災害協定、商店街イベント(目黒のさんま祭り)',
      [
        ['災害協定', 'Disaster mutual-aid agreement', '災害時に助け合う協定です。'],
        ['商店街イベント(目黒のさんま祭り)', null, null],
      ],
    ],
    [
      'an exchange agreement by title',
      '水と緑のふれあい交流協定、災害協定',
      [
        ['水と緑のふれあい交流協定', 'Friendship / exchange agreement', '交流の協定です。'],
        ['災害協定', 'Disaster mutual-aid agreement', '災害時に助け合う協定です。'],
      ],
    ],
    ['a qualified disaster agreement', '災害協定(龍馬)', [['災害協定(龍馬)', 'Disaster mutual-aid agreement', '災害時に助け合う協定です。']]],
    [
      'a programme',
      '特別区全国連携プロジェクト',
      [['特別区全国連携プロジェクト', 'Tokyo Special Wards Nationwide Partnership Project', '23区と全国の連携です。']],
    ],
    ['a programme without an English name', '名前だけの事業', [['名前だけの事業', null, '英語名のない事業です。']]],
    ['an agreement of the kind "other": no English name', '3自治体連携', [['3自治体連携', null, null]]],
    ['spaces around the parts, and empty parts, dropped', ' 災害協定 、、', [['災害協定', 'Disaster mutual-aid agreement', '災害時に助け合う協定です。']]],
  ])('%s', (_name, label, expected) => {
    expect(tiesOf(label, agreements, programmes).map((t) => [t.label, t.labelEn, t.explanation])).toEqual(expected);
  });
});
