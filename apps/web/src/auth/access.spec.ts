import { Role } from '@bussanten/contracts';
import { accessOf, decide, homeOf, pathAfterSignIn, safeNext, signInPath } from './access';

const organizer = { role: Role.Organizer };
const representative = { role: Role.Representative };
const operator = { role: Role.Operator };
const staff = { role: Role.Staff };

describe('homeOf', () => {
  it.each([
    [Role.Organizer, '/home'],
    [Role.Representative, '/my'],
    [Role.Operator, '/operator'],
    [Role.Staff, '/notices'],
  ])('%s → %s', (role, home) => {
    expect(homeOf(role)).toBe(home);
  });
});

describe('accessOf', () => {
  it.each([
    ['/sign-in', 'public'],
    ['/invitations/abc', 'public'],
    ['/home', 'roles'],
    ['/homes', 'signedIn'],
    ['/registry', 'roles'],
    ['/registry/agreements/x/edit', 'roles'],
    ['/people', 'roles'],
    ['/audit', 'roles'],
    ['/my', 'roles'],
    ['/operator', 'roles'],
    ['/operators', 'signedIn'],
    ['/mystery', 'signedIn'], // '/my' is a whole segment, not a prefix of any word
    ['/account/password', 'signedIn'],
    ['/no-such-page', 'signedIn'], // not declared: needs a signed-in user
  ])('%s is %s', (path, kind) => {
    expect(accessOf(path).kind).toBe(kind);
  });
});

describe('decide', () => {
  const allow = { kind: 'allow' };
  const to = (path: string) => ({ kind: 'redirect', to: path });

  it.each([
    // signed out
    [null, '/', '', to('/sign-in')],
    [null, '/sign-in', '', allow],
    [null, '/invitations/t0k3n', '', allow],
    [null, '/home', '', to('/sign-in?next=%2Fhome')],
    [null, '/registry', '', to('/sign-in?next=%2Fregistry')],
    [null, '/registry/municipalities/m1', '?x=1', to('/sign-in?next=%2Fregistry%2Fmunicipalities%2Fm1%3Fx%3D1')],
    [null, '/people', '', to('/sign-in?next=%2Fpeople')],
    [null, '/audit', '?page=2', to('/sign-in?next=%2Faudit%3Fpage%3D2')],
    [null, '/my', '', to('/sign-in?next=%2Fmy')],
    [null, '/account/password', '', to('/sign-in?next=%2Faccount%2Fpassword')],
    [null, '/no-such-page', '', to('/sign-in?next=%2Fno-such-page')],
    // organizers
    [organizer, '/', '', to('/home')],
    [organizer, '/home', '', allow],
    [organizer, '/registry', '', allow],
    [organizer, '/registry/agreements/new', '', allow],
    [organizer, '/people', '', allow],
    [organizer, '/audit', '', allow],
    [organizer, '/my', '', to('/home')],
    [organizer, '/account/password', '', allow],
    [organizer, '/sign-in', '', allow],
    [organizer, '/no-such-page', '', allow], // shows the not-found page
    [organizer, '/notices', '', allow],
    // on-site staff: the day's notices only
    [staff, '/', '', to('/notices')],
    [staff, '/notices/f1', '', allow],
    [staff, '/fairs', '', to('/notices')],
    [staff, '/people', '', to('/notices')],
    [staff, '/my', '', to('/notices')],
    // representatives
    [representative, '/', '', to('/my')],
    [representative, '/my', '', allow],
    [representative, '/home', '', to('/my')],
    [representative, '/registry', '', to('/my')],
    [representative, '/registry/municipalities/m1/edit', '', to('/my')],
    [representative, '/people', '', to('/my')],
    [representative, '/audit', '', to('/my')],
    [representative, '/account/password', '', allow],
    [representative, '/invitations/t0k3n', '', allow],
    [representative, '/operator', '', to('/my')],
    [organizer, '/operator', '', to('/home')],
    [null, '/operator', '', to('/sign-in?next=%2Foperator')],
    // the operator: the hosts page and their account, nothing of any host
    [operator, '/', '', to('/operator')],
    [operator, '/operator', '', allow],
    [operator, '/home', '', to('/operator')],
    [operator, '/registry', '', to('/operator')],
    [operator, '/fairs/f1', '', to('/operator')],
    [operator, '/people', '', to('/operator')],
    [operator, '/audit', '', to('/operator')],
    [operator, '/my', '', to('/operator')],
    [operator, '/account/password', '', allow],
  ] as const)('%j at %s%s → %j', (user, path, search, decision) => {
    expect(decide(user, path, search)).toEqual(decision);
  });
});

describe('safeNext / signInPath', () => {
  it.each([
    ['/people', '/people'],
    ['/registry/municipalities/m1?tab=x#y', '/registry/municipalities/m1?tab=x#y'],
    [null, null],
    ['', null],
    ['/', null],
    ['people', null],
    ['//evil.example/path', null],
    ['/\\evil.example', null],
    ['https://evil.example/', null],
    ['javascript:alert(1)', null],
    ['/people\n', null],
    ['/sign-in?next=%2Fpeople', null],
    ['/invitations/abc', null],
  ])('safeNext(%j) → %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    ['/people', '/sign-in?next=%2Fpeople'],
    ['/audit?page=3', '/sign-in?next=%2Faudit%3Fpage%3D3'],
    ['/', '/sign-in'],
    ['/sign-in?next=%2Fpeople', '/sign-in'],
  ])('signInPath(%s) → %s', (current, expected) => {
    expect(signInPath(current)).toBe(expected);
  });
});

describe('pathAfterSignIn', () => {
  it.each([
    [organizer, '/people', '/people'],
    [organizer, '/audit?page=2', '/audit?page=2'],
    [organizer, null, '/home'],
    [organizer, '/registry', '/registry'],
    [organizer, '/my', '/home'], // not theirs: home instead of a redirect chain
    [organizer, '//evil.example', '/home'],
    [representative, '/home', '/my'],
    [operator, '/home', '/operator'],
    [representative, '/registry/agreements', '/my'],
    [representative, '/account/password', '/account/password'],
    [representative, undefined, '/my'],
    [representative, '/sign-in', '/my'],
    [operator, '/people', '/operator'],
    [operator, null, '/operator'],
  ] as const)('%j with next %j → %s', (user, next, expected) => {
    expect(pathAfterSignIn(user, next)).toBe(expected);
  });
});
