import { codeMetaDetail, type ApiErrorDetail } from '@bussanten/contracts';
import { assessPassword, checkPassword, PASSWORD_MIN_SCORE, type PasswordEstimator } from '@bussanten/domain';

/**
 * The checks a new-password form makes before asking the server: the same rules the API applies
 * (length, not the e-mail address, and zxcvbn's estimate once its dictionaries have loaded) and that
 * both entries match. Each problem names the failed rule, translated like the API's (rule.tooShort,
 * rule.weak, rule.mismatch, …); a weak one carries zxcvbn's feedback keys in meta, as the API's does.
 * Before the estimator has loaded (`null`) only the quick rules run; the server checks the rest.
 */
export function newPasswordDetails(
  { password, confirmation }: { password: string; confirmation: string },
  fields: { password: string; confirmation: string },
  email?: string,
  estimator: PasswordEstimator | null = null,
): ApiErrorDetail[] {
  const out: ApiErrorDetail[] = [];
  if (password === '') {
    out.push({ field: fields.password, rule: 'required', message: 'password is required' });
  } else if (estimator) {
    const { problem, estimate } = assessPassword(password, { email }, estimator);
    if (problem) {
      out.push(
        problem === 'weak' && estimate
          ? codeMetaDetail('WEAK_PASSWORD', fields.password, problem, `password ${problem}`, {
              score: estimate.score,
              minScore: PASSWORD_MIN_SCORE,
              warning: estimate.warning,
              suggestions: estimate.suggestions,
            })
          : { field: fields.password, rule: problem, message: `password ${problem}` },
      );
    }
  } else {
    const problem = checkPassword(password, { email });
    if (problem) out.push({ field: fields.password, rule: problem, message: `password ${problem}` });
  }
  if (password !== '' && confirmation !== password) {
    out.push({ field: fields.confirmation, rule: 'mismatch', message: 'the passwords do not match' });
  }
  return out;
}
