import { locationLabel, locationLabelEn } from './appearance-view';

describe('the name of an appearance’s place', () => {
  const booth = { locationKind: 'booth' as const, boothCode: 'A1', stageName: null, stageNameEn: null };
  const stage = { locationKind: 'stage' as const, boothCode: null, stageName: '特設ステージ', stageNameEn: 'Main stage' };
  const venue = { locationKind: 'venue' as const, boothCode: null, stageName: null, stageNameEn: null };
  const miyako = { name: '宮古市', nameEn: 'Miyako' };
  it.each([
    ['a booth with its holder', booth, miyako, 'A1 宮古市', 'A1 Miyako'],
    ['a booth whose holder has no English name', booth, { name: '成田市', nameEn: null }, 'A1 成田市', 'A1 成田市'],
    ['a booth nobody holds that day', booth, null, 'A1', 'A1'],
    ['a stage', stage, null, '特設ステージ', 'Main stage'],
    ['a stage without an English name', { ...stage, stageNameEn: null }, null, '特設ステージ', '特設ステージ'],
    ['the whole venue', venue, null, '会場全体', 'Whole venue'],
  ])('%s', (_name, place, holder, ja, en) => {
    expect([locationLabel(place, holder?.name ?? null), locationLabelEn(place, holder)]).toEqual([ja, en]);
  });
});
