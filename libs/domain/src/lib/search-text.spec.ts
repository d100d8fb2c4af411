import { foldForSearch, municipalitySearchText } from './search-text';

describe('foldForSearch', () => {
  it.each([
    ['みやこ', 'みやこ'],
    ['ミヤコ', 'みやこ'],
    ['ﾐﾔｺ', 'みやこ'],
    ['ﾔﾏｷﾀﾏﾁ', 'やまきたまち'],
    ['ガッコウ', 'がっこう'],
    ['ｶﾞｯｺｳ', 'がっこう'],
    ['ＭＩＹＡＫＯ', 'miyako'],
    ['Miyako City', 'miyakocity'],
    ['宮古　市', '宮古市'],
    ['ヴ', 'ゔ'],
    ['トーキョー', 'とーきょー'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

describe('municipalitySearchText', () => {
  const text = municipalitySearchText({ name: '宮古市', reading: 'みやこし', nameEn: 'Miyako' });
  it.each(['みやこ', 'ミヤコ', 'ﾐﾔｺ', '宮古', 'miyako', 'MIYAKO'])('is found by %s', (q) => {
    expect(text.includes(foldForSearch(q))).toBe(true);
  });
  it('is not found by another name', () => {
    expect(text.includes(foldForSearch('ヤマキタ'))).toBe(false);
  });
});
