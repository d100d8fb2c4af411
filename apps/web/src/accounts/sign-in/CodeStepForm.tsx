import { useEffect } from 'react';
import type { ApiErrorDetail, CurrentUser } from '@bussanten/contracts';
import { restateAt } from '../../api/error-messages';
import { useAuth } from '../../auth/AuthContext';
import { attemptsLeftOf } from '../../auth/second-factor';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useI18n } from '../../i18n/i18n';

interface Props {
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  busyLabel: string;
  inputMode?: 'numeric';
  autoComplete: string;
  /** The code as the API wants it, from what was typed. */
  normalise: (text: string) => string;
  validate: (text: string) => ApiErrorDetail[];
  /** The rule a refused code is shown with at the field. */
  invalidRule: string;
  send: (code: string) => Promise<CurrentUser>;
  onSignedIn: (user: CurrentUser) => void;
}

/**
 * One code field and its button: a code from the authenticator app, or a recovery code. A refused
 * code is said at the field, with the tries left; after the last one the waiting sign-in is gone,
 * and the page goes back to the password (see usePendingStep).
 */
export function CodeStepForm({ id, label, hint, submitLabel, busyLabel, inputMode, autoComplete, normalise, validate, invalidRule, send, onSignedIn }: Props) {
  const { t } = useI18n();
  const { refreshPending } = useAuth();
  const { submission, field } = useRecordForm({
    defaultValues: { code: '' },
    validate: (typed) => validate(typed.code),
    controlId: () => id,
    save: async (checked) => {
      try {
        return await send(normalise(checked.code));
      } catch (e) {
        throw restateAt(e, 'SECOND_FACTOR_INVALID', 'code', invalidRule);
      }
    },
    onSaved: onSignedIn,
  });
  const left = attemptsLeftOf(submission.failure);
  useEffect(() => {
    if (left === 0) void refreshPending().catch(() => undefined);
  }, [left, refreshPending]);

  return (
    <>
      <SubmissionSummary submission={submission} locate={(f) => (f === 'code' ? { targetId: id, label } : { targetId: null, label: null })} />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('code')} label={label} hint={hint} inputMode={inputMode} autoComplete={autoComplete} />
        {left !== null && left > 0 && <p className="hint">{t('verify.attemptsLeft', { n: left })}</p>}
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
