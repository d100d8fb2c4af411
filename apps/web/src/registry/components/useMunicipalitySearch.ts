import { useEffect, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { MunicipalitySummary, Page } from '@bussanten/contracts';
import { municipalitySearchQuery, useMunicipalityList } from '../queries';

const SEARCH_DEBOUNCE_MS = 300;

export interface MunicipalitySearch {
  /** What is typed in the box. */
  text: string;
  setText: (text: string) => void;
  /** The query searched for: the trimmed text, 300 ms after the last key (or at once with search()). */
  q: string;
  /** The search's read; the results shown stay while the next query's load. */
  results: UseQueryResult<Page<MunicipalitySummary>>;
  /** The municipalities found for q; none while q is empty. */
  items: readonly MunicipalitySummary[];
  /** Searches for the typed text now, without waiting. */
  search: () => void;
  /** Empties the box and the results. */
  clear: () => void;
}

/**
 * Finds municipalities by name, kana or English name (the list API with q, first ten by name) as the
 * user types. While `enabled` is false nothing is fetched.
 */
export function useMunicipalitySearch(enabled = true): MunicipalitySearch {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useMunicipalityList(municipalitySearchQuery(q), { enabled: enabled && q !== '' });
  const items = q === '' ? [] : (results.data?.items ?? []);

  return {
    text,
    setText,
    q,
    results,
    items,
    search: () => setQ(text.trim()),
    clear: () => {
      setText('');
      setQ('');
    },
  };
}
