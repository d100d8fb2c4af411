import type { FormEvent, RefObject } from 'react';
import type { ApiErrorDetail } from '@bussanten/contracts';

/** What a record form's submit says, as useRecordForm gives it: SubmissionSummary and the fields read it. */
export interface FormSubmission {
  /** The problems to show: the form's own, or the server's after a refused save. */
  details: ApiErrorDetail[];
  setDetails: (change: (details: ApiErrorDetail[]) => ApiErrorDetail[]) => void;
  /** The server's refusal or a network failure; null after the form's own checks fail. */
  failure: unknown;
  saving: boolean;
  /** Failed submits so far; the summary shows only once the user has tried. */
  attempts: number;
  summaryRef: RefObject<HTMLDivElement | null>;
  byField: Record<string, string[]>;
  onSubmit: (e: FormEvent) => void;
}
