import { toInvitationInput, type InviteValues } from './invite-model';

const values = (v: Partial<InviteValues>): InviteValues => ({ email: '', role: 'representative', displayName: '', ...v });
const miyako = { id: 'm-miyako' };

describe('toInvitationInput', () => {
  it.each([
    [values({ email: ' taro@miyako.example.jp ' }), miyako, { email: 'taro@miyako.example.jp', role: 'representative', municipalityId: 'm-miyako' }, []],
    [
      values({ email: 'a@b.jp', displayName: ' 宮古 太郎 ' }),
      miyako,
      { email: 'a@b.jp', role: 'representative', municipalityId: 'm-miyako', displayName: '宮古 太郎' },
      [],
    ],
    // an organizer belongs to the host, not to a municipality: a chosen one is not sent
    [values({ email: 'o@shinagawa.example.jp', role: 'organizer' }), miyako, { email: 'o@shinagawa.example.jp', role: 'organizer' }, []],
    [values({ email: 'o@shinagawa.example.jp', role: 'organizer' }), null, { email: 'o@shinagawa.example.jp', role: 'organizer' }, []],
    [values({ email: 'a@b.jp' }), null, null, [['municipalityId', 'required']]],
    [values({}), miyako, null, [['email', 'required']]],
    [values({ email: 'not-an-address' }), miyako, null, [['email', 'isEmail']]],
    [values({ email: 'a@b.jp', role: '' }), null, null, [['role', 'required']]],
    [values({ email: 'a@b.jp', role: 'admin' }), null, null, [['role', 'isIn']]],
  ] as const)('%j with %j', (v, municipality, input, problems) => {
    const result = toInvitationInput(v, municipality);
    expect(result.input).toEqual(input);
    expect(result.problems.map((p) => [p.field, p.rule])).toEqual(problems);
  });
});

describe('toInvitationInput for on-site staff', () => {
  it.each([
    ['every fair', [], { email: 's@shinagawa.example.jp', role: 'staff' }],
    ['limited to some fairs', ['f1', 'f2'], { email: 's@shinagawa.example.jp', role: 'staff', fairIds: ['f1', 'f2'] }],
  ])('%s', (_label, fairIds, input) => {
    const result = toInvitationInput(values({ email: 's@shinagawa.example.jp', role: 'staff' }), miyako, fairIds);
    expect(result).toEqual({ input, problems: [] });
  });

  it('sends no fairs for another role', () => {
    expect(toInvitationInput(values({ email: 'o@shinagawa.example.jp', role: 'organizer' }), null, ['f1']).input).toEqual({
      email: 'o@shinagawa.example.jp',
      role: 'organizer',
    });
  });
});
