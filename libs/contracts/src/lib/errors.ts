/**
 * Every API error has this body. `code` is stable and is what clients translate;
 * `message` is English for logs and developers; `details` names each bad field.
 */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details: ApiErrorDetail[];
  /** Present on 500s so a user can quote it and an operator can find the log line (the request id). */
  correlationId?: string;
  /** The request's id (also the X-Request-Id response header), on every error the API answers. */
  requestId?: string;
}

export interface ApiErrorDetail {
  /** Dotted path of the offending field, e.g. `parties.0.municipalityId`. Empty for whole-request problems. */
  field: string;
  /** Machine-readable rule that failed, e.g. `min`, `maxLength`, `whitelist`, `unknownMunicipality`. */
  rule: string;
  message: string;
  /** Extra facts for the UI to show, e.g. the agreements that block a deletion: shaped per rule or code, see error-meta.ts. */
  meta?: Record<string, unknown>;
}

export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  InvalidJson: 'INVALID_JSON',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  NotFound: 'NOT_FOUND',
  MunicipalityNotFound: 'MUNICIPALITY_NOT_FOUND',
  AgreementNotFound: 'AGREEMENT_NOT_FOUND',
  UnknownMunicipality: 'UNKNOWN_MUNICIPALITY',
  MunicipalityIsParty: 'MUNICIPALITY_IS_PARTY',
  DuplicateMunicipality: 'DUPLICATE_MUNICIPALITY',
  Conflict: 'CONFLICT',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  Unauthenticated: 'UNAUTHENTICATED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
  Forbidden: 'FORBIDDEN',
  CsrfFailed: 'CSRF_FAILED',
  WeakPassword: 'WEAK_PASSWORD',
  InvitationInvalid: 'INVITATION_INVALID',
  /** A password-reset link that is unknown, used or expired. */
  PasswordResetInvalid: 'PASSWORD_RESET_INVALID',
  EmailTaken: 'EMAIL_TAKEN',
  PersonNotFound: 'PERSON_NOT_FOUND',
  FairNotFound: 'FAIR_NOT_FOUND',
  RoomNotFound: 'ROOM_NOT_FOUND',
  DuplicateSlug: 'DUPLICATE_SLUG',
  VenueNotFound: 'VENUE_NOT_FOUND',
  /** A well-formed postal code Japan Post does not list. */
  PostalCodeNotFound: 'POSTAL_CODE_NOT_FOUND',
  FairStatusTransition: 'FAIR_STATUS_TRANSITION',
  FairDayInUse: 'FAIR_DAY_IN_USE',
  FairNotEmpty: 'FAIR_NOT_EMPTY',
  BoothNotFound: 'BOOTH_NOT_FOUND',
  DuplicateBoothCode: 'DUPLICATE_BOOTH_CODE',
  BoothInUse: 'BOOTH_IN_USE',
  PlanNotEmpty: 'PLAN_NOT_EMPTY',
  ApplicationNotFound: 'APPLICATION_NOT_FOUND',
  ApplicationsClosed: 'APPLICATIONS_CLOSED',
  AlreadyApplied: 'ALREADY_APPLIED',
  /** An organizer entering an application for a municipality that has one to the fair already (or its own draft). */
  MunicipalityAlreadyApplied: 'MUNICIPALITY_ALREADY_APPLIED',
  ApplicationNotEditable: 'APPLICATION_NOT_EDITABLE',
  ApplicationNotAccepted: 'APPLICATION_NOT_ACCEPTED',
  AssignmentNotFound: 'ASSIGNMENT_NOT_FOUND',
  BoothTaken: 'BOOTH_TAKEN',
  BoothLacksFacilities: 'BOOTH_LACKS_FACILITIES',
  AssignmentPinned: 'ASSIGNMENT_PINNED',
  ProposalStale: 'PROPOSAL_STALE',
  /** The proposal's solve took longer than the API allows (it is stopped): a fair too large for the limit. */
  ProposalTimeout: 'PROPOSAL_TIMEOUT',
  /** Too many proposals already wait for the process's solver: try again in a moment (Retry-After). */
  ProposalBusy: 'PROPOSAL_BUSY',
  /** 「配置を通知」 on a fair already published: its release notices tell exhibitors. */
  FairAlreadyPublished: 'FAIR_ALREADY_PUBLISHED',
  GuestNotFound: 'GUEST_NOT_FOUND',
  GuestInUse: 'GUEST_IN_USE',
  StageNotFound: 'STAGE_NOT_FOUND',
  AppearanceNotFound: 'APPEARANCE_NOT_FOUND',
  AppearanceConflict: 'APPEARANCE_CONFLICT',
  UnsupportedImage: 'UNSUPPORTED_IMAGE',
  /** A fair document of another format or version than this install reads. */
  UnsupportedDocument: 'UNSUPPORTED_DOCUMENT',
  /** A fair document names municipalities (or a programme) the registry does not have. */
  UnknownReference: 'UNKNOWN_REFERENCE',
  /** A fair document refers within itself to what it does not contain (a booth code, a stage, a day). */
  InconsistentDocument: 'INCONSISTENT_DOCUMENT',
  /** A membership (organizer or representative of a host) the caller may not see, or none. */
  MembershipNotFound: 'MEMBERSHIP_NOT_FOUND',
  /** None of the caller's own sessions has this id (another person's session is not told apart). */
  SessionNotFound: 'SESSION_NOT_FOUND',
  /** The person already holds this membership (same host, role and municipality). */
  AlreadyMember: 'ALREADY_MEMBER',
  /** Signing in to an account that holds no membership that is not revoked or of a disabled host. */
  NoMembership: 'NO_MEMBERSHIP',
  HostNotFound: 'HOST_NOT_FOUND',
  DuplicateHost: 'DUPLICATE_HOST',
  /** A field of a municipality on the official list (name, reading, code, prefecture, kind) that hosts may not change. */
  ListedMunicipalityField: 'LISTED_MUNICIPALITY_FIELD',
  /** A change in a municipality's shared history that does not exist or cannot be reverted. */
  MunicipalityChangeNotFound: 'MUNICIPALITY_CHANGE_NOT_FOUND',
  /** A public route of a fair whose publication its organizer stopped (公開停止): 410 Gone. */
  FairNotPublic: 'FAIR_NOT_PUBLIC',
  /** 公開再開 of a fair that has no release to show: publish first. */
  FairNeverPublished: 'FAIR_NEVER_PUBLISHED',
  /** The session waits for its second step (a second factor, or enrolling one): only that step's routes answer. */
  SignInIncomplete: 'SIGN_IN_INCOMPLETE',
  /** A wrong or used TOTP code, recovery code or passkey. */
  SecondFactorInvalid: 'SECOND_FACTOR_INVALID',
  /** A second-factor step asked of a session that is not waiting for it (or a factor route of a session that must first finish it). */
  SignInStepNotPending: 'SIGN_IN_STEP_NOT_PENDING',
  /** Removing the last second factor while a host of the person's organizer memberships requires one. */
  FactorRequired: 'FACTOR_REQUIRED',
  /** Confirming TOTP without a setup in progress, or setting it up while it is on. */
  TotpState: 'TOTP_STATE',
  PasskeyNotFound: 'PASSKEY_NOT_FOUND',
  /** A passkey name the person already uses. */
  DuplicatePasskeyName: 'DUPLICATE_PASSKEY_NAME',
  /** A day's sales the organizer confirmed: only an organizer changes them now. */
  SalesDayConfirmed: 'SALES_DAY_CONFIRMED',
  /** Confirming (or entering for an exhibitor) a fair day that has not closed yet. */
  SalesDayNotClosed: 'SALES_DAY_NOT_CLOSED',
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
