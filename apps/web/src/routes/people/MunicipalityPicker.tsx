import { useEffect, useId, useState } from 'react';
import type { MunicipalitySummary } from '@bussanten/contracts';
import { registryApi } from '../../api/registry';
import { controlAria } from '../../components/form-helpers';
import { FieldMessages } from '../../components/FormErrors';
import { ErrorState } from '../../components/Status';
import { prefectureLabel } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../hooks/useResource';

const SEARCH_DEBOUNCE_MS = 300;
const RESULTS = 10;

interface MunicipalityPickerProps {
  inputId: string;
  value: MunicipalitySummary | null;
  onChange: (m: MunicipalitySummary | null) => void;
  messages: readonly string[];
}

/**
 * Chooses the one municipality a representative is invited for: searches the registry by name, kana
 * or English name (the list API with q, like the agreement form's party search), then shows the
 * choice with a way to choose again.
 */
export function MunicipalityPicker({ inputId, value, onChange, messages }: MunicipalityPickerProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const hintId = useId();
  const errorId = useId();
  const resultsId = useId();

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useResource(value || q === '' ? null : q, (signal) =>
    registryApi.listMunicipalities({ q, pageSize: RESULTS, sort: 'name' }, { signal }),
  );
  const items = q === '' ? [] : (results.data?.items ?? []);

  if (value) {
    return (
      <div className={`field${messages.length > 0 ? ' field--invalid' : ''}`}>
        <p className="label">{t('people.inviteMunicipality')}</p>
        <p className="chosen" id={inputId} tabIndex={-1}>
          <span>
            {value.name}
            <span className="muted">（{prefectureLabel(value.prefectureCode, value.prefecture, lang)}）</span>
          </span>
          <button
            type="button"
            onClick={() => {
              onChange(null);
              setText('');
              setQ('');
            }}
          >
            {t('people.change')}
            <span className="sr-only">: {value.name}</span>
          </button>
        </p>
        <FieldMessages id={errorId} messages={messages} />
      </div>
    );
  }

  return (
    <div className={`party-search field${messages.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId}>{t('people.municipalitySearch')}</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        value={text}
        maxLength={100}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter searches here; it must not send the invitation.
          if (e.key === 'Enter') {
            e.preventDefault();
            setQ(text.trim());
          }
        }}
        {...controlAria(messages, { errorId, hintId })}
        aria-controls={resultsId}
      />
      <p id={hintId} className="hint">
        {t('people.municipalitySearchHint')}
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
            {items.map((m) => (
              <li key={m.id}>
                <span>
                  {m.name}
                  <span className="muted">（{prefectureLabel(m.prefectureCode, m.prefecture, lang)}）</span>
                </span>
                <button
                  type="button"
                  onClick={() => {
                    onChange(m);
                    // Keep the keyboard where the choice now is.
                    requestAnimationFrame(() => document.getElementById(inputId)?.focus());
                  }}
                >
                  {t('people.choose')}
                  <span className="sr-only">: {m.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
