import { ErrorCode, metaDetail, type ApplicationInput, type ApplicationStatus, type FairDayInput } from '@bussanten/contracts';
import { applicationDetailProblems, attendanceProblems } from '@bussanten/domain';
import { DomainError, validationFailed } from '../common/domain-error';

export const applicationNotFound = (id: string) => new DomainError(ErrorCode.ApplicationNotFound, `No application with id ${id}`);

/** The checks no decorator can make: days of this fair and open, prices, permit, staff. */
export function checkApplication(input: ApplicationInput, fairDays: FairDayInput[]): void {
  const problems = [...attendanceProblems(input.days, fairDays), ...applicationDetailProblems(input)];
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
