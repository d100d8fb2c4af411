import { useState } from 'react';
import { fairsApi } from '../../api/fairs';
import { ErrorState } from '../../components/Status';
import { saveFile } from '../../components/save-file';
import { useI18n } from '../../i18n/i18n';
import { fairDocumentFileName, fairDocumentText } from './fair-document-file';

/**
 * 「JSONで書き出す」: saves the whole fair as <slug>.bussanten.json. Fetched and saved from memory
 * rather than linked, so a refusal (or a lost session) is told here instead of being saved as the file.
 */
export function FairExportButton({ fairId }: { fairId: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const document = await fairsApi.exportFair(fairId);
      saveFile(fairDocumentFileName(document.fair.slug), fairDocumentText(document));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fair-export">
      <button type="button" className="button" aria-disabled={busy || undefined} aria-describedby="fair-export-hint" onClick={() => void download()}>
        {t('fairTransfer.export.button')}
      </button>
      <p id="fair-export-hint" className="hint">
        {t('fairTransfer.export.hint')}
      </p>
      {busy && (
        <p className="status status--loading" role="status">
          {t('fairTransfer.export.busy')}
        </p>
      )}
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
