import { useState } from 'react';
import { proposalsApi } from '../../api/proposals';
import { ErrorState } from '../../components/Status';
import { useI18n } from '../../i18n/i18n';
import { instanceFileName, instanceFileText } from './proposal-model';
import { saveFile } from '../../components/save-file';

/**
 * Saves the fair as a booth-assignment problem file for `npm run assign`. Fetched and saved from
 * memory rather than linked, so a refusal (or a lost session) is told here instead of being saved
 * as the file.
 */
export function InstanceDownload({ fairId }: { fairId: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      saveFile(instanceFileName(fairId), instanceFileText(await proposalsApi.instance(fairId)));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="instance-download">
      <button type="button" aria-disabled={busy || undefined} aria-describedby="instance-hint" onClick={() => void download()}>
        {t('instance.download')}
      </button>
      <p id="instance-hint" className="hint">
        {t('instance.hint')}
      </p>
      {busy && (
        <p className="status status--loading" role="status">
          {t('instance.downloading')}
        </p>
      )}
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
