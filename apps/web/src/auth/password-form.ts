import type { ApiErrorDetail } from '@bussanten/contracts';
import { checkPassword } from '@bussanten/domain';

/**
 * The checks a new-password form makes before asking the server: the same rules the API applies
 * (length, not common, not repetitive, not the e-mail address) and that both entries match. Each
 * problem names the failed rule, translated like the API's (rule.tooShort, rule.mismatch, …).
 */
export function newPasswordDetails(
  { password, confirmation }: { password: string; confirmation: string },
  fields: { password: string; confirmation: string },
  email?: string,
): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  if (password === '') {
    out.push({ field: fields.password, rule: 'required', message: 'password is required' });
  } else {
    const problem = checkPassword(password, { email });
    if (problem) out.push({ field: fields.password, rule: problem, message: `password ${problem}` });
  }
  if (password !== '' && confirmation !== password) {
    out.push({ field: fields.confirmation, rule: 'mismatch', message: 'the passwords do not match' });
  }
  return out;
}
