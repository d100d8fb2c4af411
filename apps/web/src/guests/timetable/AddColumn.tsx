import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Column } from './timetable-model';

/**
 * Shows one more booth as a column, so a guest can be placed at an exhibitor's booth by dragging.
 * Booths without guests stay hidden: a fair has dozens.
 */
export function AddColumn({ candidates, onAdd }: { candidates: readonly Column[]; onAdd: (key: string) => void }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  if (candidates.length === 0) return null;
  return (
    <form
      className="tt-add-column"
      onSubmit={(e) => {
        e.preventDefault();
        if (!candidates.some((c) => c.key === key)) return;
        onAdd(key);
        setKey('');
      }}
    >
      <div className="field">
        <label htmlFor="tt-add-column">{t('timetable.addColumn.booth')}</label>
        <select id="tt-add-column" value={key} onChange={(e) => setKey(e.target.value)}>
          <option value="">{t('form.select')}</option>
          {candidates.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={key === ''}>
        {t('timetable.addColumn.submit')}
      </button>
    </form>
  );
}
