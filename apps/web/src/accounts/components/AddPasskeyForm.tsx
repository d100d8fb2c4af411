import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FactorEnrolled } from '@bussanten/contracts';
import { factorsApi } from '../api/factors';
import { restateAt } from '../../api/error-messages';
import { browserHasWebAuthn, passkeyProblem, type PasskeyProblem } from '../../auth/second-factor';
import { createPasskey } from '../../auth/webauthn';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { defaultPasskeyName, passkeyNameDetails } from './factor-model';
import { PasskeyProblemNote } from './PasskeyProblemNote';
import { invalidateAfter } from '../queries';

interface Props {
  /** One's passkeys so far: a new one needs a name of its own. */
  existing: readonly { id: string; name: string }[];
  /** The passkey is registered; the answer carries recovery codes when it was the first factor. */
  onAdded: (enrolled: FactorEnrolled, name: string) => void;
  idPrefix?: string;
}

/**
 * Names a new passkey (a device's name is suggested) and asks the browser to create it; the API
 * keeps it under that name (one's factors are then stale). A closed prompt is said calmly and nothing is sent.
 */
export function AddPasskeyForm({ existing, onAdded, idPrefix = 'add-passkey' }: Props) {
  const { t, lang } = useI18n();
  const suggest = (names: readonly string[]) => defaultPasskeyName(navigator.userAgent, names, lang);
  const [problem, setProblem] = useState<PasskeyProblem | null>(null);
  const queryClient = useQueryClient();
  const fieldId = `${idPrefix}-name`;

  const { form, submission, field } = useRecordForm({
    // Read once, when the form appears (later renders do not change what is typed).
    defaultValues: { name: suggest(existing.map((p) => p.name)) },
    validate: (typed) => passkeyNameDetails(typed.name, existing),
    controlId: () => fieldId,
    save: async (checked): Promise<{ enrolled: FactorEnrolled; name: string } | null> => {
      const chosen = checked.name.trim();
      const options = await factorsApi.passkeyOptions();
      let response;
      try {
        response = await createPasskey(options);
      } catch (e) {
        const why = passkeyProblem(e);
        if (!why) throw e;
        setProblem(why);
        return null;
      }
      try {
        return { enrolled: await factorsApi.addPasskey(chosen, response), name: chosen };
      } catch (e) {
        throw restateAt(e, 'DUPLICATE_PASSKEY_NAME', 'name', 'duplicatePasskeyName');
      }
    },
    onSaved: (added) => {
      if (!added) return;
      void invalidateAfter(queryClient, 'ownFactorAddedOrRemoved');
      form.setValue('name', suggest([...existing.map((p) => p.name), added.name]));
      onAdded(added.enrolled, added.name);
    },
  });

  if (!browserHasWebAuthn()) return <PasskeyProblemNote problem="unsupported" />;

  return (
    <>
      <SubmissionSummary
        submission={submission}
        locate={(f) => (f === 'name' ? { targetId: fieldId, label: t('factors.passkeyName') } : { targetId: null, label: null })}
      />
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          // A closed prompt is said until the next try.
          if (!submission.saving) setProblem(null);
          submission.onSubmit(e);
        }}
        aria-busy={submission.saving}
      >
        <TextField {...field('name')} label={t('factors.passkeyName')} hint={t('factors.passkeyNameHint')} />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? t('factors.passkeyAdding') : t('factors.addPasskey')}
          </button>
        </div>
        {problem && <PasskeyProblemNote problem={problem} />}
      </form>
    </>
  );
}
