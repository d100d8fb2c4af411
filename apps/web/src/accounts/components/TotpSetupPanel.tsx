import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FactorEnrolled, TotpSetup } from '@bussanten/contracts';
import { factorsApi } from '../api/factors';
import { restateAt } from '../../api/error-messages';
import { normaliseTotpCode, totpCodeDetails } from '../../auth/second-factor';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { ErrorState } from '../../components/Status';
import { groupSecret, svgDataUrl } from './factor-model';
import { invalidateAfter } from '../queries';

interface Props {
  /** Named in the QR code's description. */
  email: string;
  onEnrolled: (enrolled: FactorEnrolled) => void;
  idPrefix?: string;
}

/**
 * Sets up an authenticator app: asks the API for a new secret, shows it as a QR code and as a key
 * to type, and turns it on with the first code the app shows (one's factors are then stale). Until
 * confirmed nothing changes.
 */
export function TotpSetupPanel({ email, onEnrolled, idPrefix = 'totp' }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const keyLabelId = useId();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const fieldId = `${idPrefix}-code`;

  const { form, submission, field } = useRecordForm({
    defaultValues: { code: '' },
    validate: (typed) => totpCodeDetails(typed.code),
    controlId: () => fieldId,
    save: async (checked) => {
      try {
        return await factorsApi.confirmTotp(normaliseTotpCode(checked.code));
      } catch (e) {
        throw restateAt(e, 'SECOND_FACTOR_INVALID', 'code', 'totpInvalid');
      }
    },
    onSaved: (enrolled) => {
      void invalidateAfter(queryClient, 'ownFactorAddedOrRemoved');
      setSetup(null);
      form.setValue('code', '');
      onEnrolled(enrolled);
    },
  });

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      setSetup(await factorsApi.totpSetup());
      form.setValue('code', '');
    } catch (e) {
      setStartError(e);
    } finally {
      setStarting(false);
    }
  };

  if (!setup) {
    return (
      <>
        {startError !== null && <ErrorState error={startError} />}
        <button type="button" className="button--primary" onClick={() => void start()} disabled={starting} aria-busy={starting}>
          {starting ? t('factors.totpStarting') : t('factors.totpStart')}
        </button>
      </>
    );
  }

  return (
    <section className="totp-setup" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('factors.totpSetupTitle')}</h3>
      <ol className="steps">
        <li>
          <p>{t('factors.totpScan')}</p>
          <img className="qr-code" src={svgDataUrl(setup.qrSvg)} alt={t('factors.totpQrAlt', { email })} width={200} height={200} />
        </li>
        <li>
          <p id={keyLabelId}>{t('factors.totpTypeKey')}</p>
          <p>
            <code className="setup-key" aria-labelledby={keyLabelId} data-testid="totp-secret">
              {groupSecret(setup.secret)}
            </code>
          </p>
        </li>
        <li>
          <SubmissionSummary
            submission={submission}
            locate={(f) => (f === 'code' ? { targetId: fieldId, label: t('factors.totpCode') } : { targetId: null, label: null })}
          />
          <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
            <TextField {...field('code')} label={t('factors.totpCode')} hint={t('factors.totpCodeHint')} inputMode="numeric" autoComplete="one-time-code" />
            <div className="form__actions">
              <button type="submit" className="button--primary" disabled={submission.saving}>
                {submission.saving ? t('factors.totpConfirming') : t('factors.totpConfirm')}
              </button>
              <button type="button" onClick={() => setSetup(null)} disabled={submission.saving}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </li>
      </ol>
    </section>
  );
}
