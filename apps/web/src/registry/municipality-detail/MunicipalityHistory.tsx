import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { MunicipalityChange, MunicipalityFieldChange } from '@bussanten/contracts';
import { canRetry } from '../../api/query-client';
import { registryApi } from '../api/registry';
import { ErrorState } from '../../components/Status';
import { isMessageKey, type MessageKey } from '../../i18n/dictionaries';
import { useI18n } from '../../i18n/i18n';
import { municipalityChanged, useMunicipalityHistory } from '../queries';

/**
 * Every host's changes to this municipality's shared fields, newest first, each with a revert
 * button that asks before it acts. A revert's answer is the record as it is now; the history (and
 * whatever else names the municipality) is asked again.
 */
export function MunicipalityHistory({ municipalityId }: { municipalityId: string }) {
  const { t } = useI18n();
  const history = useMunicipalityHistory(municipalityId);
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [reverting, setReverting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const revert = async (change: MunicipalityChange) => {
    setReverting(true);
    setFailure(null);
    try {
      const saved = await registryApi.revertMunicipalityChange(municipalityId, change.id);
      setConfirming(null);
      void municipalityChanged(queryClient, saved);
    } catch (e) {
      setFailure(e);
    } finally {
      setReverting(false);
    }
  };
  const when = (at: string) => t('date.instant', { at });
  const label = (f: MunicipalityFieldChange) => {
    const key = `registry.field.${f.field}`;
    return isMessageKey(key) ? t(key as MessageKey) : f.field;
  };
  const shown = (value: unknown) => (value === null || value === undefined || value === '' ? t('registry.history.empty') : String(value));

  return (
    <section aria-labelledby="municipality-history-heading">
      <h2 id="municipality-history-heading">{t('registry.history.heading')}</h2>
      <p className="hint">{t('registry.history.explanation')}</p>
      {history.isError && !history.data ? (
        <ErrorState error={history.error} onRetry={canRetry(history.error) ? () => void history.refetch() : undefined} />
      ) : history.data && history.data.length === 0 ? (
        <p>{t('registry.history.none')}</p>
      ) : (
        <ol className="history">
          {(history.data ?? []).map((change) => (
            <li key={change.id}>
              <p>
                <time dateTime={change.at}>{when(change.at)}</time> {t('registry.history.by', { host: change.host.name, user: change.user.displayName })}
                {change.revertsChangeId && <> {t('registry.history.isRevert')}</>}
              </p>
              <ul>
                {change.changes.map((f) => (
                  <li key={f.field}>
                    {label(f)}: {shown(f.before)} → {shown(f.after)}
                  </li>
                ))}
              </ul>
              {confirming === change.id ? (
                <div role="group" aria-label={t('registry.history.confirm')}>
                  <p>{t('registry.history.confirm')}</p>
                  <button type="button" disabled={reverting} onClick={() => void revert(change)}>
                    {t('registry.history.revertConfirm')}
                  </button>{' '}
                  <button type="button" className="button--link" onClick={() => setConfirming(null)}>
                    {t('registry.history.cancel')}
                  </button>
                  {failure !== null && <ErrorState error={failure} />}
                </div>
              ) : (
                <button type="button" onClick={() => setConfirming(change.id)}>
                  {t('registry.history.revert')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
