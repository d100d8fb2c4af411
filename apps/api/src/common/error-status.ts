import { ErrorCode } from '@bussanten/contracts';

/** The single place error codes become HTTP statuses. Exhaustive: a new code fails to compile until mapped. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.InvalidJson:
    case ErrorCode.UnknownMunicipality:
    case ErrorCode.WeakPassword:
    case ErrorCode.RoomNotFound:
      return 400;
    case ErrorCode.BoothLacksFacilities:
    case ErrorCode.UnsupportedDocument:
    case ErrorCode.UnknownReference:
    case ErrorCode.InconsistentDocument:
    case ErrorCode.ProposalTimeout:
      return 422;
    case ErrorCode.UnsupportedImage:
      return 415;
    case ErrorCode.Unauthenticated:
    case ErrorCode.InvalidCredentials:
    case ErrorCode.SignInIncomplete:
    case ErrorCode.SecondFactorInvalid:
      return 401;
    case ErrorCode.Forbidden:
    case ErrorCode.CsrfFailed:
    case ErrorCode.NoMembership:
      return 403;
    case ErrorCode.PersonNotFound:
    case ErrorCode.FairNotFound:
    case ErrorCode.InvitationInvalid:
    case ErrorCode.PasswordResetInvalid:
    case ErrorCode.NotFound:
    case ErrorCode.MunicipalityNotFound:
    case ErrorCode.AgreementNotFound:
    case ErrorCode.VenueNotFound:
    case ErrorCode.BoothNotFound:
    case ErrorCode.ApplicationNotFound:
    case ErrorCode.AssignmentNotFound:
    case ErrorCode.GuestNotFound:
    case ErrorCode.StageNotFound:
    case ErrorCode.AppearanceNotFound:
    case ErrorCode.MembershipNotFound:
    case ErrorCode.SessionNotFound:
    case ErrorCode.HostNotFound:
    case ErrorCode.PostalCodeNotFound:
    case ErrorCode.MunicipalityChangeNotFound:
    case ErrorCode.PasskeyNotFound:
      return 404;
    case ErrorCode.MunicipalityIsParty:
    case ErrorCode.DuplicateMunicipality:
    case ErrorCode.Conflict:
    case ErrorCode.EmailTaken:
    case ErrorCode.DuplicateSlug:
    case ErrorCode.FairStatusTransition:
    case ErrorCode.FairDayInUse:
    case ErrorCode.FairNotEmpty:
    case ErrorCode.DuplicateBoothCode:
    case ErrorCode.BoothInUse:
    case ErrorCode.PlanNotEmpty:
    case ErrorCode.ApplicationsClosed:
    case ErrorCode.AlreadyApplied:
    case ErrorCode.MunicipalityAlreadyApplied:
    case ErrorCode.ApplicationNotEditable:
    case ErrorCode.ApplicationNotAccepted:
    case ErrorCode.BoothTaken:
    case ErrorCode.AssignmentPinned:
    case ErrorCode.ProposalStale:
    case ErrorCode.FairAlreadyPublished:
    case ErrorCode.GuestInUse:
    case ErrorCode.AppearanceConflict:
    case ErrorCode.AlreadyMember:
    case ErrorCode.DuplicateHost:
    case ErrorCode.ListedMunicipalityField:
    case ErrorCode.FairNeverPublished:
    case ErrorCode.SignInStepNotPending:
    case ErrorCode.FactorRequired:
    case ErrorCode.TotpState:
    case ErrorCode.DuplicatePasskeyName:
    case ErrorCode.SalesDayConfirmed:
    case ErrorCode.SalesDayNotClosed:
      return 409;
    case ErrorCode.FairNotPublic:
      return 410;
    case ErrorCode.TooManyAttempts:
    case ErrorCode.ProposalBusy:
      return 429;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.DatabaseUnavailable:
      return 503;
    case ErrorCode.Internal:
      return 500;
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped error code ${String(unmapped)}`);
    }
  }
}
