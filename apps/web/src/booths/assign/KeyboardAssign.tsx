import { useState, type FormEvent } from 'react';
import type { ApplicationSummary, Assignment, AssignmentInput, Booth } from '@bussanten/contracts';
import { assignmentRangeProblems, type FairDay } from '@bussanten/domain';
import { detailMessage } from '../../api/error-messages';
import { formatFairDay } from '../../applications';
import { useI18n } from '../../i18n/i18n';
import { checkPlacement, compareBoothCodes, dropRange, holderOn, problemSentences } from './assign-model';

/**
 * The keyboard (and screen reader) way to place the chosen application: pick a booth and the days,
 * hear what stands in the way, and assign. Does exactly what a drop does.
 */
export function KeyboardAssign({
  app,
  booths,
  fairDays,
  day,
  assignments,
  busy,
  onAssign,
  onClose,
}: {
  app: ApplicationSummary;
  booths: readonly Booth[];
  fairDays: readonly FairDay[];
  day: string;
  assignments: readonly Assignment[];
  busy: boolean;
  onAssign: (input: AssignmentInput, boothCode: string) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const initial = dropRange(app, fairDays, day, assignments) ?? { from: day, to: day };
  const [boothId, setBoothId] = useState('');
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  // A new choice of application or day starts from its own run of days.
  const [chosen, setChosen] = useState({ appId: app.id, day });
  if (chosen.appId !== app.id || chosen.day !== day) {
    setChosen({ appId: app.id, day });
    setFrom(initial.from);
    setTo(initial.to);
    setBoothId('');
  }

  const openDays = fairDays.filter((d) => d.opens !== null || d.closes !== null).map((d) => d.date);
  const sorted = [...booths].sort(compareBoothCodes);
  const booth = sorted.find((b) => b.id === boothId) ?? null;
  const rangeProblems = assignmentRangeProblems({ from, to }, [...fairDays], app.days).map((d) => detailMessage(d, lang));
  const problems = booth && rangeProblems.length === 0 ? problemSentences(checkPlacement(app, booth, { from, to }, assignments), lang) : [];
  const all = [...rangeProblems, ...problems];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!booth || rangeProblems.length > 0) return;
    onAssign({ boothId: booth.id, from, to }, booth.code);
  };

  return (
    <section className="keyboard-assign card" aria-labelledby="keyboard-assign-heading">
      <h2 id="keyboard-assign-heading">{t('assign.keyboardHeading', { name: app.municipality.name })}</h2>
      <form onSubmit={submit} className="keyboard-assign__form">
        <div className="field">
          <label htmlFor="assign-booth">{t('assign.booth')}</label>
          <select id="assign-booth" value={boothId} onChange={(e) => setBoothId(e.target.value)} aria-describedby="assign-problems">
            <option value="">{t('form.select')}</option>
            {sorted.map((b) => {
              const holder = holderOn(b.id, day, assignments);
              // The zone after the code ('A1 入口側'), so booths of one area are found together.
              const code = b.zone ? `${b.code} ${b.zone}` : b.code;
              return (
                <option key={b.id} value={b.id}>
                  {holder ? t('assign.boothOptionTaken', { code, holder: holder.municipalityName }) : t('assign.boothOptionFree', { code })}
                </option>
              );
            })}
          </select>
        </div>
        <div className="row__pair">
          <DaySelect id="assign-from" label={t('assign.from')} days={openDays} value={from} onChange={setFrom} />
          <DaySelect id="assign-to" label={t('assign.to')} days={openDays} value={to} onChange={setTo} />
        </div>
        <div id="assign-problems" role="status" className={all.length ? 'problems problems--bad' : 'problems'}>
          {all.length > 0 ? (
            <ul>
              {all.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : booth ? (
            <p>{t('assign.fitsBooth', { code: booth.code })}</p>
          ) : null}
        </div>
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={busy || !booth || rangeProblems.length > 0}>
            {busy ? t('assign.assigning') : t('assign.assign')}
          </button>
          <button type="button" onClick={onClose}>
            {t('assign.deselect')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A labelled select of fair days, named as on the day buttons ('2月17日(金)'). */
function DaySelect({
  id,
  label,
  days,
  value,
  onChange,
}: {
  id: string;
  label: string;
  days: readonly string[];
  value: string;
  onChange: (day: string) => void;
}) {
  const { lang } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {days.map((d) => (
          <option key={d} value={d}>
            {formatFairDay(d, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
