import { useId, useState } from 'react';
import { ErrorState } from './Status';
import { saveFile } from './save-file';

interface Props {
  label: string;
  hint: string;
  busyLabel: string;
  className: string;
  /** Fetches what to save; a refusal is shown under the button instead. */
  file: () => Promise<{ name: string; text: string }>;
}

/**
 * A button that fetches a file and saves it from memory rather than following a link, so that a
 * refusal (or a lost session) is told here instead of being saved as the file.
 */
export function DownloadButton({ label, hint, busyLabel, className, file }: Props) {
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { name, text } = await file();
      saveFile(name, text);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={className}>
      <button type="button" className="button" aria-disabled={busy || undefined} aria-describedby={hintId} onClick={() => void download()}>
        {label}
      </button>
      <p id={hintId} className="hint">
        {hint}
      </p>
      {busy && (
        <p className="status status--loading" role="status">
          {busyLabel}
        </p>
      )}
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
