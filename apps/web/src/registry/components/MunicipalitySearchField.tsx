import { useId, type ReactNode, type RefObject } from 'react';
import type { MunicipalitySummary } from '@bussanten/contracts';
import type { MunicipalitySearch } from './useMunicipalitySearch';
import { canRetry } from '../../api/query-client';
import { useI18n } from '../../i18n/i18n';
import { controlAria } from '../../components/form-helpers';
import { FieldMessages } from '../../components/FormErrors';
import { ErrorState } from '../../components/Status';

interface MunicipalitySearchFieldProps {
  search: MunicipalitySearch;
  inputId: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  label: string;
  hint: string;
  messages: readonly string[];
  /** The prefecture shown in brackets after each found name. */
  prefecture: (m: MunicipalitySummary) => string;
  /** The button that acts on a found municipality. */
  action: (m: MunicipalitySummary) => ReactNode;
}

/**
 * A search box for municipalities (see useMunicipalitySearch) with its hint, errors and the list of
 * what it found, each with a button. Enter searches at once and never submits the surrounding form.
 */
export function MunicipalitySearchField({ search, inputId, inputRef, label, hint, messages, prefecture, action }: MunicipalitySearchFieldProps) {
  const { t } = useI18n();
  const { text, setText, q, results, items } = search;
  const hintId = useId();
  const errorId = useId();
  const resultsId = useId();

  return (
    <div className={`party-search field${messages.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="search"
        autoComplete="off"
        value={text}
        maxLength={100}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter searches here; it must not submit the surrounding form.
          if (e.key === 'Enter') {
            e.preventDefault();
            search.search();
          }
        }}
        {...controlAria(messages, { errorId, hintId })}
        aria-controls={resultsId}
      />
      <p id={hintId} className="hint">
        {hint}
      </p>
      <FieldMessages id={errorId} messages={messages} />
      <div id={resultsId} aria-busy={results.isFetching}>
        {q !== '' && results.isError && !results.data ? (
          <ErrorState error={results.error} onRetry={canRetry(results.error) ? () => void results.refetch() : undefined} />
        ) : q !== '' && results.data && !results.isFetching && items.length === 0 ? (
          <p className="muted" role="status">
            {t('list.empty')}
          </p>
        ) : (
          <ul className="search-results">
            {items.map((m) => (
              <li key={m.id}>
                <span>
                  {m.name}
                  <span className="muted">（{prefecture(m)}）</span>
                </span>
                {action(m)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
