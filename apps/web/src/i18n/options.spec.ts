import { AGREEMENT_KINDS, MUNICIPALITY_KINDS, MUNICIPALITY_SORTS } from '@bussanten/contracts';
import { agreementKindOptions, municipalityKindOptions, municipalitySortOptions, prefectureOptions, roleOptions } from './options';

describe('select options', () => {
  it('lists the 47 prefectures by code, named in the language', () => {
    const ja = prefectureOptions('ja');
    expect(ja).toHaveLength(47);
    expect(ja[0]).toEqual({ value: '1', label: '北海道' });
    expect(ja.find((o) => o.value === '3')).toEqual({ value: '3', label: '岩手県' });
    expect(prefectureOptions('en').find((o) => o.value === '3')?.label).toBe('Iwate');
  });

  it('keeps the API order and values of the kinds and sorts', () => {
    expect(municipalityKindOptions('ja').map((o) => o.value)).toEqual(MUNICIPALITY_KINDS);
    expect(agreementKindOptions('en').map((o) => o.value)).toEqual(AGREEMENT_KINDS);
    expect(municipalitySortOptions('ja').map((o) => o.value)).toEqual(MUNICIPALITY_SORTS);
  });

  it('labels them from the dictionaries', () => {
    expect(municipalityKindOptions('ja').find((o) => o.value === 'village')?.label).toBe('村');
    expect(agreementKindOptions('ja').find((o) => o.value === 'disaster_aid')?.label).toBe('災害時相互援助協定');
    expect(agreementKindOptions('en').find((o) => o.value === 'other')?.label).toBe('Other');
    expect(municipalitySortOptions('ja').find((o) => o.value === '-population')?.label).toBe('人口の多い順');
  });
});

describe('roleOptions', () => {
  it.each([
    [
      'ja',
      [
        { value: 'representative', label: '自治体担当者' },
        { value: 'organizer', label: '主催者' },
        { value: 'staff', label: '会場スタッフ' },
      ],
    ],
    [
      'en',
      [
        { value: 'representative', label: 'Municipality representative' },
        { value: 'organizer', label: 'Organizer' },
        { value: 'staff', label: 'On-site staff' },
      ],
    ],
  ] as const)('%s', (lang, expected) => {
    expect(roleOptions(lang)).toEqual(expected);
  });
});
