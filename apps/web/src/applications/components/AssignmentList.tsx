import type { Assignment } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { formatDayRange } from './day-format';

/**
 * The booths an application holds, one line each: "ブース A3 ・ 2月17日〜2月19日". With `onRemove`
 * each line gets a "割り当てを解除" button (the caller confirms first).
 */
export function AssignmentList({ assignments, onRemove }: { assignments: readonly Assignment[]; onRemove?: (a: Assignment) => void }) {
  const { t, lang } = useI18n();
  const sorted = [...assignments].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return (
    <ul className="assignment-list">
      {sorted.map((a) => (
        <li key={a.id}>
          <span className="assignment-list__text">
            {t('assignment.line', { code: a.boothCode, range: formatDayRange(a, lang) })}
            {a.overridden && <span className="badge badge--warning">{t('assignment.overridden')}</span>}
          </span>
          {onRemove && (
            <button type="button" className="button--link" onClick={() => onRemove(a)}>
              {t('assignment.remove')}
              <span className="sr-only">{t('assignment.removeContext', { code: a.boothCode, range: formatDayRange(a, lang) })}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Booth codes alone, for a table cell: 'A3, B1'. */
export function BoothCodes({ assignments }: { assignments: readonly Assignment[] }) {
  const { t, lang } = useI18n();
  if (assignments.length === 0) return <span className="muted">{t('assignment.none')}</span>;
  return (
    <>
      {[...assignments]
        .sort((a, b) => (a.from < b.from ? -1 : 1))
        .map((a) => `${a.boothCode}（${formatDayRange(a, lang)}）`)
        .join(lang === 'ja' ? '、' : ', ')}
    </>
  );
}
