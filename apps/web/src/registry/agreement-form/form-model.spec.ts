import type { ApiErrorDetail } from '@bussanten/contracts';
import {
  EMPTY_AGREEMENT_FORM,
  activitiesFromText,
  addParty,
  detailsAfterRemovingParty,
  toAgreementInput,
  validateAgreementForm,
  type AgreementFormValues,
  type PartyRow,
} from './form-model';

const MIYAKO = 'a1b2c3d4-0000-4000-8000-000000000001';
const TOMIOKA = 'a1b2c3d4-0000-4000-8000-000000000002';
const party = (municipalityId: string, activitiesText = ''): PartyRow => ({ municipalityId, name: 'x', prefecture: 'y', prefectureCode: 3, activitiesText });
const valid: AgreementFormValues = {
  ...EMPTY_AGREEMENT_FORM,
  kind: 'disaster_aid',
  title: '宮古市との災害時相互援助協定',
  signedYear: '2002',
  parties: [party(MIYAKO)],
};

describe('activitiesFromText', () => {
  it.each([
    ['', []],
    ['\n \n', []],
    ['区内イベントへの参加', ['区内イベントへの参加']],
    [' 区内イベントへの参加 \r\n\r\n親子体験交流事業\n', ['区内イベントへの参加', '親子体験交流事業']],
  ])('%j', (text, expected) => {
    expect(activitiesFromText(text)).toEqual(expected);
  });
});

describe('validateAgreementForm', () => {
  it('accepts a year without a date, a date without a year, and both when they agree', () => {
    expect(validateAgreementForm(valid)).toEqual([]);
    expect(validateAgreementForm({ ...valid, signedYear: '', signedOn: '2002-04-01' })).toEqual([]);
    expect(validateAgreementForm({ ...valid, signedYear: '2002', signedOn: '2002-04-01' })).toEqual([]);
    expect(validateAgreementForm({ ...valid, signedYear: '' })).toEqual([]);
  });

  it.each([
    [{ kind: '' }, 'kind', 'required'],
    [{ title: ' ' }, 'title', 'required'],
    [{ signedYear: '二千二' }, 'signedYear', 'isInt'],
    [{ signedYear: '1700' }, 'signedYear', 'range'],
    [{ signedYear: '2003', signedOn: '2002-04-01' }, 'signedYear', 'matchesDate'],
    [{ signedYear: '', signedOn: '2002-02-30' }, 'signedOn', 'isDate'],
    [{ parties: [] }, 'parties', 'arrayMinSize'],
    [{ parties: [party(MIYAKO), party(TOMIOKA), party(MIYAKO)] }, 'parties.2.municipalityId', 'unique'],
  ])('%j → %s %s', (change, field, rule) => {
    expect(validateAgreementForm({ ...valid, ...change })).toEqual([expect.objectContaining({ field, rule })]);
  });
});

describe('toAgreementInput', () => {
  it('builds the body with activities one per line and empty fields as null', () => {
    expect(
      toAgreementInput({
        ...valid,
        occasion: ' ',
        explanation: ' 相互に応援する ',
        parties: [party(MIYAKO, '区内イベントへの参加\n\n親子体験交流事業'), party(TOMIOKA)],
      }),
    ).toEqual({
      kind: 'disaster_aid',
      title: '宮古市との災害時相互援助協定',
      signedOn: null,
      signedYear: 2002,
      occasion: null,
      explanation: '相互に応援する',
      parties: [
        { municipalityId: MIYAKO, activities: ['区内イベントへの参加', '親子体験交流事業'] },
        { municipalityId: TOMIOKA, activities: [] },
      ],
    });
  });
});

describe('addParty', () => {
  const m = { municipalityId: TOMIOKA, name: '富岡町', prefecture: '福島県', prefectureCode: 7 };
  it('appends a new party with no activities', () => {
    expect(addParty([party(MIYAKO)], m)).toEqual([party(MIYAKO), { ...m, activitiesText: '' }]);
  });
  it('does not add a municipality twice', () => {
    const parties = [party(MIYAKO), { ...m, activitiesText: 'a' }];
    expect(addParty(parties, m)).toEqual(parties);
  });
});

describe('detailsAfterRemovingParty', () => {
  const d = (field: string): ApiErrorDetail => ({ field, rule: 'r', message: field });
  it.each([
    [
      1,
      ['title', 'parties', 'parties.0.municipalityId', 'parties.1.activities.0', 'parties.2.municipalityId', 'parties.12.activities.3'],
      ['title', 'parties', 'parties.0.municipalityId', 'parties.1.municipalityId', 'parties.11.activities.3'],
    ],
    [0, ['parties.0.municipalityId'], []],
    [5, ['parties.0.municipalityId'], ['parties.0.municipalityId']],
  ])('removing party %d', (index, before, after) => {
    expect(detailsAfterRemovingParty(before.map(d), index).map((x) => x.field)).toEqual(after);
  });
});
