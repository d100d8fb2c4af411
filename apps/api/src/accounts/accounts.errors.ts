import { codeMetaDetail, ErrorCode, type SignInStep } from '@bussanten/contracts';
import { PASSWORD_MIN_SCORE, PASSWORD_PROBLEM_TEXT, type PasswordEstimate, type PasswordProblem } from '@bussanten/domain';
import { DomainError } from '../common/domain-error';

export const invalidCredentials = () => new DomainError(ErrorCode.InvalidCredentials, 'Wrong e-mail address or password');

/** Refused before the password is checked; the wait is in Retry-After (seconds) and in the details' meta. */
export const tooManyAttempts = (retryAfterSeconds: number, reason: string) =>
  new DomainError(
    ErrorCode.TooManyAttempts,
    `Too many failed sign-ins; try again in ${retryAfterSeconds} seconds`,
    [codeMetaDetail(ErrorCode.TooManyAttempts, '', reason, `retry after ${retryAfterSeconds} seconds`, { retryAfterSeconds })],
    { 'Retry-After': String(retryAfterSeconds) },
  );

/** meta: zxcvbn's score (0–4; PASSWORD_MIN_SCORE needed) and its warning and suggestions as keys, when estimated. */
export const weakPassword = (field: string, problem: PasswordProblem, estimate: PasswordEstimate | null = null) =>
  new DomainError(ErrorCode.WeakPassword, `The password ${PASSWORD_PROBLEM_TEXT[problem]}`, [
    estimate
      ? codeMetaDetail(ErrorCode.WeakPassword, field, problem, `${field} ${PASSWORD_PROBLEM_TEXT[problem]}`, {
          score: estimate.score,
          minScore: PASSWORD_MIN_SCORE,
          warning: estimate.warning,
          suggestions: estimate.suggestions,
        })
      : { field, rule: problem, message: `${field} ${PASSWORD_PROBLEM_TEXT[problem]}` },
  ]);

export const invitationInvalid = () => new DomainError(ErrorCode.InvitationInvalid, 'This invitation link is unknown, used or expired; ask for a new one');

export const passwordResetInvalid = () =>
  new DomainError(ErrorCode.PasswordResetInvalid, 'This password-reset link is unknown, used or expired; ask for a new one');

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

export const signInIncomplete = (pending: SignInStep | 'signIn') =>
  new DomainError(ErrorCode.SignInIncomplete, 'Finish signing in first: this session waits for its second step', [
    codeMetaDetail(ErrorCode.SignInIncomplete, '', pending, `the session waits for: ${pending}`, { pending }),
  ]);

/** meta.attemptsLeft: wrong codes this waiting session may still send before it ends. */
export const secondFactorInvalid = (field: string, attemptsLeft: number | null = null) =>
  new DomainError(ErrorCode.SecondFactorInvalid, 'The code or passkey was not accepted', [
    attemptsLeft !== null
      ? codeMetaDetail(ErrorCode.SecondFactorInvalid, field, 'secondFactor', `${field || 'the second factor'} was not accepted`, { attemptsLeft })
      : { field, rule: 'secondFactor', message: `${field || 'the second factor'} was not accepted` },
  ]);

export const stepNotPending = () => new DomainError(ErrorCode.SignInStepNotPending, 'This session does not wait for this step');

export const factorRequired = () =>
  new DomainError(ErrorCode.FactorRequired, 'A host you organize for requires a second factor: enrol another one before removing the last');

export const totpState = (message: string) => new DomainError(ErrorCode.TotpState, message);

export const passkeyNotFound = (id: string) => new DomainError(ErrorCode.PasskeyNotFound, `No passkey ${id} of yours`);

export const duplicatePasskeyName = (name: string) =>
  new DomainError(ErrorCode.DuplicatePasskeyName, `You already have a passkey named ${name}`, [
    { field: 'name', rule: 'unique', message: `a passkey named ${name} exists` },
  ]);
