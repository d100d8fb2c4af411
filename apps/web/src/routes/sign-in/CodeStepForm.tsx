import { useState } from 'react';
import type { ApiErrorDetail, CurrentUser } from '@bussanten/contracts';
import { pointErrorAt } from '../../api/error-messages';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useFormSubmission } from '../../hooks/useFormSubmission';

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

/** One code field and its button: a code from the authenticator app, or a recovery code. A refused code is said at the field. */
export function CodeStepForm({ id, label, hint, submitLabel, busyLabel, inputMode, autoComplete, normalise, validate, invalidRule, send, onSignedIn }: Props) {
  const [code, setCode] = useState('');
  const submission = useFormSubmission({
    validate: () => validate(code),
    save: async () => {
      try {
        return await send(normalise(code));
      } catch (e) {
        throw pointErrorAt(e, 'SECOND_FACTOR_INVALID', 'code', invalidRule);
      }
    },
    onSaved: onSignedIn,
  });

  return (
    <>
      <SubmissionSummary submission={submission} locate={(f) => (f === 'code' ? { targetId: id, label } : { targetId: null, label: null })} />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField
          id={id}
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          messages={submission.byField['code']}
          label={label}
          hint={hint}
          inputMode={inputMode}
          autoComplete={autoComplete}
        />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
