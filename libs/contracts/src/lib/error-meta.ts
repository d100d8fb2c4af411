import { APPLICATION_STATUSES, type ApplicationStatus } from './applications';
import type { ApiErrorBody, ApiErrorDetail, ErrorCode } from './errors';
import type { DayConflictApplication, DayConflictVisit } from './fair-day-changes';
import type { SignInStep } from './factors';
import { FAIR_STATUSES, type FairStatus, type Room } from './fairs';
import { WEBHOOK_ADDRESS_REASONS, type WebhookAddressReason } from './webhooks';

/*
 * What an error detail's `meta` holds. On the wire it is any JSON object (ApiErrorDetail.meta); here
 * is the shape of each one the API sends. Most are told by the detail's rule (ErrorMetaByRule); the
 * few codes whose rule varies or means something else elsewhere are told by the code (ErrorMetaByCode).
 * The API builds them with `metaDetail` / `codeMetaDetail` (a wrong or missing key does not compile),
 * the web reads them with `metaOf` / `codeMetaOf` / `codeMetasOf`, which check the meta's shape
 * (META_BY_RULE, META_BY_CODE, tied to the types by the compiler): a meta of another shape (from
 * another version of the API, during a rolling update) is treated as absent, whole.
 */

/** An appearance in the way of another: who, where and when (guestBusy, locationBusy). */
export interface AppearanceClashMeta {
  appearanceId: string;
  guestName: string;
  fairTitle: string;
  date: string;
  start: string;
  end: string;
  locationLabel: string;
}

/** zxcvbn's estimate of a weak password: its score (0–4; minScore needed) and its feedback as keys. */
export interface WeakPasswordMeta {
  score: number;
  minScore: number;
  warning: string | null;
  suggestions: string[];
}

/** A facility a booth lacks for an application's needs (area in m², power in W). */
export type MissingFacilityMeta =
  | { facility: 'area'; needed: number; available: number }
  | { facility: 'power'; needed: number; available: number }
  | { facility: 'fridge' | 'freezer' | 'water' | 'cooking' };

/** details[].meta by the detail's rule: the same shape under every code that uses the rule. */
export interface ErrorMetaByRule {
  // registry
  /** 409 MUNICIPALITY_IS_PARTY: the caller's agreements the municipality is party to, and how many other hosts' agreements. */
  isParty: { agreements: { id: string; title: string }[]; otherHostsAgreements: number };
  /** 409 CONFLICT deleting a municipality: what still refers to it, counted. */
  hasApplications: { applications: number };
  hasAccounts: { accounts: number };
  sendsGuests: { guests: number };
  // fairs
  /** 409 FAIR_STATUS_TRANSITION. */
  transition: { from: FairStatus; to: FairStatus; allowed: readonly FairStatus[] };
  /** 409 FAIR_NOT_EMPTY. */
  notDraft: { status: FairStatus; applications: number; booths: number };
  /** 409 FAIR_DAY_IN_USE. */
  applicationAttends: DayConflictApplication;
  visitOutsideHours: DayConflictVisit;
  /** Importing a fair document: what the registry lacks, what the document does not have. */
  unknownMunicipality: { prefectureCode: number; name: string };
  unknownProgramme: { name: string };
  unknownBooth: { code: string };
  unknownStage: { name: string };
  unknownDay: { date: string };
  /** 400 UNSUPPORTED_DOCUMENT: the format and version the document said it has (any JSON). */
  supported: { format: unknown; version: unknown };
  // publishing
  notPublishable: { status: FairStatus };
  privateAddress: { reason: WebhookAddressReason };
  maxWebhooks: { max: number };
  // booths and assignments
  /** 409 BOOTH_IN_USE: who holds the booth. */
  boothInUse: { holders: { municipalityName: string; from: string; to: string }[] };
  /** A booth or guest that guests' appearances still refer to. */
  hasAppearances: { appearances: number };
  planNotEmpty: { booths: number };
  /** A booth past a wall (the room's width or depth, 0 for the left and top walls), or booths a copied plan would leave outside the room. */
  insideRoom: { limit: number } | { codes: string[]; room: Room };
  overlapsBooth: { code: string };
  /** A booth code taken (DUPLICATE_BOOTH_CODE); other `unique` details carry no meta. */
  unique: { code: string };
  /** 409 BOOTH_TAKEN: one detail per holder in the way. */
  boothTaken: { holder: string; applicationId: string; from: string; to: string };
  /** 422 BOOTH_LACKS_FACILITIES: one detail per facility. */
  missingFacility: MissingFacilityMeta;
  notAccepted: { status: ApplicationStatus };
  stale: { municipalityName: string };
  pinned: { municipalityName: string };
  // applications
  decision: { applicationId: string };
  alreadyApplied: { applicationId: string };
  notEditable: { status: ApplicationStatus };
  boothHeld: { days: string[] };
  fairDay: { date: string };
  closedDay: { date: string };
  notAttending: { days: string[] };
  // guests and appearances
  maxSize: { maxBytes: number };
  imageTooLarge: { width: number | undefined; height: number | undefined; maxPixels: number };
  notFairDay: { date: string };
  /** The day's hours; attemptedStart names which of several repeated starts it is about. */
  outsideHours: { date: string; opens: string | null; closes: string | null; attemptedStart?: string };
  guestBusy: AppearanceClashMeta & { travelBufferMinutes: number; attemptedStart?: string };
  locationBusy: AppearanceClashMeta & { attemptedStart?: string };
  /** Warnings of an appearance (AppearanceWarning), not refusals. */
  exhibitorAbsent: { booth: string; date: string };
  nearClosing: { closes: string };
}

/** details[].meta by the error's code, for codes whose every detail carries the same meta whatever its rule. */
export interface ErrorMetaByCode {
  /** 400: zxcvbn's estimate, when the password was estimated (its rule is the problem: weak, tooShort, containsEmail). */
  WEAK_PASSWORD: WeakPasswordMeta;
  /** 401: the step the session waits for (also each detail's rule); 'signIn' when it is not signed in at all. */
  SIGN_IN_INCOMPLETE: { pending: SignInStep | 'signIn' };
  /** 429: the wait, also in Retry-After (the rule says which limit was reached). */
  TOO_MANY_ATTEMPTS: { retryAfterSeconds: number };
  /** 401: wrong codes the waiting session may still send before it ends (absent when not limited). */
  SECOND_FACTOR_INVALID: { attemptsLeft: number };
}

export type MetaRule = keyof ErrorMetaByRule;
export type MetaCode = keyof ErrorMetaByCode & ErrorCode;

/** Tells whether a value from the network has type T. */
export type Guard<T> = (value: unknown) => value is T;

const str: Guard<string> = (v): v is string => typeof v === 'string';
const num: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
const bool: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
const anything: Guard<unknown> = (_v): _v is unknown => true;
const nullable =
  <T>(g: Guard<T>): Guard<T | null> =>
  (v): v is T | null =>
    v === null || g(v);
const optional =
  <T>(g: Guard<T>): Guard<T | undefined> =>
  (v): v is T | undefined =>
    v === undefined || g(v);
const oneOf =
  <T extends string>(values: readonly T[]): Guard<T> =>
  (v): v is T =>
    (values as readonly unknown[]).includes(v);
const arrayOf =
  <T>(g: Guard<T>): Guard<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every(g);
const either =
  <A, B>(a: Guard<A>, b: Guard<B>): Guard<A | B> =>
  (v): v is A | B =>
    a(v) || b(v);
type Shape = Record<string, Guard<unknown>>;
type OfShape<S extends Shape> = { [K in keyof S]: S[K] extends Guard<infer T> ? T : never };
/** An object with (at least) these keys, each of its guard's type. */
const shape =
  <S extends Shape>(s: S): Guard<OfShape<S>> =>
  (v): v is OfShape<S> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(s).every(([k, g]) => g((v as Record<string, unknown>)[k]));

const range = { from: str, to: str };
const clash = { appearanceId: str, guestName: str, fairTitle: str, date: str, start: str, end: str, locationLabel: str };
const dateOnly = shape({ date: str });
const nameOnly = shape({ name: str });
const codeOnly = shape({ code: str });
const applicationIdOnly = shape({ applicationId: str });
const municipalityNameOnly = shape({ municipalityName: str });
const fairStatus = oneOf(FAIR_STATUSES);
const applicationStatus = oneOf(APPLICATION_STATUSES);
const dayConflictApplication: Guard<DayConflictApplication> = shape({
  kind: oneOf(['application'] as const),
  applicationId: str,
  municipalityName: str,
  municipalityNameEn: nullable(str),
  days: arrayOf(str),
  holdings: arrayOf(shape({ boothCode: str, ...range, after: arrayOf(shape(range)) })),
  leftWithoutDays: bool,
});
const dayConflictVisit: Guard<DayConflictVisit> = shape({
  kind: oneOf(['visit'] as const),
  appearanceId: str,
  guestName: str,
  guestNameEn: nullable(str),
  date: str,
  start: str,
  end: str,
  reason: oneOf(['removed', 'closed', 'outsideHours'] as const),
  opens: nullable(str),
  closes: nullable(str),
});
const missingFacility: Guard<MissingFacilityMeta> = either(
  shape({ facility: oneOf(['area', 'power'] as const), needed: num, available: num }),
  shape({ facility: oneOf(['fridge', 'freezer', 'water', 'cooking'] as const) }),
);

/** The shape of each rule's meta, checked at run time; the compiler checks each against ErrorMetaByRule. */
export const META_BY_RULE: { readonly [R in MetaRule]: Guard<ErrorMetaByRule[R]> } = {
  isParty: shape({ agreements: arrayOf(shape({ id: str, title: str })), otherHostsAgreements: num }),
  hasApplications: shape({ applications: num }),
  hasAccounts: shape({ accounts: num }),
  sendsGuests: shape({ guests: num }),
  transition: shape({ from: fairStatus, to: fairStatus, allowed: arrayOf(fairStatus) }),
  notDraft: shape({ status: fairStatus, applications: num, booths: num }),
  applicationAttends: dayConflictApplication,
  visitOutsideHours: dayConflictVisit,
  unknownMunicipality: shape({ prefectureCode: num, name: str }),
  unknownProgramme: nameOnly,
  unknownBooth: codeOnly,
  unknownStage: nameOnly,
  unknownDay: dateOnly,
  supported: shape({ format: anything, version: anything }),
  notPublishable: shape({ status: fairStatus }),
  privateAddress: shape({ reason: oneOf(WEBHOOK_ADDRESS_REASONS) }),
  maxWebhooks: shape({ max: num }),
  boothInUse: shape({ holders: arrayOf(shape({ municipalityName: str, ...range })) }),
  hasAppearances: shape({ appearances: num }),
  planNotEmpty: shape({ booths: num }),
  insideRoom: either(shape({ limit: num }), shape({ codes: arrayOf(str), room: shape({ id: str, name: str, widthM: num, depthM: num }) })),
  overlapsBooth: codeOnly,
  unique: codeOnly,
  boothTaken: shape({ holder: str, applicationId: str, ...range }),
  missingFacility,
  notAccepted: shape({ status: applicationStatus }),
  stale: municipalityNameOnly,
  pinned: municipalityNameOnly,
  decision: applicationIdOnly,
  alreadyApplied: applicationIdOnly,
  notEditable: shape({ status: applicationStatus }),
  boothHeld: shape({ days: arrayOf(str) }),
  fairDay: dateOnly,
  closedDay: dateOnly,
  notAttending: shape({ days: arrayOf(str) }),
  maxSize: shape({ maxBytes: num }),
  imageTooLarge: shape({ width: optional(num), height: optional(num), maxPixels: num }),
  notFairDay: dateOnly,
  outsideHours: shape({ date: str, opens: nullable(str), closes: nullable(str), attemptedStart: optional(str) }),
  guestBusy: shape({ ...clash, travelBufferMinutes: num, attemptedStart: optional(str) }),
  locationBusy: shape({ ...clash, attemptedStart: optional(str) }),
  exhibitorAbsent: shape({ booth: str, date: str }),
  nearClosing: shape({ closes: str }),
};

/** The shape of each code's meta, checked at run time (see META_BY_RULE). */
export const META_BY_CODE: { readonly [C in MetaCode]: Guard<ErrorMetaByCode[C]> } = {
  WEAK_PASSWORD: shape({ score: num, minScore: num, warning: nullable(str), suggestions: arrayOf(str) }),
  SIGN_IN_INCOMPLETE: shape({ pending: oneOf(['secondFactor', 'enrol', 'signIn'] as const) }),
  TOO_MANY_ATTEMPTS: shape({ retryAfterSeconds: num }),
  SECOND_FACTOR_INVALID: shape({ attemptsLeft: num }),
};

/** A detail of a rule that carries meta, with its meta typed. */
export interface DetailWithMeta<R extends MetaRule> extends ApiErrorDetail {
  rule: R;
  meta: ErrorMetaByRule[R] & Record<string, unknown>;
}

/** Builds a detail of a rule that carries meta; the meta must have that rule's shape. */
export function metaDetail<R extends MetaRule>(field: string, rule: R, message: string, meta: ErrorMetaByRule[R]): DetailWithMeta<R> {
  return { field, rule, message, meta: meta as DetailWithMeta<R>['meta'] };
}

/** Builds a detail of an error whose code tells its meta (ErrorMetaByCode). */
export function codeMetaDetail<C extends MetaCode>(_code: C, field: string, rule: string, message: string, meta: ErrorMetaByCode[C]): ApiErrorDetail {
  return { field, rule, message, meta: meta as ErrorMetaByCode[C] & Record<string, unknown> };
}

/** What carries a meta: an error detail, or an appearance's warning. */
export type MetaCarrier = Pick<ApiErrorDetail, 'rule' | 'meta'>;

/** True when `detail` is of `rule` and carries a meta of that rule's shape. */
export function hasMeta<R extends MetaRule, D extends MetaCarrier>(
  detail: D,
  rule: R,
): detail is D & { rule: R; meta: ErrorMetaByRule[R] & Record<string, unknown> } {
  const guard: Guard<ErrorMetaByRule[R]> = META_BY_RULE[rule];
  return detail.rule === rule && guard(detail.meta);
}

/** The meta of `detail` when it is of `rule` and carries one of that rule's shape; otherwise null. */
export function metaOf<R extends MetaRule>(detail: MetaCarrier, rule: R): ErrorMetaByRule[R] | null {
  return hasMeta(detail, rule) ? detail.meta : null;
}

/**
 * The meta of `detail`, one of an error of `code` (the caller knows: from the body's code, or from a
 * rule only that code uses, like a password's 'weak'); null when it carries none of that code's shape.
 */
export function codeMetaOf<C extends MetaCode>(detail: MetaCarrier, code: C): ErrorMetaByCode[C] | null {
  const guard: Guard<ErrorMetaByCode[C]> = META_BY_CODE[code];
  return guard(detail.meta) ? detail.meta : null;
}

/** The metas of the details of `body` when it is an error of `code`, in order (details without meta are left out). */
export function codeMetasOf<C extends MetaCode>(body: ApiErrorBody | null | undefined, code: C): ErrorMetaByCode[C][] {
  if (!body || body.code !== code) return [];
  return body.details.flatMap((d) => {
    const meta = codeMetaOf(d, code);
    return meta ? [meta] : [];
  });
}
