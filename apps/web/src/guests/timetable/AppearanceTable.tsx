import type { Appearance } from '@bussanten/contracts';
import { ResultsTable } from '../../components/ListPage';
import { useI18n } from '../../i18n/i18n';
import { warningText } from './appearance-problems';
import { approxText, statusKey, timeRange } from './timetable-model';

/**
 * The day's appearances as a table: everything the grid does, for the keyboard and screen readers
 * (edit opens the same form; delete asks first).
 */
export function AppearanceTable({
  appearances,
  placeOf,
  onEdit,
  onDelete,
}: {
  appearances: readonly Appearance[];
  placeOf: (a: Appearance) => string;
  onEdit: (a: Appearance) => void;
  onDelete: (a: Appearance) => void;
}) {
  const { t, lang } = useI18n();
  if (appearances.length === 0) return <p className="empty">{t('timetable.list.empty')}</p>;
  return (
    <ResultsTable
      captionId="appearances-caption"
      caption={t('timetable.list.caption')}
      columns={[
        { label: t('timetable.col.time') },
        { label: t('timetable.col.guest') },
        { label: t('timetable.col.place') },
        { label: t('timetable.col.status') },
        { label: t('timetable.col.note') },
        { label: t('timetable.col.actions') },
      ]}
    >
      {appearances.map((a) => {
        const what = `${a.guest.name} ${timeRange(a.start, a.end)}`;
        return (
          <tr key={a.id}>
            <td className={a.status === 'cancelled' ? 'tt-struck-cell' : undefined}>
              {timeRange(a.start, a.end)}
              {a.approximate && <span className="block muted">{approxText(a.start, a.end, lang)}</span>}
            </td>
            <th scope="row">{a.guest.name}</th>
            <td>{placeOf(a)}</td>
            <td>
              <span className={`tt-status tt-status--${a.status}`}>{t(statusKey(a.status))}</span>
            </td>
            <td>
              {a.publicNote && <span className="block">{a.publicNote}</span>}
              {a.warnings.map((w) => (
                <span key={w.rule} className="block tt-warning">
                  {warningText(w, lang)}
                </span>
              ))}
            </td>
            <td>
              <div className="actions">
                {/* Named '編集 ハタチの龍馬 13:30–14:00': the visible word first, so voice control finds it, then which row. */}
                <button type="button" aria-label={`${t('common.edit')} ${what}`} onClick={() => onEdit(a)}>
                  {t('common.edit')}
                </button>
                <button type="button" className="button--danger" aria-label={`${t('common.delete')} ${what}`} onClick={() => onDelete(a)}>
                  {t('common.delete')}
                </button>
              </div>
            </td>
          </tr>
        );
      })}
    </ResultsTable>
  );
}
