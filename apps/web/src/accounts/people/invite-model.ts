import { Role, type ApiErrorDetail, type InvitationInput, type MunicipalitySummary } from '@bussanten/contracts';
import { emailAddressRule, invitationScopeProblems, ruleDetail } from '@bussanten/domain';
import { requiredDetails } from '../../components/form-helpers';

/** The invite form as typed: text, so a select's "please choose" ('') can be told apart. */
export interface InviteValues {
  email: string;
  role: string;
  displayName: string;
}

export const EMPTY_INVITE: InviteValues = { email: '', role: Role.Representative, displayName: '' };

/** The whole form: what is typed, and the municipality picked (for a representative). */
export interface InviteFormValues extends InviteValues {
  municipality: MunicipalitySummary | null;
  /** For on-site staff: the fairs it is limited to (none ticked: every fair of the host). */
  fairIds: string[];
}

export const EMPTY_INVITE_FORM: InviteFormValues = { ...EMPTY_INVITE, municipality: null, fairIds: [] };

/** The form's own checks, as useRecordForm takes them. */
export const validateInviteForm = (values: InviteFormValues): ApiErrorDetail[] => toInvitationInput(values, values.municipality, values.fairIds).problems;

/** The invitation the form's values ask for, and the problems that stop it being sent. */
export function toInvitationInput(
  values: InviteValues,
  municipality: { id: string } | null,
  fairIds: readonly string[] = [],
): { input: InvitationInput | null; problems: ApiErrorDetail[] } {
  const problems = requiredDetails(values, ['email', 'role']);
  const email = values.email.trim();
  const badEmail = email === '' ? null : ruleDetail(emailAddressRule, 'email', email);
  if (badEmail) problems.push(badEmail);
  const role = values.role === Role.Organizer || values.role === Role.Representative || values.role === Role.Staff ? values.role : null;
  if (values.role !== '' && !role) problems.push({ field: 'role', rule: 'isIn', message: 'unknown role' });
  // A municipality picked before switching the role to organizer is simply not sent.
  if (role) problems.push(...invitationScopeProblems(role, role === Role.Representative ? municipality?.id : null));
  if (problems.length > 0 || !role) return { input: null, problems };
  const input: InvitationInput = { email, role };
  if (role === Role.Representative && municipality) input.municipalityId = municipality.id;
  // Fairs ticked before switching the role away from staff are simply not sent.
  if (role === Role.Staff && fairIds.length) input.fairIds = [...fairIds];
  const displayName = values.displayName.trim();
  if (displayName) input.displayName = displayName;
  return { input, problems };
}
