import { useEffect, useId, useState, type RefObject } from 'react';
import type { MunicipalitySummary } from '@bussanten/contracts';
import { registryApi } from '../../api/registry';
import { controlAria } from '../../components/form-helpers';
import { FieldMessages } from '../../components/FormErrors';
import { ErrorState } from '../../components/Status';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../hooks/useResource';

const SEARCH_DEBOUNCE_MS = 300;
const RESULTS = 10;

interface PartySearchProps {
  inputId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  isParty: (municipalityId: string) => boolean;
  onAdd: (m: MunicipalitySummary) => void;
  messages: readonly string[];
}

/** Finds municipalities by name, kana or English name (the list API with q) and adds them as parties. */
export function PartySearch({ inputId, inputRef, isParty, onAdd, messages }: PartySearchProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const hintId = useId();
  const errorId = useId();
  const resultsId = useId();

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useResource(q === '' ? null : q, (signal) =>
    registryApi.listMunicipalities({ q, pageSize: RESULTS, sort: 'name' }, { signal }),
  );
  const items = q === '' ? [] : (results.data?.items ?? []);

  return (
    <div className={`party-search field${messages.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId}>{t('form.partySearch')}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="search"
        autoComplete="off"
        value={text}
        maxLength={100}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter searches here; it must not submit the agreement form.
          if (e.key === 'Enter') {
            e.preventDefault();
            setQ(text.trim());
          }
        }}
        {...controlAria(messages, { errorId, hintId })}
        aria-controls={resultsId}
      />
      <p id={hintId} className="hint">
        {t('form.partySearchHint')}
      </p>
      <FieldMessages id={errorId} messages={messages} />
      <div id={resultsId} aria-busy={results.loading}>
        {q !== '' && results.error !== null ? (
          <ErrorState error={results.error} onRetry={results.reload} />
        ) : q !== '' && results.data && !results.loading && items.length === 0 ? (
          <p className="muted" role="status">
            {t('list.empty')}
          </p>
        ) : (
          <ul className="search-results">
            {items.map((m) => {
              const added = isParty(m.id);
              return (
                <li key={m.id}>
                  <span>
                    {m.name}
                    <span className="muted">（{m.prefecture}）</span>
                  </span>
                  <button type="button" disabled={added} onClick={() => onAdd(m)}>
                    {added ? t('form.added') : t('form.add')}
                    <span className="sr-only">: {m.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
