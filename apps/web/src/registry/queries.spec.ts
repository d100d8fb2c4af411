import { hashKey, type QueryKey } from '@tanstack/react-query';
import { AGREEMENT_KINDS } from '@bussanten/contracts';
import { registryKeys, staleAfterAgreementChange, staleAfterMunicipalityChange } from './queries';

/** Whether invalidating `stale` reaches the query `key` (TanStack matches keys by prefix). */
const reaches = (stale: readonly QueryKey[], key: QueryKey) => stale.some((s) => s.every((part, i) => hashKey([part]) === hashKey([key[i]])));
const party = (municipalityId: string) => ({ municipalityId });

describe('registryKeys', () => {
  it('starts every key with the context name', () => {
    const keys = [
      registryKeys.municipalityList({ q: 'x' }),
      registryKeys.municipality('m1'),
      registryKeys.municipalityHistory('m1'),
      registryKeys.agreementList(null),
      registryKeys.agreement('a1'),
      registryKeys.agreementKinds(),
      registryKeys.myMunicipality(),
    ];
    for (const key of keys) expect(key[0]).toBe('registry');
  });

  it("keeps a record's key apart from its history's and from the lists", () => {
    expect(reaches([registryKeys.municipality('m1')], registryKeys.municipalityHistory('m1'))).toBe(false);
    expect(reaches([registryKeys.municipality('m1')], registryKeys.municipality('m2'))).toBe(false);
    expect(reaches([registryKeys.municipalityLists()], registryKeys.municipality('m1'))).toBe(false);
    expect(reaches([registryKeys.municipalityLists()], registryKeys.municipalityList({ q: 'x', pageSize: 10, sort: 'name' }))).toBe(true);
    expect(reaches([registryKeys.agreementLists()], registryKeys.agreementList(AGREEMENT_KINDS[0] ?? null))).toBe(true);
    expect(reaches([registryKeys.agreementLists()], registryKeys.agreement('a1'))).toBe(false);
  });
});

describe('staleAfterMunicipalityChange', () => {
  const stale = staleAfterMunicipalityChange({ id: 'm1', agreements: [{ id: 'a1' }, { id: 'a2' }] });

  it.each<[string, QueryKey, boolean]>([
    ['the lists and searches', registryKeys.municipalityList({ page: 2 }), true],
    ['its history', registryKeys.municipalityHistory('m1'), true],
    ['the agreements naming it', registryKeys.agreement('a2'), true],
    ['a representative’s own municipality', registryKeys.myMunicipality(), true],
    ['the people and invitations (municipality names)', ['accounts', 'invitations'], true],
    ['the applications', ['applications', 'fair', 'f1', 'list', {}], true],
    ['the guests', ['guests', 'list'], true],
    ['not another agreement', registryKeys.agreement('a3'), false],
    ['not another municipality', registryKeys.municipality('m2'), false],
    ['not another history', registryKeys.municipalityHistory('m2'), false],
    ['not the agreement lists', registryKeys.agreementList(null), false],
    ['not the kinds', registryKeys.agreementKinds(), false],
  ])('%s', (_what, key, expected) => expect(reaches(stale, key)).toBe(expected));

  it('leaves its own record to the write’s answer', () => expect(reaches(stale, registryKeys.municipality('m1'))).toBe(false));
});

describe('staleAfterAgreementChange', () => {
  it('names the parties before and after: one removed and one added both list it differently now', () => {
    const stale = staleAfterAgreementChange({ parties: [party('m1'), party('m2')] }, { parties: [party('m2'), party('m3')] });
    for (const id of ['m1', 'm2', 'm3']) expect(reaches(stale, registryKeys.municipality(id))).toBe(true);
    expect(reaches(stale, registryKeys.municipality('m4'))).toBe(false);
    expect(reaches(stale, registryKeys.municipalityHistory('m1'))).toBe(false);
  });

  it.each<[string, QueryKey, boolean]>([
    ['the agreement lists', registryKeys.agreementList(null), true],
    ['the municipality lists (kinds, first year, partners)', registryKeys.municipalityList({ partners: true }), true],
    ['a representative’s own municipality', registryKeys.myMunicipality(), true],
    ['the applications (how each municipality is tied to the host)', ['applications', 'a1'], true],
    ['not the guests', ['guests', 'list'], false],
    ['not the people', ['accounts', 'people'], false],
  ])('a new agreement: %s', (_what, key, expected) => expect(reaches(staleAfterAgreementChange(null, { parties: [party('m1')] }), key)).toBe(expected));

  it('a deleted agreement: its parties and the lists', () => {
    const stale = staleAfterAgreementChange({ parties: [party('m1')] }, null);
    expect(reaches(stale, registryKeys.municipality('m1'))).toBe(true);
    expect(reaches(stale, registryKeys.agreementList(null))).toBe(true);
  });
});
