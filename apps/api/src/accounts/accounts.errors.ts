import { ErrorCode } from '@bussanten/contracts';
import { PASSWORD_PROBLEM_TEXT, type PasswordProblem } from '@bussanten/domain';
import { DomainError } from '../common/domain-error';

export const invalidCredentials = () => new DomainError(ErrorCode.InvalidCredentials, 'Wrong e-mail address or password');

export const tooManyAttempts = () =>
  new DomainError(ErrorCode.TooManyAttempts, 'Too many failed sign-ins; wait a minute and try again');

export const weakPassword = (field: string, problem: PasswordProblem) =>
  new DomainError(ErrorCode.WeakPassword, `The password ${PASSWORD_PROBLEM_TEXT[problem]}`, [
    { field, rule: problem, message: `${field} ${PASSWORD_PROBLEM_TEXT[problem]}` },
  ]);

export const invitationInvalid = () =>
  new DomainError(ErrorCode.InvitationInvalid, 'This invitation link is unknown, used or expired; ask for a new one');

export const personNotFound = (id: string) => new DomainError(ErrorCode.PersonNotFound, `No person with id ${id}`);

export const sessionNotFound = (id: string) => new DomainError(ErrorCode.SessionNotFound, `No session ${id} of yours`);

export const forbidden = (message: string) => new DomainError(ErrorCode.Forbidden, message);

export const noMembership = () =>
  new DomainError(ErrorCode.NoMembership, 'This account holds no membership that gives access now: it was revoked, or its host was disabled');

export const membershipNotFound = (id: string) => new DomainError(ErrorCode.MembershipNotFound, `No membership ${id} of yours gives access now`);

export const alreadyMember = (email: string) =>
  new DomainError(ErrorCode.AlreadyMember, `${email} already holds this membership of your host`, [
    { field: 'email', rule: 'alreadyMember', message: `${email} already holds this membership` },
  ]);
