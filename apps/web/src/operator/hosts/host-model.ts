import type { ApiErrorDetail, CreateHostInput } from '@bussanten/contracts';
import { emailAddressRule, ruleDetail } from '@bussanten/domain';
import { ApiError, isApiError } from '../../api/client';
import { requiredDetails } from '../../components/form-helpers';

/** The create-host form as typed. */
export interface HostValues {
  name: string;
  nameEn: string;
  organizerEmail: string;
  organizerName: string;
}

export const EMPTY_HOST: HostValues = { name: '', nameEn: '', organizerEmail: '', organizerName: '' };

/** The host the form's values ask for (blank optional fields left out), and the problems that stop it being sent. */
export function toCreateHostInput(values: HostValues): { input: CreateHostInput | null; problems: ApiErrorDetail[] } {
  const problems = [...requiredDetails(values, ['name']), ...emailDetails(values.organizerEmail, 'organizerEmail')];
  const organizerEmail = values.organizerEmail.trim();
  if (problems.length > 0) return { input: null, problems };
  const input: CreateHostInput = { name: values.name.trim(), organizerEmail };
  const nameEn = values.nameEn.trim();
  if (nameEn) input.nameEn = nameEn;
  const organizerName = values.organizerName.trim();
  if (organizerName) input.organizerName = organizerName;
  return { input, problems };
}

/** The form's own checks, as useRecordForm takes them. */
export const validateHostForm = (values: HostValues): ApiErrorDetail[] => toCreateHostInput(values).problems;

/** Why an e-mail address as typed cannot be sent: blank, or not shaped like one. */
export function emailDetails(value: string, field: string): ApiErrorDetail[] {
  const email = value.trim();
  if (email === '') return [{ field, rule: 'required', message: `${field} is required` }];
  const problem = ruleDetail(emailAddressRule, field, email);
  return problem ? [problem] : [];
}

/**
 * A 409 DUPLICATE_HOST says so at the name field ('a host with this name exists already'), instead
 * of the generic 'unique' rule, whose words at a field called name are about municipalities.
 * Any other error is returned as it is.
 */
export function duplicateHostAtName(error: unknown): unknown {
  if (!isApiError(error) || !error.body || error.body.code !== 'DUPLICATE_HOST') return error;
  const { body } = error;
  const details = [...body.details.filter((d) => d.field !== 'name'), { field: 'name', rule: 'duplicateHost', message: body.message }];
  return new ApiError(error.reason, error.status, { ...body, details }, error.message);
}
