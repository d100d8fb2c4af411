import type { WeakPasswordMeta } from '@bussanten/contracts';
import type { PasswordEstimate } from '@bussanten/domain';
import { isMessageKey, translate, type Lang, type MessageKey } from '../i18n/dictionaries';

// No value import from @bussanten/domain here: error-messages.ts (on the sign-in page) uses this file,
// and the domain barrel would pull the holiday tables and more into the sign-in page's chunks.

/** zxcvbn's warning and suggestions (its keys, from the estimator or the API's meta) in `lang`; unknown keys are left out. */
export function feedbackTexts(feedback: Pick<PasswordEstimate, 'warning' | 'suggestions'>, lang: Lang): string[] {
  const keys = [feedback.warning ? `zxcvbn.warning.${feedback.warning}` : null, ...feedback.suggestions.map((s) => `zxcvbn.suggestion.${s}`)];
  return keys.filter((k): k is MessageKey => k !== null && isMessageKey(k)).map((k) => translate(lang, k));
}

/** The feedback of a WEAK_PASSWORD detail's meta (read with codeMetaOf, which checks its shape); null when it has none. */
export function feedbackOfMeta(meta: Pick<WeakPasswordMeta, 'warning' | 'suggestions'> | null): Pick<PasswordEstimate, 'warning' | 'suggestions'> | null {
  if (!meta) return null;
  const { warning, suggestions } = meta;
  return warning || suggestions.length ? { warning, suggestions } : null;
}
