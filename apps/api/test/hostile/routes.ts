// The routes of the OpenAPI document, and what the hostile-input test sends each: the table every
// route must have a row in (test/hostile-input.int.spec.ts fails on a route missing here), with the
// real records' ids a route's path takes and a valid body to break field by field.
import { applicationInput, FAIR_2027_DAYS } from '../fair-fixtures';
import type { Json } from './openapi';

/** The records the test makes or finds before it starts, by role. */
export interface Ids {
  fair2023: string;
  openFair: string;
  draftFair: string;
  roomId: string;
  venueId: string;
  booth2023: string;
  boothOpen: string;
  spareBoothOpen: string;
  app2023: string;
  appOpen: string;
  appAccepted: string;
  assignment2023: string;
  assignmentOpen: string;
  guest: string;
  spareGuest: string;
  appearance: string;
  stage: string;
  spareStage: string;
  miyako: string;
  narita: string;
  spareMunicipality: string;
  ownerVillage: string;
  agreement: string;
  spareAgreement: string;
  webhook: string;
  invitation: string;
  invitationToken: string;
  spareMembership: string;
  spareHost: string;
  ownMembership: string;
}

export interface RouteSetup {
  /** Candidate real values per path parameter (garbage ones are added to every route). */
  ids?: Record<string, string[]>;
  /** A valid body, merged over the one built from the schema's examples. */
  body?: Json;
  /** Runs after the routes with a lower number (state-changing routes last). */
  order?: number;
  /** Tables a refusal may change by design. */
  mayWrite?: string[];
}

const withoutTimes = (a: Json): Record<string, Json> =>
  Object.fromEntries(Object.entries(a as Record<string, Json>).filter(([k]) => k !== 'start' && k !== 'end'));

/**
 * Every write route (POST, PUT, PATCH, DELETE) of the OpenAPI document, keyed as the authorization
 * matrix writes it, with what the hostile-input test needs to reach its services: the real ids its
 * path takes, a valid body over the one built from the schema's examples, when it runs and what a
 * refusal may write. `{}`: garbage ids for the path and the schema's examples for the body. A route
 * the document lists and this table does not (or the other way round) fails the test.
 */
export function writeRouteSetups(ids: Ids): Record<string, RouteSetup> {
  const openDays = FAIR_2027_DAYS.map((d) => d.date);
  const application = applicationInput(openDays.slice(0, 2)) as unknown as Json;
  const appearance: Json = {
    guestId: ids.guest,
    date: '2023-02-18',
    start: '13:30',
    end: '14:00',
    durationMinutes: null,
    approximate: false,
    location: { kind: 'stage', stageId: ids.stage },
    status: 'confirmed',
    publicNote: 'ステージでご挨拶',
  };
  // A small fair document as GET /api/fairs/:id/export writes it: a booth, a stage, an exhibitor placed on the booth, a guest on the stage.
  const importDocument: Json = {
    format: 'bussanten-fair',
    version: 1,
    exportedAt: '2026-11-25T09:00:00.000Z',
    fair: {
      slug: 'hostile-import',
      title: '読み込み物産展',
      titleEn: null,
      description: null,
      status: 'accepting',
      programme: null,
      samplePlan: false,
      applicationsOpenAt: null,
      applicationsCloseAt: null,
      venue: { name: 'イオンスタイル品川シーサイド', address: '東京都品川区東品川4-12-5' },
      room: { name: '地下1階催事場', widthM: 30, depthM: 20 },
      days: [
        { date: '2032-05-01', opens: '10:00', closes: '18:00' },
        { date: '2032-05-02', opens: '10:00', closes: '17:00' },
      ],
      stages: [{ name: 'ステージ', nameEn: null, shared: false }],
      booths: [
        {
          code: 'A1',
          x: 1,
          y: 1,
          width: 4,
          depth: 3,
          powerWatts: 500,
          fridge: true,
          freezer: false,
          water: false,
          cookingAllowed: false,
          tags: ['corner'],
          prime: 2,
          zone: 'A列',
        },
      ],
      applications: [
        {
          municipality: { prefectureCode: 12, name: '成田市' },
          status: 'accepted',
          days: ['2032-05-01', '2032-05-02'],
          products: [{ name: '栗羊羹', category: 'sweets', priceMin: 800, priceMax: 2000, food: true, alcohol: false }],
          needs: { minAreaM2: null, powerWatts: 0, fridge: false, freezer: false, water: false },
          permit: { status: 'toBeArranged', number: null, healthCentre: null },
          staffCount: 2,
          staff: [{ name: '成田 太郎', phone: '090-1234-5678' }],
          vehicle: null,
          loadInTime: '08:30',
          note: null,
          tieLabel: null,
          decisionMessage: null,
          submittedBy: null,
          submittedAt: '2032-03-01T01:00:00.000Z',
          assignments: [{ booth: 'A1', from: '2032-05-01', to: '2032-05-02', pinned: false, overridden: false, createdBy: null }],
          history: [{ at: '2032-03-02T01:00:00.000Z', actor: null, action: 'decided', status: 'accepted', message: null }],
        },
      ],
      guests: [
        {
          name: '読み込みゲスト',
          nameEn: null,
          kind: 'mascot',
          ownerMunicipality: { prefectureCode: 12, name: '成田市' },
          profile: null,
          profileEn: null,
          contact: null,
          travelBufferMinutes: 60,
          appearances: [
            {
              startsAt: '2032-05-01T04:30:00.000Z',
              endsAt: '2032-05-01T05:00:00.000Z',
              approximate: false,
              location: { kind: 'stage', stage: 'ステージ' },
              status: 'confirmed',
              publicNote: null,
            },
          ],
        },
      ],
    },
  };
  const booth: Json = {
    code: 'H1',
    x: 1,
    y: 12,
    width: 2,
    depth: 2,
    powerWatts: 500,
    fridge: false,
    freezer: false,
    water: false,
    cookingAllowed: false,
    tags: [],
    prime: 1,
    zone: '入口側',
  };
  return {
    // Every failed sign-in is recorded (sign_in_failures) to rate-limit guessing: that write is the point.
    // The body's e-mail names no account, so the demo accounts are never slowed down; the route runs
    // last, as it soon answers 429 to this test's address for 15 minutes.
    'POST /api/auth/sign-in': { body: { email: 'nobody@hostile.invalid', password: 'not the password' }, order: 9, mayWrite: ['sign_in_failures'] },
    // A reset request writes a token row and an outbox row whether or not the address has an account.
    'POST /api/auth/password-reset': { body: { email: 'nobody@hostile.invalid' }, mayWrite: ['password_reset_tokens', 'outbox_messages'] },
    'POST /api/auth/password-reset/:token': { body: { password: 'a long enough password 42' } },
    'POST /api/auth/sign-out': { order: 9 },
    // Ends the caller's other sessions: late, with the password change (which does the same).
    'POST /api/me/sessions/sign-out-others': { order: 8 },
    'POST /api/auth/password': { body: { currentPassword: 'spare organizer password', newPassword: 'a brand new long password 42' }, order: 8 },
    'POST /api/invitations/:token/accept': { ids: { token: [ids.invitationToken] }, body: { password: 'a long enough password 42', displayName: '招待 太郎' } },
    'POST /api/people/invitations': { body: { email: 'staff@city.hostile.example', role: 'representative', municipalityId: ids.narita, displayName: '職員' } },
    'POST /api/people/invitations/:id/resend': { ids: { id: [ids.invitation] } },
    'POST /api/people/:id/disable': { ids: { id: [ids.spareMembership] }, order: 5 },
    'POST /api/people/:id/enable': { ids: { id: [ids.spareMembership] }, order: 5 },
    'POST /api/people/invitations/:id/revoke': { ids: { id: [ids.invitation] }, order: 6 },
    'POST /api/auth/membership': { body: { membershipId: ids.ownMembership } },
    'POST /api/operator/hosts': {
      body: { name: '新しい区', nameEn: 'New City', organizerEmail: 'first@new-city.hostile.example', organizerName: '最初 主催者' },
    },
    'POST /api/operator/hosts/:id/disable': { ids: { id: [ids.spareHost] }, order: 5 },
    'POST /api/operator/hosts/:id/enable': { ids: { id: [ids.spareHost] }, order: 5 },
    'POST /api/fairs': {
      body: {
        slug: 'hostile-2030',
        roomId: ids.roomId,
        days: [{ date: '2030-10-01', opens: '10:00', closes: '18:00' }],
        applicationsOpenAt: null,
        applicationsCloseAt: null,
      },
    },
    'PUT /api/fairs/:id': {
      ids: { id: [ids.openFair, ids.fair2023] },
      body: {
        title: 'テスト物産展 hostile-open',
        slug: 'hostile-open',
        roomId: ids.roomId,
        days: FAIR_2027_DAYS as unknown as Json,
        applicationsOpenAt: null,
        applicationsCloseAt: null,
      },
    },
    'POST /api/fairs/:id/status': { ids: { id: [ids.draftFair, ids.fair2023] }, body: { status: 'accepting' }, order: 5 },
    'DELETE /api/fairs/:id': { ids: { id: [ids.draftFair, ids.fair2023] }, order: 7 },
    'POST /api/fairs/import': { body: importDocument },
    'POST /api/venues': { body: { name: 'ホスタイル会場', address: '東京都品川区', rooms: [{ name: 'A室', widthM: 10, depthM: 10 }] } },
    'PUT /api/venues/:id': { ids: { id: [ids.venueId] }, body: { rooms: [{ id: ids.roomId, name: '地下1階催事場', widthM: 30, depthM: 20 }] } },
    'POST /api/fairs/:id/booths': { ids: { id: [ids.openFair, ids.draftFair] }, body: booth },
    'POST /api/fairs/:id/booths/copy': { ids: { id: [ids.draftFair, ids.openFair] }, body: { fromFairId: ids.fair2023 } },
    'PUT /api/fairs/:id/booths/:boothId': {
      ids: { id: [ids.openFair, ids.fair2023], boothId: [ids.spareBoothOpen, ids.booth2023] },
      body: { ...(booth as object), code: 'Z9', x: 26, y: 12 },
    },
    'DELETE /api/fairs/:id/booths/:boothId': { ids: { id: [ids.openFair, ids.fair2023], boothId: [ids.spareBoothOpen, ids.booth2023] }, order: 7 },
    'POST /api/applications/:id/assignments': {
      ids: { id: [ids.appAccepted, ids.app2023] },
      body: { boothId: ids.boothOpen, from: openDays[2], to: openDays[3] },
    },
    'PUT /api/assignments/:id': { ids: { id: [ids.assignmentOpen, ids.assignment2023] }, body: { boothId: ids.boothOpen, from: openDays[2], to: openDays[4] } },
    'DELETE /api/assignments/:id': { ids: { id: [ids.assignmentOpen, ids.assignment2023] }, order: 7 },
    'PUT /api/assignments/:id/pin': { ids: { id: [ids.assignmentOpen, ids.assignment2023] }, body: { pinned: true } },
    'POST /api/fairs/:id/assignment-proposal': { ids: { id: [ids.openFair, ids.fair2023] }, body: { seed: 1 } },
    // Runs late: a notice that went through would leave a row (and mails) behind, by design.
    'POST /api/fairs/:id/placement-notice': {
      ids: { id: [ids.openFair, ids.fair2023] },
      order: 7,
      mayWrite: ['placement_notices', 'outbox_messages', 'audit_log'],
    },
    'POST /api/fairs/:id/assignment-proposal/accept': {
      ids: { id: [ids.openFair, ids.fair2023] },
      body: { changes: [{ applicationId: ids.appAccepted, expectedBoothId: null, boothId: ids.boothOpen }] },
    },
    'POST /api/my/fairs/:fairId/application': { ids: { fairId: [ids.openFair, ids.fair2023] }, body: application },
    'PUT /api/my/applications/:id': { ids: { id: [ids.appOpen, ids.app2023] }, body: application },
    'PUT /api/my/fairs/:fairId/application/draft': { ids: { fairId: [ids.openFair, ids.fair2023] }, body: application },
    'POST /api/my/applications/:id/withdraw': { ids: { id: [ids.appOpen, ids.app2023] }, order: 6 },
    // The 2023 fair's days have closed: a sound body goes through (and is audited).
    'PUT /api/my/applications/:id/sales/:date': {
      ids: { id: [ids.app2023, ids.appAccepted], date: ['2023-02-17', openDays[0]] },
      body: { salesYen: 128000, customers: 54, products: [{ product: 0, quantity: 10, amountYen: 10000 }] },
    },
    'PUT /api/fairs/:id/sales/:applicationId/:date': {
      ids: { id: [ids.fair2023, ids.openFair], applicationId: [ids.app2023, ids.appAccepted], date: ['2023-02-18', openDays[0]] },
      body: { salesYen: 64000, customers: 30 },
    },
    // Runs late: a confirmed day stays confirmed, by design.
    'POST /api/fairs/:id/sales/:date/confirm': { ids: { id: [ids.fair2023, ids.openFair], date: ['2023-02-19', openDays[0]] }, order: 7 },
    'POST /api/fairs/:id/applications/decisions': {
      ids: { id: [ids.fair2023, ids.openFair] },
      body: { status: 'waitlisted', message: null, applicationIds: [ids.app2023] },
      order: 4,
    },
    'POST /api/applications/:id/decision': {
      ids: { id: [ids.app2023, ids.appAccepted] },
      body: { status: 'accepted', message: 'ご出展をお待ちしています' },
      order: 4,
    },
    'PUT /api/applications/:id/tie': { ids: { id: [ids.app2023, ids.appOpen] } },
    // 宮古市 has applied to the open fair and the 2023 fair has ended: a valid body is refused with 409, never entered.
    'POST /api/fairs/:id/municipalities/:municipalityId/application': {
      ids: { id: [ids.openFair, ids.fair2023], municipalityId: [ids.miyako] },
      body: application,
    },
    // 宮古市's own applications: not the organizer's to change (409), whatever the body.
    'PUT /api/applications/:id/entry': { ids: { id: [ids.appOpen, ids.app2023] }, body: application },
    'POST /api/guests': { body: { kind: 'ambassador', ownerMunicipalityId: ids.miyako, travelBufferMinutes: 60 } },
    'PUT /api/guests/:id': { ids: { id: [ids.guest, ids.spareGuest] }, body: { kind: 'ambassador', ownerMunicipalityId: null, travelBufferMinutes: 30 } },
    'DELETE /api/guests/:id': { ids: { id: [ids.spareGuest, ids.guest] }, order: 7 },
    'POST /api/guests/:id/photo': { ids: { id: [ids.guest] } },
    'DELETE /api/guests/:id/photo': { ids: { id: [ids.guest] }, order: 7 },
    'POST /api/fairs/:id/stages': { ids: { id: [ids.fair2023, ids.openFair] }, body: { name: 'ホスタイルステージ', nameEn: null, shared: false } },
    'PUT /api/fairs/:id/stages/:stageId': { ids: { id: [ids.fair2023], stageId: [ids.stage] }, body: { name: 'ステージ', nameEn: 'Stage', shared: true } },
    'POST /api/fairs/:id/notices': {
      ids: { id: [ids.openFair, ids.fair2023] },
      body: { kind: 'closingEarly', text: '16時で終了します', textEn: 'Closing at 16:00', day: FAIR_2027_DAYS[0].date, closesAt: '16:00', endsAt: null },
      order: 6,
    },
    'DELETE /api/fairs/:id/notices/:noticeId': { ids: { id: [ids.openFair] }, order: 7 },
    'DELETE /api/fairs/:id/stages/:stageId': { ids: { id: [ids.fair2023], stageId: [ids.spareStage, ids.stage] }, order: 7 },
    'POST /api/fairs/:id/appearances': { ids: { id: [ids.fair2023] }, body: appearance },
    'POST /api/fairs/:id/appearances/repeat': {
      ids: { id: [ids.fair2023] },
      body: { ...withoutTimes(appearance), durationMinutes: 30, starts: ['16:30', '17:30'] },
    },
    'POST /api/fairs/:id/appearances/check': { ids: { id: [ids.fair2023, ids.openFair] }, body: appearance },
    'PUT /api/appearances/:id': { ids: { id: [ids.appearance] }, body: { ...(appearance as object), date: '2023-02-19', start: '13:30', end: '14:00' } },
    'DELETE /api/appearances/:id': { ids: { id: [ids.appearance] }, order: 7 },
    'POST /api/fairs/:id/releases': { ids: { id: [ids.fair2023, ids.openFair] } },
    'POST /api/webhooks': { body: { url: 'https://example.jp/bussanten-hook' } },
    'DELETE /api/webhooks/:id': { ids: { id: [ids.webhook] }, order: 7 },
    'POST /api/webhooks/:id/test': { ids: { id: [ids.webhook] } },
    'POST /api/municipalities': {
      body: {
        name: 'ホスタイル村',
        reading: 'ほすたいるむら',
        nameEn: 'Hostile',
        prefectureCode: 13,
        kind: 'village',
        localGovernmentCode: null,
        population: 100,
        areaKm2: 1.5,
        website: null,
        notes: null,
      },
    },
    'PATCH /api/municipalities/:id': {
      ids: { id: [ids.narita, ids.spareMunicipality] },
      body: {
        name: '成田市',
        reading: 'なりたし',
        nameEn: 'Narita',
        prefectureCode: 12,
        kind: 'city',
        localGovernmentCode: null,
        population: 130_000,
        areaKm2: 213.84,
        website: null,
        notes: null,
      },
    },
    // 宮古市 has a representative, the owner village a guest: both must be refused, not deleted.
    'DELETE /api/municipalities/:id': { ids: { id: [ids.spareMunicipality, ids.narita, ids.miyako, ids.ownerVillage] }, order: 7 },
    'POST /api/agreements': {
      body: {
        kind: 'exchange',
        signedOn: '2002-04-01',
        signedYear: null,
        explanation: null,
        parties: [{ municipalityId: ids.narita, activities: ['物産展'] }],
      },
    },
    'PATCH /api/agreements/:id': {
      ids: { id: [ids.spareAgreement, ids.agreement] },
      body: { title: '改題された協定', parties: [{ municipalityId: ids.spareMunicipality, activities: [] }] },
    },
    'DELETE /api/agreements/:id': { ids: { id: [ids.spareAgreement] }, order: 7 },
    // No setup of their own: garbage ids for the path, and the body built from the schema's examples.
    'POST /api/auth/passkey/options': {},
    'POST /api/auth/passkey': {},
    'POST /api/auth/sign-in/totp': {},
    'POST /api/auth/sign-in/recovery-code': {},
    'POST /api/auth/sign-in/passkey/options': {},
    'POST /api/auth/sign-in/passkey': {},
    'DELETE /api/me/sessions/:id': {},
    'POST /api/me/factors/passkeys/options': {},
    'POST /api/me/factors/passkeys': {},
    'PATCH /api/me/factors/passkeys/:id': {},
    'DELETE /api/me/factors/passkeys/:id': {},
    'POST /api/me/factors/totp/setup': {},
    'POST /api/me/factors/totp': {},
    'DELETE /api/me/factors/totp': {},
    'POST /api/me/factors/recovery-codes': {},
    'PUT /api/host/security': {},
    'PUT /api/host/embed-origins': { body: { origins: ['https://www.city.shinagawa.example', 'http://localhost:8080'] } },
    'PUT /api/host/contact': { body: { contactEmail: 'bussan@shinagawa.example', contactPhone: '03-1234-5678', contactNote: '平日 9時〜17時' } },
    'POST /api/people/:id/reset-factors': {},
    'POST /api/operator/factor-resets': {},
    'PUT /api/fairs/:id/visibility': {},
    'POST /api/municipalities/:id/history/:changeId/revert': {},
  };
}

/** A read (GET) without query parameters: nothing to send it but its path, whose ids the authorization matrix tries. */
export const NO_QUERY = 'no query parameters';

/**
 * Every read (GET) of the OpenAPI document. One with query parameters gets hostile query strings,
 * on the real ids given here for its path and on garbage ones; NO_QUERY for one without.
 */
export function readRouteSetups(ids: Ids): Record<string, RouteSetup | typeof NO_QUERY> {
  const withQuery: RouteSetup = { ids: { id: [ids.fair2023] } };
  return {
    'GET /api/agreements': withQuery,
    'GET /api/audit': withQuery,
    'GET /api/fairs/:id/applications': withQuery,
    'GET /api/fairs/:id/day-sheet': { ids: { id: [ids.fair2023, ids.openFair] } },
    'GET /api/fairs/:id/entry-candidates': { ids: { id: [ids.openFair, ids.fair2023] } },
    'GET /api/municipalities': withQuery,
    'GET /api/outbox': withQuery,
    'GET /api/agreement-kinds': NO_QUERY,
    'GET /api/agreements/:id': NO_QUERY,
    'GET /api/applications/:id': NO_QUERY,
    'GET /api/applications/:id/history': NO_QUERY,
    'GET /api/auth/me': NO_QUERY,
    'GET /api/auth/sign-in/pending': NO_QUERY,
    'GET /api/fairs': NO_QUERY,
    'GET /api/fairs/:id': NO_QUERY,
    'GET /api/fairs/:id/appearances': NO_QUERY,
    'GET /api/fairs/:id/assignment-instance': NO_QUERY,
    'GET /api/fairs/:id/assignments': NO_QUERY,
    'GET /api/fairs/:id/placement-notice': NO_QUERY,
    'GET /api/fairs/:id/notices': NO_QUERY,
    'GET /api/notices/fairs': NO_QUERY,
    'GET /api/fairs/:id/sales': NO_QUERY,
    'GET /api/fairs/:id/sales/comparison': { ids: { id: [ids.fair2023, ids.openFair] } },
    'GET /api/fairs/:id/booths': NO_QUERY,
    'GET /api/fairs/:id/booths.csv': NO_QUERY,
    'GET /api/fairs/:id/export': NO_QUERY,
    'GET /api/fairs/:id/releases': NO_QUERY,
    'GET /api/fairs/:id/releases/preview': NO_QUERY,
    'GET /api/fairs/:id/stages': NO_QUERY,
    'GET /api/fairs/:id/withdrawals': NO_QUERY,
    'GET /api/guests': NO_QUERY,
    'GET /api/guests/:id': NO_QUERY,
    'GET /api/guests/:id/photo': NO_QUERY,
    'GET /api/health': NO_QUERY,
    'GET /api/host/contact': NO_QUERY,
    'GET /api/host/embed-origins': NO_QUERY,
    'GET /api/home': NO_QUERY,
    'GET /api/host/security': NO_QUERY,
    'GET /api/invitations/:token': NO_QUERY,
    'GET /api/me/factors': NO_QUERY,
    'GET /api/me/municipality': NO_QUERY,
    'GET /api/me/sessions': NO_QUERY,
    'GET /api/metrics': NO_QUERY,
    'GET /api/municipalities/:id': NO_QUERY,
    'GET /api/municipalities/:id/history': NO_QUERY,
    'GET /api/my/applications': NO_QUERY,
    'GET /api/my/applications/:id': NO_QUERY,
    'GET /api/my/applications/:id/calendar.ics': NO_QUERY,
    'GET /api/my/applications/:id/guide': NO_QUERY,
    'GET /api/my/applications/:id/sales': NO_QUERY,
    'GET /api/my/fairs': NO_QUERY,
    'GET /api/my/fairs/:fairId': NO_QUERY,
    'GET /api/my/fairs/:fairId/previous-application': NO_QUERY,
    'GET /api/operator/hosts': NO_QUERY,
    'GET /api/people': NO_QUERY,
    'GET /api/people/invitations': NO_QUERY,
    'GET /api/prefectures': NO_QUERY,
    'GET /api/postal-codes/:code': NO_QUERY,
    'GET /api/programmes': NO_QUERY,
    'GET /api/public/fairs': NO_QUERY,
    'GET /api/public/fairs/:slug': NO_QUERY,
    'GET /api/public/fairs/:slug/calendar.ics': NO_QUERY,
    'GET /api/public/fairs/:slug/days/:date': NO_QUERY,
    'GET /api/public/fairs/:slug/exhibitors.csv': NO_QUERY,
    'GET /api/ready': NO_QUERY,
    'GET /api/venues': NO_QUERY,
    'GET /api/webhooks': NO_QUERY,
  };
}
