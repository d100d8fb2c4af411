import { useRef, useState } from 'react';
import type { FactorsReset } from '@bussanten/contracts';
import { operatorApi } from '../api/operator';
import { pointErrorAt } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { resetSummary } from '../../accounts';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useI18n } from '../../i18n/i18n';
import { emailDetails } from './host-model';

const FIELD_ID = 'factor-reset-email';

/**
 * The operator resets the second factors of a person who lost every one (and whom no organizer can
 * reset, e.g. an organizer of a host with no other): by e-mail address, confirmed first. Their
 * passkeys, authenticator app and recovery codes are removed and their sessions end; they are mailed.
 */
export function FactorResetForm() {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [approved, setApproved] = useState(false);
  const decide = useRef<((go: boolean) => void) | null>(null);
  const [done, setDone] = useState<{ email: string; reset: FactorsReset } | null>(null);

  const { form, submission, field } = useRecordForm({
    defaultValues: { email: '' },
    validate: (typed) => emailDetails(typed.email, 'email'),
    controlId: () => FIELD_ID,
    // Checked, then confirmed in the dialog, then sent; cancelling sends nothing.
    save: async (checked) => {
      const address = checked.email.trim();
      setDone(null);
      const go = await new Promise<boolean>((resolve) => {
        decide.current = resolve;
        setConfirming(address);
      });
      if (!go) return null;
      try {
        return { email: address, reset: await operatorApi.resetFactors({ email: address }) };
      } catch (e) {
        throw pointErrorAt(e, 'PERSON_NOT_FOUND', 'email', 'personNotFound');
      } finally {
        setConfirming(null);
        setApproved(false);
      }
    },
    onSaved: (result) => {
      if (!result) return;
      setDone(result);
      form.setValue('email', '');
    },
  });

  const answer = (go: boolean) => {
    if (!go) setConfirming(null);
    else setApproved(true);
    decide.current?.(go);
    decide.current = null;
  };

  return (
    <>
      {done && (
        <p className="flash" role="status">
          {t('factorReset.done', { email: done.email, summary: resetSummary(done.reset, lang) })}
        </p>
      )}
      <SubmissionSummary
        submission={submission}
        locate={(f) => (f === 'email' ? { targetId: FIELD_ID, label: t('factorReset.email') } : { targetId: null, label: null })}
      />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('email')} type="email" label={t('factorReset.email')} hint={t('factorReset.hint')} />
        <div className="form__actions">
          <button type="submit" className="button--danger" disabled={submission.saving}>
            {t('factorReset.submit')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t('factorReset.confirmTitle', { email: confirming ?? '' })}
        confirmLabel={t('factorReset.confirm')}
        busyLabel={t('people.resettingFactors')}
        busy={approved}
        onConfirm={() => answer(true)}
        onCancel={() => answer(false)}
      >
        <p>{t('factorReset.confirmBody')}</p>
        <p>{t('people.resetFactorsCheck')}</p>
      </ConfirmDialog>
    </>
  );
}
