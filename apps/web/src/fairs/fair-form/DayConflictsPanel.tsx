import { useId, useState } from 'react';
import type { FairDayCascade } from '@bussanten/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDay } from '../components/fair-format';
import { useI18n } from '../../i18n/i18n';
import { cascadeFor, type DayConflicts } from './day-conflicts';

interface DayConflictsPanelProps {
  conflicts: DayConflicts;
  saving: boolean;
  /** Saves the form again with this cascade. */
  onRetry: (cascade: FairDayCascade) => void;
}

/**
 * After a 409 FAIR_DAY_IN_USE: every application and visit the change strands, a choice for each
 * kind, and a confirmation (mails go out) before the form is saved again with that cascade.
 */
export function DayConflictsPanel({ conflicts, saving, onRetry }: DayConflictsPanelProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState({ dropApplicationDays: false, cancelVisits: false });
  const [confirming, setConfirming] = useState(false);
  const cascade = cascadeFor(conflicts, choice);
  const range = (r: { from: string; to: string }) => (r.from === r.to ? formatDay(r.from, lang) : `${formatDay(r.from, lang)}〜${formatDay(r.to, lang)}`);

  return (
    <section className="fieldset" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('fairDays.title')}</h2>
      <p>{t('fairDays.intro')}</p>

      {conflicts.applications.length > 0 && (
        <>
          <h3>{t('fairDays.applications', { count: conflicts.applications.length })}</h3>
          <ul>
            {conflicts.applications.map((a) => (
              <li key={a.applicationId}>
                {t('fairDays.application', {
                  name: lang === 'en' ? (a.municipalityNameEn ?? a.municipalityName) : a.municipalityName,
                  id: a.applicationId.slice(0, 8),
                  days: a.days.map((d) => formatDay(d, lang)).join(', '),
                })}
                {(a.holdings.length > 0 || a.leftWithoutDays) && (
                  <ul>
                    {a.holdings.map((h) => (
                      <li key={`${h.boothCode}-${h.from}`}>
                        {h.after.length
                          ? t('fairDays.holding', { code: h.boothCode, before: range(h), after: h.after.map(range).join(', ') })
                          : t('fairDays.holdingGone', { code: h.boothCode, before: range(h) })}
                      </li>
                    ))}
                    {a.leftWithoutDays && <li>{t('fairDays.leftWithoutDays')}</li>}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <div className="checkbox-field">
            <input
              id={`${id}-drop`}
              type="checkbox"
              checked={choice.dropApplicationDays}
              onChange={(e) => setChoice((c) => ({ ...c, dropApplicationDays: e.target.checked }))}
              aria-describedby={`${id}-drop-hint`}
            />
            <label htmlFor={`${id}-drop`}>{t('fairDays.dropApplicationDays')}</label>
            <p id={`${id}-drop-hint`} className="hint">
              {t('fairDays.dropApplicationDaysHint')}
            </p>
          </div>
        </>
      )}

      {conflicts.visits.length > 0 && (
        <>
          <h3>{t('fairDays.visits', { count: conflicts.visits.length })}</h3>
          <ul>
            {conflicts.visits.map((v) => (
              <li key={v.appearanceId}>
                {t('fairDays.visit', {
                  guest: lang === 'en' ? (v.guestNameEn ?? v.guestName) : v.guestName,
                  date: formatDay(v.date, lang),
                  start: v.start,
                  end: v.end,
                })}
                {' — '}
                {v.reason === 'outsideHours'
                  ? t('fairDays.reason.outsideHours', { opens: v.opens ?? '', closes: v.closes ?? '' })
                  : t(`fairDays.reason.${v.reason}`)}
              </li>
            ))}
          </ul>
          <div className="checkbox-field">
            <input
              id={`${id}-cancel`}
              type="checkbox"
              checked={choice.cancelVisits}
              onChange={(e) => setChoice((c) => ({ ...c, cancelVisits: e.target.checked }))}
            />
            <label htmlFor={`${id}-cancel`}>{t('fairDays.cancelVisits')}</label>
          </div>
        </>
      )}

      {!cascade && <p className="hint">{t('fairDays.chooseAll')}</p>}
      <button type="button" className="button--primary" disabled={!cascade || saving} onClick={() => setConfirming(true)}>
        {t('fairDays.retry')}
      </button>

      <ConfirmDialog
        open={confirming}
        title={t('fairDays.confirmTitle')}
        confirmLabel={t('fairDays.confirm')}
        busyLabel={t('fairDays.confirming')}
        busy={saving}
        tone="primary"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (cascade) onRetry(cascade);
        }}
      >
        <p>{t('fairDays.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
