import { useState } from 'react';
import type { ApiErrorDetail } from '@bussanten/contracts';
import { japaneseHoliday } from '@bussanten/domain';
import { messagesByField, messagesUnder } from '../../api/error-messages';
import { FieldMessages } from '../../components/FormErrors';
import { controlAria } from '../../components/form-helpers';
import { HolidayMark } from '../components/HolidayMark';
import { formatFullDate, isWeekend } from '../components/fair-format';
import { useI18n } from '../../i18n/i18n';
import { addDay, generateDays, rangeProblems, type DayRow } from './form-model';

interface DaysEditorProps {
  days: DayRow[];
  onChange: (change: (days: DayRow[]) => DayRow[]) => void;
  /** The form's messages by field path ('days.1.closes'). */
  byField: Record<string, string[]>;
}

/**
 * The fair's days: made from a first and last date with the usual hours, then each day adjusted
 * (a short last day, a closed day in the middle). Rows are kept in the form's state only; nothing
 * is saved until the whole fair is.
 */
export function DaysEditor({ days, onChange, byField }: DaysEditorProps) {
  const { t, lang } = useI18n();
  const [first, setFirst] = useState(days[0]?.date ?? '');
  const [last, setLast] = useState(days[days.length - 1]?.date ?? '');
  const [rangeIssues, setRangeIssues] = useState<ApiErrorDetail[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const rangeMessages = messagesByField(rangeIssues, lang);
  const listMessages = byField['days'] ?? [];

  const generate = () => {
    const problems = rangeProblems(first, last);
    setRangeIssues(problems);
    if (problems.length) return;
    const rows = generateDays(first, last, days);
    onChange(() => rows);
    setAnnouncement(t('fairs.days.generated', { n: rows.length }));
  };

  const update = (index: number, patch: Partial<DayRow>) => onChange((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <fieldset className="fieldset" aria-describedby="fair-days-hint">
      <legend>
        {t('fairs.days.legend')}
        <span className="required">{t('common.required')}</span>
      </legend>
      <p id="fair-days-hint" className="hint">
        {t('fairs.days.hint')}
      </p>
      <div className="inline-fields">
        <DateInput id="fair-firstDate" label={t('fairs.days.first')} value={first} onChange={setFirst} messages={rangeMessages['firstDate'] ?? listMessages} />
        <DateInput id="fair-lastDate" label={t('fairs.days.last')} value={last} onChange={setLast} messages={rangeMessages['lastDate'] ?? []} />
        <div className="field">
          <button type="button" onClick={generate}>
            {days.length ? t('fairs.days.regenerate') : t('fairs.days.generate')}
          </button>
        </div>
      </div>
      <p className="sr-only" role="status">
        {announcement}
      </p>

      {days.length === 0 ? (
        <p className="muted">{t('fairs.days.none')}</p>
      ) : (
        <ol className="day-rows">
          {days.map((row, i) => (
            <DayRowEditor
              key={row.date}
              index={i}
              row={row}
              byField={byField}
              onChange={(patch) => update(i, patch)}
              onRemove={() => {
                onChange((rows) => rows.filter((_, j) => j !== i));
                setAnnouncement(t('fairs.days.removed', { date: formatFullDate(row.date, lang) }));
              }}
            />
          ))}
        </ol>
      )}
      <div className="form__actions">
        <button
          type="button"
          onClick={() => {
            const rows = addDay(days, first);
            onChange(() => rows);
            const added = rows[rows.length - 1];
            if (added) setAnnouncement(t('fairs.days.added', { date: formatFullDate(added.date, lang) }));
          }}
          disabled={days.length === 0 && !first}
        >
          {t('fairs.days.add')}
        </button>
      </div>
    </fieldset>
  );
}

function DateInput({
  id,
  label,
  value,
  onChange,
  messages,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  messages: readonly string[];
}) {
  const errorId = `${id}-error`;
  return (
    <div className={`field${messages.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} {...controlAria(messages, { errorId, hintId: null })} />
      <FieldMessages id={errorId} messages={messages} />
    </div>
  );
}

function DayRowEditor({
  index,
  row,
  byField,
  onChange,
  onRemove,
}: {
  index: number;
  row: DayRow;
  byField: Record<string, string[]>;
  onChange: (patch: Partial<DayRow>) => void;
  onRemove: () => void;
}) {
  const { t, lang } = useI18n();
  const holiday = japaneseHoliday(row.date);
  const dateText = formatFullDate(row.date, lang);
  const headingId = `fair-day-${index}-heading`;
  const rowMessages = messagesUnder(byField, `days.${index}`);
  return (
    <li className={`day-row${rowMessages.length ? ' field--invalid' : ''}`} aria-labelledby={headingId}>
      <div className="day-row__head">
        <p id={headingId} className={`day-row__date${isWeekend(row.date) || holiday ? ' weekday--weekend' : ''}`}>
          {dateText} <HolidayMark holiday={holiday} />
        </p>
        <button type="button" className="button--link" onClick={onRemove} aria-label={t('fairs.days.removeLabel', { date: dateText })}>
          {t('fairs.days.remove')}
        </button>
      </div>
      <div className="day-row__times">
        <TimeInput
          id={`fair-day-${index}-opens`}
          label={t('fairs.days.opens')}
          dateText={dateText}
          value={row.opens}
          disabled={row.closed}
          onChange={(opens) => onChange({ opens })}
          messages={[...(byField[`days.${index}.opens`] ?? []), ...(byField[`days.${index}.date`] ?? [])]}
        />
        <TimeInput
          id={`fair-day-${index}-closes`}
          label={t('fairs.days.closes')}
          dateText={dateText}
          value={row.closes}
          disabled={row.closed}
          onChange={(closes) => onChange({ closes })}
          messages={byField[`days.${index}.closes`] ?? []}
        />
        <label className="checkbox">
          <input type="checkbox" checked={row.closed} onChange={(e) => onChange({ closed: e.target.checked })} />
          <span className="sr-only">{dateText} </span>
          {t('fairs.days.closed')}
        </label>
      </div>
    </li>
  );
}

function TimeInput({
  id,
  label,
  dateText,
  value,
  disabled,
  onChange,
  messages,
}: {
  id: string;
  label: string;
  dateText: string;
  value: string;
  disabled: boolean;
  onChange: (v: string) => void;
  messages: readonly string[];
}) {
  const errorId = `${id}-error`;
  return (
    <div className={`field${messages.length ? ' field--invalid' : ''}`}>
      {/* The visible label is short ('開場'); the accessible name says which day, as every row has one. */}
      <label htmlFor={id}>
        <span className="sr-only">{dateText} </span>
        {label}
      </label>
      <input
        id={id}
        type="time"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        {...controlAria(messages, { errorId, hintId: null })}
      />
      <FieldMessages id={errorId} messages={messages} />
    </div>
  );
}
