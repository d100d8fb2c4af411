import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Appearance, Guest } from '@bussanten/contracts';
import type { FairDay } from '@bussanten/domain';
import { guestsApi } from '../api/guests';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { FormDialog } from '../components/FormDialog';
import { ProblemList } from '../components/ProblemList';
import { useI18n } from '../../i18n/i18n';
import { appearancesChanged } from '../queries';
import { formFieldMessages, refusalSentences } from './appearance-problems';
import { startOfField, toRepeatInput, validateRepeatForm, type RepeatFormValues } from './appearance-form-model';
import { DialogInput, DialogSelect } from './DialogControls';
import { parseTime } from './time-grid';
import { dayOptions, guestOptions, placeOptions, statusOptions, type Places } from './timetable-model';

/**
 * The same appearance at several start times (the mascot at 13:30, 14:30 and 15:30), created all
 * at once or not at all. A refusal names, per start time, what is in the way.
 */
export function RepeatDialog({
  fairId,
  initial,
  guests,
  days,
  places,
  onSaved,
  onClose,
}: {
  fairId: string;
  initial: RepeatFormValues;
  guests: readonly Guest[];
  days: readonly FairDay[];
  places: Places;
  /** Created (the fair's appearances are marked stale already): for the page to close the dialog and say so. */
  onSaved: (saved: Appearance[]) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const [refusal, setRefusal] = useState<string[]>([]);
  const id = (f: string) => `repeat-${f}`;
  const { form, values, submission } = useRecordForm({
    defaultValues: initial,
    validate: validateRepeatForm,
    controlId: id,
    save: async (checked) => {
      const input = toRepeatInput(checked);
      try {
        return await guestsApi.repeat(fairId, input);
      } catch (err) {
        // 'starts.1' is about the second time typed: say which, and judge its hours by its own times.
        const attempt = (field: string) => {
          const start = parseTime(startOfField(field, input.starts) ?? '');
          return start === null ? undefined : { start, end: start + (input.durationMinutes ?? 0) };
        };
        setRefusal(refusalSentences(err, lang, attempt, (field) => startOfField(field, input.starts)));
        throw err;
      }
    },
    onSaved: (created) => {
      void appearancesChanged(queryClient, fairId);
      onSaved(created);
    },
  });
  const saving = submission.saving;
  const own = validateRepeatForm(values);
  const byField = shown ? formFieldMessages(own, lang) : {};
  const set = (change: Partial<RepeatFormValues>) => {
    for (const [key, value] of Object.entries(change) as [keyof RepeatFormValues, string | boolean][]) form.setValue(key, value, { shouldDirty: true });
    setRefusal([]);
  };

  return (
    <FormDialog title={t('timetable.repeat.title')} busy={saving} onClose={onClose} wide>
      <form
        className="appearance-form"
        noValidate
        onSubmit={(e) => {
          // The fields say what is wrong from the first try on that the form's own checks stop.
          if (own.length > 0) setShown(true);
          submission.onSubmit(e);
        }}
        aria-busy={saving}
      >
        <DialogSelect
          id={id('guest')}
          label={t('timetable.field.guest')}
          value={values.guestId}
          emptyLabel={t('form.select')}
          options={guestOptions(guests, lang)}
          messages={byField['guestId']}
          onChange={(guestId) => set({ guestId })}
        />
        <DialogSelect
          id={id('date')}
          label={t('timetable.field.date')}
          value={values.date}
          options={dayOptions(days, lang)}
          messages={byField['date']}
          onChange={(date) => set({ date })}
        />
        <DialogInput
          id={id('starts')}
          label={t('timetable.field.starts')}
          hint={t('timetable.field.startsHint')}
          value={values.starts}
          messages={byField['starts']}
          onChange={(starts) => set({ starts })}
        />
        <DialogInput
          id={id('duration')}
          label={t('timetable.field.duration')}
          inputMode="numeric"
          value={values.duration}
          messages={byField['durationMinutes']}
          onChange={(duration) => set({ duration })}
        />
        <div className="checkbox-field">
          <input
            id={id('approximate')}
            type="checkbox"
            checked={values.approximate}
            onChange={(e) => set({ approximate: e.target.checked })}
            aria-describedby={id('approximate-hint')}
          />
          <label htmlFor={id('approximate')}>{t('timetable.field.approximate')}</label>
          <p id={id('approximate-hint')} className="hint">
            {t('timetable.field.approximateHint')}
          </p>
        </div>
        <DialogSelect
          id={id('location')}
          label={t('timetable.field.location')}
          value={values.location}
          options={placeOptions(values.date, places, lang)}
          messages={byField['location']}
          onChange={(location) => set({ location })}
        />
        <DialogSelect
          id={id('status')}
          label={t('timetable.field.status')}
          value={values.status}
          options={statusOptions(lang)}
          onChange={(status) => set({ status })}
        />
        <div className="field">
          <label htmlFor={id('note')}>{t('timetable.field.publicNote')}</label>
          <textarea
            id={id('note')}
            rows={2}
            value={values.publicNote}
            onChange={(e) => set({ publicNote: e.target.value })}
            aria-describedby={id('note-hint')}
          />
          <p id={id('note-hint')} className="hint">
            {t('timetable.field.publicNoteHint')}
          </p>
        </div>

        <ProblemList problems={refusal} warnings={[]} />

        <div className="dialog__actions">
          <button type="button" onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary" disabled={saving}>
            {saving ? t('timetable.repeat.creating') : t('timetable.repeat.submit')}
          </button>
        </div>
      </form>
    </FormDialog>
  );
}
