import { repeatedParties, resolveSignedDate } from './agreement-rules';

describe('resolveSignedDate', () => {
  it.each([
    [{}, { signedOn: null, signedYear: null }],
    [{ signedYear: 2002 }, { signedOn: null, signedYear: 2002 }],
    [{ signedOn: '2002-04-01' }, { signedOn: '2002-04-01', signedYear: 2002 }],
    [
      { signedOn: '2002-04-01', signedYear: 2002 },
      { signedOn: '2002-04-01', signedYear: 2002 },
    ],
    [
      { signedOn: null, signedYear: null },
      { signedOn: null, signedYear: null },
    ],
  ])('accepts %p', (input, expected) => {
    expect(resolveSignedDate(input)).toEqual(expected);
  });

  it.each([
    [{ signedOn: '2023-02-30' }, 'signedOn', 'isDate'],
    [{ signedOn: '1700-01-01' }, 'signedOn', 'range'],
    [{ signedOn: '2002-04-01', signedYear: 2003 }, 'signedYear', 'matchesDate'],
    [{ signedYear: 1500 }, 'signedYear', 'range'],
    [{ signedYear: 2002.5 }, 'signedYear', 'range'],
  ])('refuses %p on %s (%s)', (input, field, rule) => {
    expect(resolveSignedDate(input)).toMatchObject({ field, rule });
  });
});

describe('repeatedParties', () => {
  const a = '11111111-1111-4111-8111-111111111111';
  const b = '22222222-2222-4222-8222-222222222222';
  it.each([
    [[], []],
    [[a, b], []],
    [[a, b, a], ['parties.2.municipalityId']],
    [[a, a.toUpperCase()], ['parties.1.municipalityId']],
    [
      [a, a, a],
      ['parties.1.municipalityId', 'parties.2.municipalityId'],
    ],
  ])('%p → %p', (ids, fields) => {
    expect(repeatedParties(ids.map((municipalityId) => ({ municipalityId }))).map((d) => d.field)).toEqual(fields);
  });
});
