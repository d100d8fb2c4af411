import { useState } from 'react';
import type { Fair } from '@bussanten/contracts';
import { fairTitle, formatFairPeriod, useFairs } from '../../fairs';
import { canRetry } from '../../api/query-client';
import { describeError } from '../../api/error-messages';
import { FilterSelect } from '../../components/Select';
import { ErrorState, Loading } from '../../components/Status';
import { useI18n } from '../../i18n/i18n';
import { useCopyPlan } from '../queries';
import { copySources } from './copy-sources';

/**
 * Starting a plan from an earlier fair's (the same hall is rented year after year). The API copies
 * only into an empty plan, so with booths present this says why instead of offering the button.
 */
export function CopyPlan({ fair, boothCount, onCopied }: { fair: Fair; boothCount: number; onCopied: (booths: number, from: string) => void }) {
  const { t, lang } = useI18n();
  const empty = boothCount === 0;
  const fairs = useFairs({ enabled: empty });
  const [from, setFrom] = useState('');
  const copyPlan = useCopyPlan(fair.id);
  const busy = copyPlan.isPending;
  const error = copyPlan.error;

  const sources = fairs.data ? copySources(fairs.data, fair) : [];
  const copy = () => {
    const source = sources.find((f) => f.id === from);
    if (!source) return;
    // The copied plan goes into the cache; the editor draws it from there.
    copyPlan.mutate(source.id, {
      onSuccess: (plan) => {
        setFrom('');
        onCopied(plan.booths.length, fairTitle(source, lang));
      },
    });
  };

  return (
    <section aria-labelledby="copy-plan-heading">
      <h2 id="copy-plan-heading">{t('plan.copy.heading')}</h2>
      {!empty ? (
        <p className="muted">{t('plan.copy.notEmpty', { n: boothCount })}</p>
      ) : fairs.isError && !fairs.data ? (
        <ErrorState error={fairs.error} onRetry={canRetry(fairs.error) ? () => void fairs.refetch() : undefined} />
      ) : !fairs.data ? (
        <Loading />
      ) : sources.length === 0 ? (
        <p className="muted">{t('plan.copy.noSources')}</p>
      ) : (
        <>
          <p className="hint">{t('plan.copy.hint')}</p>
          <FilterSelect
            id="copy-plan-from"
            label={t('plan.copy.from')}
            value={from}
            allLabel={t('form.select')}
            options={sources.map((f) => ({
              value: f.id,
              label: t('plan.copy.option', { title: fairTitle(f, lang), period: formatFairPeriod(f.firstDay, f.lastDay, lang).western, room: f.roomName }),
            }))}
            onChange={setFrom}
          />
          {error !== null && (
            <div className="status status--error" role="alert">
              <p>{describeError(error, lang).message}</p>
            </div>
          )}
          <div className="form__actions">
            <button type="button" onClick={copy} disabled={!from || busy} aria-busy={busy}>
              {busy ? t('plan.copy.busy') : t('plan.copy.submit')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
