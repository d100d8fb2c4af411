/**
 * The names of the constraints (and the one unique index) that code refers to: the entities that
 * declare them, the services and the import that turn a violation into a precise answer (see
 * common/db-errors.ts), the SQL that says ON CONFLICT ON CONSTRAINT, and the tests. A constraint
 * nothing refers to by name is not listed; name a new one here when code starts to.
 *
 * The migrations keep their literal names on purpose: a migration records what was run once and must
 * build the same schema forever, so it may not follow a constant that is later renamed (a rename is a
 * new migration). constraints.int.spec.ts checks instead that every name here is in the migrated
 * database, of the kind its prefix says (uq_ unique, ex_ exclusion, fk_ foreign key, ck_ check, pk_
 * primary key), and schema.int.spec.ts that the entities match the migrations.
 */
export const Constraint = {
  // accounts
  hostsName: 'uq_hosts_name',
  passkeysUserName: 'uq_passkeys_user_name',
  passkeysCredentialId: 'uq_passkeys_credential_id',
  // registry
  municipalitiesPrefectureName: 'uq_municipalities_prefecture_name',
  /** A unique index, not a constraint: a violation names it all the same. */
  municipalitiesLocalGovernmentCode: 'uq_municipalities_local_government_code',
  agreementPartiesMunicipality: 'fk_agreement_parties_municipality',
  agreementsSignedOnYear: 'ck_agreements_signed_on_year',
  // fairs
  fairsSlug: 'uq_fairs_slug',
  venuesHostName: 'uq_venues_host_name',
  roomsVenueName: 'uq_rooms_venue_name',
  // booths and applications
  boothsFairCode: 'uq_booths_fair_code',
  applicationsFairMunicipality: 'uq_applications_fair_municipality',
  applicationDaysPrimaryKey: 'pk_application_days',
  /** One holder per booth and day. */
  boothAssignmentsBoothDays: 'ex_booth_assignments_booth_days',
  /** One booth per application and day. */
  boothAssignmentsApplicationDays: 'ex_booth_assignments_application_days',
  // guests
  fairStagesFairName: 'uq_fair_stages_fair_name',
  /** A guest is in one place at a time. */
  appearancesGuest: 'ex_appearances_guest',
  /** A place that is not shared has one appearance at a time. */
  appearancesLocation: 'ex_appearances_location',
} as const;

export type ConstraintName = (typeof Constraint)[keyof typeof Constraint];
