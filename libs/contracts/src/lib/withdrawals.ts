import type { ApplicationStatus } from './applications';

/** A booth an application held for some days of the fair ('YYYY-MM-DD', both days included). */
export interface HeldBooth {
  code: string;
  from: string;
  to: string;
}

/**
 * GET /api/fairs/:id/withdrawals: the fair's applications that are withdrawn or declined now, newest withdrawal
 * first. An application submitted again after its withdrawal is not listed.
 */
export interface FairWithdrawal {
  applicationId: string;
  municipality: { id: string; name: string; nameEn: string | null };
  /** 申込の取り下げ (withdrawn before a decision) or 出展辞退 (declined after acceptance). */
  status: 'withdrawn' | 'declined';
  /** When the municipality withdrew (an instant, ISO 8601). */
  withdrawnAt: string;
  /** Who withdrew it (the representative's display name), null when that account is gone. */
  withdrawnBy: string | null;
  /** The status the application had before (e.g. 'accepted' or only 'submitted'). */
  previousStatus: ApplicationStatus | null;
  /** The booths the withdrawal gave back; empty when it held none. */
  boothsFreed: HeldBooth[];
  /**
   * The public page still lists the municipality: the fair is visible and its latest release names
   * it as an exhibitor. True until the organizers publish again.
   */
  stillPublic: boolean;
}
