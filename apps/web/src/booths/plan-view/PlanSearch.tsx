import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { searchPlan, type PlanMatch, type SearchBooth, type SearchExhibitor } from './plan-search';

/**
 * One box finding a booth by its code or area, or an exhibitor by name, listing what it finds as
 * buttons: choosing one hands it to the page (which zooms the plan to it). ↓ from the box goes to
 * the first match, Enter in the box takes the first.
 */
export function PlanSearch({
  id,
  booths,
  exhibitors = [],
  onChoose,
}: {
  id: string;
  booths: readonly SearchBooth[];
  exhibitors?: readonly SearchExhibitor[];
  onChoose: (match: PlanMatch) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchPlan(query, booths, exhibitors), [query, booths, exhibitors]);
  const listRef = useRef<HTMLUListElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && matches[0]) {
      e.preventDefault();
      onChoose(matches[0]);
    } else if (e.key === 'ArrowDown' && matches.length > 0) {
      e.preventDefault();
      listRef.current?.querySelector('button')?.focus();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };
  const label = (m: PlanMatch) => {
    if (m.kind === 'booth') return m.zone ? t('planView.match.boothInZone', { code: m.code, zone: m.zone }) : t('planView.match.booth', { code: m.code });
    if (m.kind === 'zone') return t('planView.match.zone', { zone: m.zone });
    return m.boothCode ? t('planView.match.placed', { name: m.name, code: m.boothCode }) : t('planView.match.waiting', { name: m.name });
  };

  return (
    <div className="plan-search" role="search">
      <label htmlFor={id}>{t('planView.search')}</label>
      <input
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-found`}
      />
      <p id={`${id}-found`} className="sr-only" role="status">
        {query.trim() ? t('planView.found', { n: matches.length }) : ''}
      </p>
      {matches.length > 0 && (
        <ul ref={listRef} className="plan-search__results" aria-label={t('planView.results')}>
          {matches.map((m) => (
            <li key={m.key}>
              <button type="button" onClick={() => onChoose(m)}>
                {label(m)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
