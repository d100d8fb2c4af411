/**
 * PUT /api/fairs/:id with days that close, remove or shorten a day someone plans around. Without
 * `cascade` (or with the part that applies left false) the API answers 409 FAIR_DAY_IN_USE and writes
 * nothing; its `details` name each application (rule `applicationAttends`, meta DayConflictApplication)
 * and each guest visit (rule `visitOutsideHours`, meta DayConflictVisit) in the way.
 */
export interface FairDayCascade {
  /**
   * Take the closed or removed days out of the applications attending them. A booth holding across
   * such a day is split into the days before and after it (2/17–2/21 without 2/19 becomes 2/17–2/18
   * and 2/20–2/21), shrunk, or deleted when no open day is left in it. An application left with no
   * day at all is kept, with no days, and its representatives' mail says so: only the organizer's
   * decision (or the municipality's withdrawal) ends an application.
   */
  dropApplicationDays?: boolean;
  /** Cancel the guest visits (appearances) on a closed or removed day or outside a day's new hours. */
  cancelVisits?: boolean;
}

/** details[].meta of a 409 FAIR_DAY_IN_USE for an application attending a closed or removed day. */
export interface DayConflictApplication {
  kind: 'application';
  applicationId: string;
  municipalityName: string;
  municipalityNameEn: string | null;
  /** The attended days the edit takes away. */
  days: string[];
  /** Its booth holdings the cascade would change: `after` empty means deleted. */
  holdings: { boothCode: string; from: string; to: string; after: { from: string; to: string }[] }[];
  /** True when the application would be left attending no day. */
  leftWithoutDays: boolean;
}

/** details[].meta of a 409 FAIR_DAY_IN_USE for a guest visit the edit strands. */
export interface DayConflictVisit {
  kind: 'visit';
  appearanceId: string;
  guestName: string;
  guestNameEn: string | null;
  /** Japan date and times of the visit. */
  date: string;
  start: string;
  end: string;
  /** 'removed' or 'closed' day, or 'outsideHours' of a day that stays open (its new `opens`–`closes`). */
  reason: 'removed' | 'closed' | 'outsideHours';
  opens: string | null;
  closes: string | null;
}
