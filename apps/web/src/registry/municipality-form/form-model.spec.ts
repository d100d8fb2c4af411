import type { Municipality } from '@bussanten/contracts';
import {
  EMPTY_MUNICIPALITY_FORM,
  parseNumberInput,
  toMunicipalityInput,
  validateMunicipalityForm,
  valuesFromMunicipality,
  type MunicipalityFormValues,
} from './form-model';

const valid: MunicipalityFormValues = {
  ...EMPTY_MUNICIPALITY_FORM,
  name: '宮古市',
  reading: 'みやこし',
  prefectureCode: '3',
  kind: 'city',
};

describe('parseNumberInput', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['44905', 44905],
    ['44,905', 44905],
    ['４４，９０５', 44905],
    ['1259.89', 1259.89],
    ['１２５９．８９', 1259.89],
    ['.5', 0.5],
    ['-3', -3],
    ['12a', Number.NaN],
    ['1e3', Number.NaN],
    ['1.2.3', Number.NaN],
  ])('%j → %s', (text, expected) => {
    expect(parseNumberInput(text)).toBe(expected);
  });
});

describe('validateMunicipalityForm', () => {
  it('accepts the required fields alone', () => {
    expect(validateMunicipalityForm(valid)).toEqual([]);
  });

  it.each([
    [{ name: '  ' }, 'name', 'required'],
    [{ reading: '' }, 'reading', 'required'],
    [{ prefectureCode: '' }, 'prefectureCode', 'required'],
    [{ prefectureCode: '48' }, 'prefectureCode', 'required'],
    [{ kind: 'metropolis' }, 'kind', 'required'],
    [{ localGovernmentCode: '03202' }, 'localGovernmentCode', 'format'],
    [{ localGovernmentCode: '032027' }, 'localGovernmentCode', 'checkDigit'],
    [{ localGovernmentCode: '992026' }, 'localGovernmentCode', 'prefecture'],
    [{ population: '44905.5' }, 'population', 'isInt'],
    [{ population: 'many' }, 'population', 'isInt'],
    [{ population: '-1' }, 'population', 'min'],
    [{ areaKm2: '1259.891' }, 'areaKm2', 'isNumber'],
    [{ areaKm2: '0' }, 'areaKm2', 'min'],
    [{ populationAsOf: '2020/10/01' }, 'populationAsOf', 'isCalendarDate'],
    [{ website: 'www.city.miyako.iwate.jp' }, 'website', 'isUrl'],
    // The rules the API checks too (libs/domain shared-rules): the browser now says so before asking.
    [{ reading: 'Miyako' }, 'reading', 'matches'],
    [{ population: '50,000,001' }, 'population', 'max'],
    [{ areaKm2: '100001' }, 'areaKm2', 'max'],
    [{ areaAsOf: '2024-02-30' }, 'areaAsOf', 'isCalendarDate'],
    [{ populationAsOf: '1700-01-01' }, 'populationAsOf', 'isCalendarDate'],
    [{ website: 'javascript:alert(1)' }, 'website', 'isUrl'],
    [{ website: 'https://localhost/' }, 'website', 'isUrl'],
  ])('%j → %s %s', (change, field, rule) => {
    expect(validateMunicipalityForm({ ...valid, ...change })).toEqual([expect.objectContaining({ field, rule })]);
  });

  it.each([
    [{ localGovernmentCode: '032026' }],
    [{ localGovernmentCode: '０３２０２６' }],
    [{ population: '44,905', areaKm2: '1,259.89' }],
    [{ website: 'https://www.city.miyako.iwate.jp/' }],
  ])('accepts %j', (change) => {
    expect(validateMunicipalityForm({ ...valid, ...change })).toEqual([]);
  });
});

describe('toMunicipalityInput', () => {
  it('trims, converts numbers and sends empty optional fields as null (so an edit can clear them)', () => {
    expect(
      toMunicipalityInput({
        ...valid,
        name: ' 宮古市 ',
        nameEn: ' ',
        localGovernmentCode: '０３２０２６',
        population: '44,905',
        populationAsOf: '2020-10-01',
        populationSource: ' 令和2年国勢調査 ',
        areaKm2: '1259.89',
        website: '',
        notes: ' 三陸 ',
      }),
    ).toEqual({
      name: '宮古市',
      reading: 'みやこし',
      nameEn: null,
      prefectureCode: 3,
      kind: 'city',
      localGovernmentCode: '032026',
      population: 44905,
      populationAsOf: '2020-10-01',
      populationSource: '令和2年国勢調査',
      areaKm2: 1259.89,
      areaAsOf: null,
      areaSource: null,
      website: null,
      notes: '三陸',
    });
  });

  it('round-trips a stored municipality', () => {
    const m = {
      id: 'id',
      name: '宮古市',
      reading: 'みやこし',
      nameEn: 'Miyako',
      prefectureCode: 3,
      prefecture: '岩手県',
      kind: 'city',
      population: 44905,
      populationAsOf: '2020-10-01',
      populationSource: '令和2年国勢調査',
      areaKm2: 1259.89,
      areaAsOf: null,
      areaSource: null,
      listed: true,
      localGovernmentCode: '032026',
      website: 'https://www.city.miyako.iwate.jp/',
      notes: null,
      agreementKinds: [],
      firstAgreementYear: null,
      agreements: [],
      createdAt: '',
      updatedAt: '',
    } satisfies Municipality;
    const values = valuesFromMunicipality(m);
    expect(validateMunicipalityForm(values)).toEqual([]);
    expect(toMunicipalityInput(values)).toEqual({
      name: m.name,
      reading: m.reading,
      nameEn: m.nameEn,
      prefectureCode: m.prefectureCode,
      kind: m.kind,
      localGovernmentCode: m.localGovernmentCode,
      population: m.population,
      populationAsOf: m.populationAsOf,
      populationSource: m.populationSource,
      areaKm2: m.areaKm2,
      areaAsOf: m.areaAsOf,
      areaSource: m.areaSource,
      website: m.website,
      notes: m.notes,
    });
  });
});
