import { useI18n } from '../../i18n/i18n';

/**
 * What stands in the way of an appearance (role="alert", so it is announced the moment it appears)
 * and what is only worth knowing (role="status"). Each sentence names the other party.
 */
export function ProblemList({ problems, warnings, id }: { problems: readonly string[]; warnings: readonly string[]; id?: string }) {
  const { t } = useI18n();
  return (
    <div id={id} className="appearance-problems">
      {problems.length > 0 && (
        <div className="problems problems--bad" role="alert">
          <p className="appearance-problems__title">{t('timetable.problemsTitle')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div role="status">
        {warnings.length > 0 && (
          <div className="problems problems--warn">
            <p className="appearance-problems__title">{t('timetable.warningsTitle')}</p>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
