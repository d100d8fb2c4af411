import type { ApplicationInput, ApplicationStatus } from './applications';
import type { BoothInput } from './booths';
import type { FairDayInput, FairStatus } from './fairs';
import type { AppearanceStatus, GuestKind } from './guests';

/**
 * One fair as a self-contained JSON document: GET /api/fairs/:id/export writes it, POST
 * /api/fairs/import reads it back as a new fair. Nothing in it is a database id: parts of the fair
 * refer to each other by their codes and names (booth code, stage name, the applicant municipality),
 * and things outside the fair by stable natural keys (a municipality by prefecture code + name, the
 * programme and the venue by name, people by e-mail).
 *
 * Table by table (every table of the migrations):
 * - in the document, as the fair's own: fairs, fair_days, fair_stages, booths, applications,
 *   application_days, application_events (the history), booth_assignments, appearances;
 * - in the document, by what the fair uses of them: venues and rooms (name, address, size; the
 *   import finds the host's venue and room of that name or creates them), guests (those appearing
 *   at this fair; the import creates them anew for the importing host, because the same guest
 *   cannot be at two fairs at one moment);
 * - named only by natural key, never created: municipalities (prefecture code + name, which are
 *   unique together and always present, unlike the optional local government code), programmes
 *   (name), users (e-mail; an unknown one leaves the attribution empty);
 * - not in the document: releases and public_listings (what the public saw, with its changelog;
 *   the imported fair is not public until it is published where it now lives, which also fixes its
 *   iCal UID domain, fairs.ical_uid_domain), install (the install's own id), audit_log (who did what on the old
 *   install; the import writes its own entry), outbox_messages and webhooks/webhook_deliveries
 *   (mail and events already sent or due there, and host settings), agreements, agreement_parties
 *   and agreement_kinds (the registry; an application keeps its tie label as text), hosts (the
 *   importing organizer's host owns the new fair), sessions, sign_in_failures and invitations
 *   (accounts), and guests' photos (files, not rows; upload them again).
 */
export const FAIR_DOCUMENT_FORMAT = 'bussanten-fair';
export const FAIR_DOCUMENT_VERSION = 1;

/** A municipality of the registry by its natural key (unique together); 岩手県 is 3. */
export interface MunicipalityKey {
  prefectureCode: number;
  name: string;
}

export interface FairDocument {
  format: typeof FAIR_DOCUMENT_FORMAT;
  version: typeof FAIR_DOCUMENT_VERSION;
  exportedAt: string;
  fair: FairDocumentFair;
}

export interface FairDocumentFair {
  slug: string;
  title: string;
  titleEn: string | null;
  description: string | null;
  status: FairStatus;
  /** The registry's programme (特別区全国連携プロジェクト) by name, or null. */
  programme: string | null;
  /** The floor plan and products are invented sample data (the demo fair): the UI says so. */
  samplePlan: boolean;
  applicationsOpenAt: string | null;
  applicationsCloseAt: string | null;
  /** The host's venue and room by name; the import uses them, or creates them when missing. */
  venue: { name: string; address: string };
  room: { name: string; widthM: number; depthM: number };
  days: FairDayInput[];
  stages: FairDocumentStage[];
  booths: FairDocumentBooth[];
  applications: FairDocumentApplication[];
  /** The guests appearing at this fair, each with its appearances here. */
  guests: FairDocumentGuest[];
}

export interface FairDocumentStage {
  name: string;
  nameEn: string | null;
  shared: boolean;
}

/**
 * A booth as the floor plan takes it; the footfall (`prime`) and the zone (null for none) are always
 * written. Documents written before zones existed have no `zone`: read as none.
 */
export interface FairDocumentBooth extends Required<Omit<BoothInput, 'zone'>> {
  zone?: string | null;
}

/** What the representative entered (ApplicationInput), and what became of it. */
export interface FairDocumentApplication extends ApplicationInput {
  /** One application per municipality and fair: this also names the application within the document. */
  municipality: MunicipalityKey;
  status: ApplicationStatus;
  tieLabel: string | null;
  decisionMessage: string | null;
  /** E-mail of the representative who submitted it; on import, linked if that account exists. */
  submittedBy: string | null;
  submittedAt: string;
  assignments: FairDocumentAssignment[];
  history: FairDocumentEvent[];
}

export interface FairDocumentAssignment {
  booth: string;
  from: string;
  to: string;
  pinned: boolean;
  overridden: boolean;
  createdBy: string | null;
}

export interface FairDocumentEvent {
  at: string;
  actor: string | null;
  action: string;
  status: ApplicationStatus | null;
  message: string | null;
}

export interface FairDocumentGuest {
  name: string;
  nameEn: string | null;
  kind: GuestKind;
  ownerMunicipality: MunicipalityKey | null;
  profile: string | null;
  profileEn: string | null;
  contact: string | null;
  travelBufferMinutes: number;
  appearances: FairDocumentAppearance[];
}

export type FairDocumentLocation = { kind: 'venue' } | { kind: 'stage'; stage: string } | { kind: 'booth'; booth: string };

export interface FairDocumentAppearance {
  startsAt: string;
  endsAt: string;
  approximate: boolean;
  location: FairDocumentLocation;
  status: AppearanceStatus;
  publicNote: string | null;
}

/** POST /api/fairs/import?slug=… : the new fair's address, when not the document's own. */
export interface FairImportQuery {
  slug?: string;
}
