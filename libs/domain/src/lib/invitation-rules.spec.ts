import { invitationScopeProblems } from './invitation-rules';

describe('invitationScopeProblems', () => {
  const id = '11111111-1111-4111-8111-111111111111';
  it.each([
    ['representative', id, []],
    ['representative', null, ['required']],
    ['representative', '', ['required']],
    ['organizer', null, []],
    ['organizer', id, ['notAllowed']],
  ] as const)('%s with %p → %p', (role, municipalityId, rules) => {
    expect(invitationScopeProblems(role, municipalityId).map((d) => d.rule)).toEqual(rules);
  });
});
