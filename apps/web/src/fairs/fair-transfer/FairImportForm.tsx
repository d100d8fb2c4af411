import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { fairsApi } from '../api/fairs';
import { useI18n } from '../../i18n/i18n';
import { fairKeys, staleAfterFairImported } from '../queries';
import { importRefusal, readFairDocument } from './fair-document-file';

type State = { kind: 'idle' } | { kind: 'importing' } | { kind: 'error'; message: string; lines: string[] };

/**
 * 「JSONから読み込む」 on the fairs list: a file saved by 「JSONで書き出す」 becomes a new fair, and
 * the organizer lands on it. A refusal is told in place, naming each municipality the registry lacks.
 */
export function FairImportForm() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const [slug, setSlug] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const importing = state.kind === 'importing';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (importing) return;
    const file = fileRef.current?.files?.[0];
    if (!file) return setState({ kind: 'error', message: t('fairTransfer.import.noFile'), lines: [] });
    setState({ kind: 'importing' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setState({ kind: 'error', message: t('fairTransfer.import.readFailed'), lines: [] });
    }
    const read = readFairDocument(text);
    if (!read.ok) return setState({ kind: 'error', message: t(`fairTransfer.import.${read.problem}`), lines: [] });
    try {
      const fair = await fairsApi.importFair(read.document, slug.trim() || null);
      queryClient.setQueryData(fairKeys.detail(fair.id), fair);
      for (const filter of staleAfterFairImported()) void queryClient.invalidateQueries(filter);
      navigate(`/fairs/${fair.id}`, { state: { flash: t('fairTransfer.import.done', { title: fair.title }) } });
    } catch (e) {
      setState({ kind: 'error', ...importRefusal(e, lang) });
    }
  };

  return (
    <section className="fair-import" aria-labelledby="fair-import-heading">
      <h2 id="fair-import-heading">{t('fairTransfer.import.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={importing}>
        <div className="field">
          <label htmlFor="fair-import-file">{t('fairTransfer.import.file')}</label>
          <input
            ref={fileRef}
            id="fair-import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="fair-import-file-hint"
            disabled={importing}
            onChange={() => setState({ kind: 'idle' })}
          />
          <p id="fair-import-file-hint" className="hint">
            {t('fairTransfer.import.fileHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="fair-import-slug">{t('fairTransfer.import.slug')}</label>
          <input
            id="fair-import-slug"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={slug}
            disabled={importing}
            aria-describedby="fair-import-slug-hint"
            onChange={(e) => setSlug(e.target.value)}
          />
          <p id="fair-import-slug-hint" className="hint">
            {t('fairTransfer.import.slugHint')}
          </p>
        </div>
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={importing} aria-busy={importing}>
            {importing ? t('fairTransfer.import.busy') : t('fairTransfer.import.submit')}
          </button>
        </div>
      </form>
      {importing && (
        <p className="status status--loading" role="status">
          {t('fairTransfer.import.busy')}
        </p>
      )}
      {state.kind === 'error' && (
        <div className="status status--error" role="alert">
          <p>{state.message}</p>
          {state.lines.length > 0 && (
            <ul>
              {state.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
