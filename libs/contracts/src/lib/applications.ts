export const ApplicationStatus = {
  /** Saved incomplete by the municipality: only its representatives see it; never reviewed, counted or mailed. */
  Draft: 'draft',
  Submitted: 'submitted',
  Accepted: 'accepted',
  Waitlisted: 'waitlisted',
  Rejected: 'rejected',
  /** 申込の取り下げ: the municipality withdrew before a decision (or while on the waitlist). */
  Withdrawn: 'withdrawn',
  /** 出展辞退: the municipality withdrew after it was accepted; any booth it held was freed. */
  Declined: 'declined',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];
export const APPLICATION_STATUSES = Object.values(ApplicationStatus);
/** The longest PR text (出展者からのひとこと) in either language, in characters. */
export const MAX_PR_TEXT_LENGTH = 400;

/** The statuses an organizer sees: every one but a municipality's draft. */
export const REVIEW_STATUSES: readonly Exclude<ApplicationStatus, 'draft'>[] = ['submitted', 'accepted', 'waitlisted', 'rejected', 'withdrawn', 'declined'];
/** The statuses a municipality leaves an application in by withdrawing it (申込の取り下げ and 出展辞退). */
export const WITHDRAWN_STATUSES: readonly ApplicationStatus[] = ['withdrawn', 'declined'];

/** The organizer's decisions on an application. */
export type Decision = 'accepted' | 'waitlisted' | 'rejected';
export const DECISIONS: readonly Decision[] = ['accepted', 'waitlisted', 'rejected'];

export const ProductCategory = {
  Seafood: 'seafood',
  Meat: 'meat',
  Produce: 'produce',
  Rice: 'rice',
  Sweets: 'sweets',
  Drinks: 'drinks',
  Alcohol: 'alcohol',
  Processed: 'processed',
  Crafts: 'crafts',
  Other: 'other',
} as const;
export type ProductCategory = (typeof ProductCategory)[keyof typeof ProductCategory];
export const PRODUCT_CATEGORIES = Object.values(ProductCategory);

export interface ProductInput {
  name: string;
  /** The name for English readers of the public page; absent or null: the Japanese name is shown. */
  nameEn?: string | null;
  category: ProductCategory;
  /** Price range in yen, tax included; either may be null when not known yet. */
  priceMin: number | null;
  priceMax: number | null;
  food: boolean;
  alcohol: boolean;
}

export interface BoothNeedsInput {
  /** Smallest booth area that works, in m²; null = any. */
  minAreaM2: number | null;
  /** Electric power needed in watts; 0 = none. */
  powerWatts: number;
  fridge: boolean;
  freezer: boolean;
  water: boolean;
  /** Cooking at the booth (調理): matched against booths marked 調理可. Absent = false. */
  cooking?: boolean;
}

export const PermitStatus = {
  /** A food-sale permit is held: number and issuing health centre are given. */
  Held: 'held',
  ToBeArranged: 'toBeArranged',
  NotNeeded: 'notNeeded',
} as const;
export type PermitStatus = (typeof PermitStatus)[keyof typeof PermitStatus];
export const PERMIT_STATUSES = Object.values(PermitStatus);

export interface PermitInput {
  status: PermitStatus;
  /** Required when status is 'held'. Private: never on a public route. */
  number: string | null;
  healthCentre: string | null;
}

/** A staff member at the booth. Private: only the municipality and the host's organizers see it. */
export interface StaffMember {
  name: string;
  phone: string;
}

/** POST /api/my/fairs/:fairId/application and PUT /api/my/applications/:id */
export interface ApplicationInput {
  /** Days attending, 'YYYY-MM-DD': any non-empty subset of the fair's open days. */
  days: string[];
  products: ProductInput[];
  needs: BoothNeedsInput;
  permit: PermitInput;
  staffCount: number;
  staff: StaffMember[];
  /** Load-in vehicle, e.g. '軽トラック 1台'. */
  vehicle: string | null;
  /** Load-in time on the first day attending, 'HH:MM' Japan time. */
  loadInTime: string | null;
  /** To the organizers only: never published. */
  note: string | null;
  /** For visitors (出展者からのひとこと): published on the public page once accepted; absent = none. */
  prText?: string | null;
  /** The same in English, for the English page; absent = none. */
  prTextEn?: string | null;
}

/** A product of a draft: the category may not be chosen yet. */
export interface DraftProductInput extends Omit<ProductInput, 'category'> {
  category: ProductCategory | null;
}

/**
 * PUT /api/my/fairs/:fairId/application/draft: the form saved incomplete. Only what cannot be stored
 * is refused (types, lengths); submitting it (POST …/application) applies every rule.
 */
export interface ApplicationDraftInput extends Omit<ApplicationInput, 'products' | 'permit' | 'staffCount'> {
  products: DraftProductInput[];
  permit: DraftPermitInput;
  staffCount: number | null;
}

/** A draft's permit: the status may not be chosen yet. */
export interface DraftPermitInput extends Omit<PermitInput, 'status'> {
  status: PermitStatus | null;
}

/** An earlier application of the municipality to another fair of the same host, to start a new one from (not its days). */
export interface PreviousApplication {
  applicationId: string;
  fairId: string;
  fairTitle: string;
  products: ProductInput[];
  needs: BoothNeedsInput;
  permit: PermitInput;
  staffCount: number;
  staff: StaffMember[];
  vehicle: string | null;
  note: string | null;
  prText: string | null;
  prTextEn: string | null;
}

/** GET /api/my/fairs/:fairId/previous-application: the latest earlier one, or null. */
export interface PreviousApplicationAnswer {
  previous: PreviousApplication | null;
}

/** A booth held by an application for an inclusive range of days. */
export interface Assignment {
  id: string;
  applicationId: string;
  boothId: string;
  boothCode: string;
  /** First and last day held, inclusive, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  /** The booth lacked a needed facility and the organizer placed it anyway. */
  overridden: boolean;
  /** Pinned by an organizer: an automatic proposal never moves it. */
  pinned: boolean;
  municipalityName: string;
}

/** A booth held for a run of days, as an exhibitor is told it (「配置を通知」). */
export interface NoticePlacement {
  booth: string;
  /** First and last day, 'YYYY-MM-DD', inclusive. */
  from: string;
  to: string;
}

/** One exhibitor whose booths or days differ from what the last notice told it. */
export interface PlacementNoticeItem {
  applicationId: string;
  municipalityName: string;
  before: NoticePlacement[];
  after: NoticePlacement[];
  /** Representatives who would get the mail (0: the municipality has no account with the host). */
  recipients: number;
}

/** GET /api/fairs/:id/placement-notice: what 「配置を通知」 would send now. */
export interface PlacementNoticePreview {
  /** The last notice, or null before the first. */
  lastSentAt: string | null;
  /** A published fair's exhibitors hear from the release notice instead: no placement notice. */
  published: boolean;
  items: PlacementNoticeItem[];
}

/** POST /api/fairs/:id/placement-notice: what was queued. */
export interface PlacementNoticeResult {
  sentAt: string;
  exhibitors: number;
  messages: number;
}

/** POST /api/applications/:id/assignments and PUT /api/assignments/:id */
export interface AssignmentInput {
  boothId: string;
  from: string;
  to: string;
  /** Place it even though the booth lacks a needed facility or area; recorded in the audit log. */
  override?: boolean;
}

export interface ApplicationSummary {
  id: string;
  fairId: string;
  fairTitle: string;
  municipality: { id: string; name: string; prefecture: string };
  status: ApplicationStatus;
  days: string[];
  needs: BoothNeedsInput;
  productNames: string[];
  /** Public label of the municipality's tie to the host, e.g. '災害協定、商店街イベント(目黒のさんま祭り)'. */
  tieLabel: string | null;
  assignments: Assignment[];
  /** An organizer entered it for the municipality (a paper or fax application); the municipality may have had no account then. */
  enteredByOrganizer: boolean;
  submittedAt: string;
  updatedAt: string;
}

/** A draft's permit status and staff count may still be blank (null); a submitted application's never are. */
export interface Application extends ApplicationSummary, Omit<ApplicationInput, 'products' | 'permit' | 'staffCount'> {
  products: DraftProductInput[];
  permit: DraftPermitInput;
  staffCount: number | null;
  prText: string | null;
  prTextEn: string | null;
  /** The organizer's message with the latest decision, shown to the municipality. */
  decisionMessage: string | null;
  /** Whether the municipality may still edit (window open, not withdrawn or rejected). */
  editable: boolean;
}

/**
 * GET /api/fairs/:id/entry-candidates: a municipality of the registry an organizer may enter an
 * application to the fair for (POST /api/fairs/:id/municipalities/:municipalityId/application).
 */
export interface EntryCandidate {
  id: string;
  name: string;
  prefectureCode: number;
  prefecture: string;
  /** Someone holds a live representative membership of it with this host (and gets its mails). */
  hasAccount: boolean;
  /** Its application to this fair (not withdrawn), if any: it cannot get another one. */
  applicationId: string | null;
}

/** GET /api/fairs/:id/entry-candidates query: without q, the host's partners and earlier exhibitors. */
export interface EntryCandidateQuery {
  q?: string;
}

/** GET /api/fairs/:id/applications query */
export interface ApplicationFilter {
  status?: ApplicationStatus;
  /** Search in municipality name, reading and products. */
  q?: string;
  /** Only applications that need this facility. */
  needs?: 'fridge' | 'freezer' | 'water' | 'power';
  /** Only accepted applications without a booth on some day they attend. */
  unassigned?: boolean;
}

/** POST /api/applications/:id/decision */
export interface DecisionInput {
  status: Decision;
  /** Sent to the municipality with the decision. */
  message?: string | null;
}

/** POST /api/fairs/:id/applications/decisions: all or nothing. */
export interface BulkDecisionInput extends DecisionInput {
  applicationIds: string[];
}

/** PUT /api/applications/:id/tie */
export interface TieLabelInput {
  tieLabel: string | null;
}

export interface ApplicationEvent {
  at: string;
  actorName: string | null;
  action: string;
  status: ApplicationStatus | null;
  message: string | null;
}

/** A fair as a representative sees it: enough to apply, nothing internal. */
export interface FairForApplicants {
  id: string;
  title: string;
  titleEn: string | null;
  venueName: string;
  roomName: string;
  days: { date: string; opens: string | null; closes: string | null; holiday: { name: string; nameEn: string } | null }[];
  applicationsOpenAt: string | null;
  applicationsCloseAt: string | null;
  /** True while the window is open and the fair accepts applications. */
  open: boolean;
  /** This municipality's application to the fair, if any. */
  myApplicationId: string | null;
  /** Proposed tie label from the registry's agreements with the host. */
  proposedTieLabel: string | null;
}

/** The host's contact for exhibitors, set by its organizers; every field may be blank. */
export interface HostContact {
  contactEmail: string | null;
  contactPhone: string | null;
  contactNote: string | null;
}

/** PUT /api/host/contact */
export type HostContactInput = HostContact;

/**
 * The sites that may show the host's fair widget (/embed/f/:slug) in an <iframe>: origins such as
 * 'https://www.city.example.jp' (scheme, host and port only; http:// only for localhost), at most 20.
 * None by default: then no site may frame it.
 */
export interface HostEmbedOrigins {
  origins: string[];
}

/** PUT /api/host/embed-origins: each origin is normalised and repeats are merged. */
export type HostEmbedOriginsInput = HostEmbedOrigins;

/** A booth on the exhibitor's map: where it is, and whether it is one of its own. Nothing of other exhibitors. */
export interface GuideBooth {
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  mine: boolean;
}

/**
 * GET /api/my/applications/:id/guide: what a representative needs once the application is in: its
 * booths on the room's plan, its days with hours and booth, the window's close, the public page, the host's contact.
 */
export interface ExhibitorGuide {
  applicationId: string;
  fairTitle: string;
  venueName: string;
  roomName: string;
  /** The room's size in metres, for the plan. */
  plan: { widthM: number; depthM: number; booths: GuideBooth[] };
  days: { date: string; opens: string | null; closes: string | null; boothCodes: string[] }[];
  applicationsCloseAt: string | null;
  /** The fair's public page, once published; null before. */
  publicUrl: string | null;
  host: { name: string; nameEn: string | null } & HostContact;
}
