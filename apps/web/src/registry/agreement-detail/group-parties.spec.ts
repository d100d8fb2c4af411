import { groupByPrefecture } from './group-parties';

const p = (name: string, prefectureCode: number, prefecture: string) => ({ name, prefectureCode, prefecture });

describe('groupByPrefecture', () => {
  it('orders prefectures officially (by JIS code), keeping parties in their order within one', () => {
    const parties = [
      p('静岡市', 22, '静岡県'),
      p('品川区', 13, '東京都'),
      p('箱根町', 14, '神奈川県'),
      p('島田市', 22, '静岡県'),
      p('中央区', 13, '東京都'),
      p('京都市', 26, '京都府'),
      p('三島市', 22, '静岡県'),
    ];
    expect(groupByPrefecture(parties).map((g) => [g.prefecture, g.parties.map((x) => x.name)])).toEqual([
      ['東京都', ['品川区', '中央区']],
      ['神奈川県', ['箱根町']],
      ['静岡県', ['静岡市', '島田市', '三島市']],
      ['京都府', ['京都市']],
    ]);
  });

  it.each([
    [[], []],
    [
      [p('那覇市', 47, '沖縄県'), p('札幌市', 1, '北海道')],
      ['北海道', '沖縄県'],
    ],
  ])('%j', (parties, expected) => {
    expect(groupByPrefecture(parties).map((g) => g.prefecture)).toEqual(expected);
  });
});
