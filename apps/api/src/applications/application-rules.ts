import { ErrorCode, metaDetail, type ApplicationDraftInput, type ApplicationInput, type ApplicationStatus, type FairDayInput } from '@bussanten/contracts';
import { applicationDetailProblems, attendanceProblems } from '@bussanten/domain';
import { DomainError, validationFailed } from '../common/domain-error';

export const applicationNotFound = (id: string) => new DomainError(ErrorCode.ApplicationNotFound, `No application with id ${id}`);

/** The checks no decorator can make: days of this fair and open, prices, permit, staff. */
export function checkApplication(input: ApplicationInput, fairDays: FairDayInput[]): void {
  const problems = [...attendanceProblems(input.days, fairDays), ...applicationDetailProblems(input)];
  if (problems.length) throw validationFailed(problems);
}

/**
 * A draft is refused only what could not be stored: a day twice, or a date the fair does not have
 * (application_days points at the fair's days). Closed days, missing fields and the cross-field rules
 * wait for submission.
 */
export function checkDraft(input: ApplicationDraftInput, fairDays: FairDayInput[]): void {
  const problems = attendanceProblems(input.days, fairDays).filter((p) => p.rule === 'unique' || p.rule === 'fairDay');
  if (problems.length) throw validationFailed(problems);
}

export function applicationsClosed(): DomainError {
  return new DomainError(ErrorCode.ApplicationsClosed, 'The fair does not take applications now', [
    { field: '', rule: 'windowClosed', message: 'outside the application window' },
  ]);
}

export function notEditable(status: ApplicationStatus, why: string): DomainError {
  return new DomainError(ErrorCode.ApplicationNotEditable, why, [metaDetail('', 'notEditable', why, { status })]);
}
