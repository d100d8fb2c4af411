import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Appearance, AppearanceInput, Guest } from '@bussanten/contracts';
import type { FairDay } from '@bussanten/domain';
import { guestsApi } from '../api/guests';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { FormDialog } from '../components/FormDialog';
import { ProblemList } from '../components/ProblemList';
import { useI18n } from '../../i18n/i18n';
import { appearancesChanged } from '../queries';
import { checkSentences, formFieldMessages, refusalSentences } from './appearance-problems';
import { toAppearanceInput, validateAppearanceForm, withDuration, withEnd, withStart, type AppearanceFormValues } from './appearance-form-model';
import { DialogInput, DialogSelect } from './DialogControls';
import { parseTime } from './time-grid';
import { dayOptions, guestOptions, placeOptions, statusOptions, type Places } from './timetable-model';
import { useAppearanceCheck } from './useAppearanceCheck';

interface Props {
  fairId: string;
  /** The appearance being edited, or null for a new one. */
  existing: Appearance | null;
  initial: AppearanceFormValues;
  guests: readonly Guest[];
  days: readonly FairDay[];
  places: Places;
  /** Saved (the fair's appearances are marked stale already): for the page to close the dialog and say so. */
  onSaved: (saved: Appearance) => void;
  onClose: () => void;
}

/**
 * Adding or editing one appearance. While the user types, the server's dry run says what saving
 * would meet (the guest elsewhere, the place taken, outside the day's hours) and what is only worth
 * knowing; 保存 then saves, and a refusal is shown the same way.
 */
const attemptOf = (input: AppearanceInput) => ({ start: parseTime(input.start) ?? 0, end: parseTime(input.end ?? '') ?? 0 });

export function AppearanceFormDialog({ fairId, existing, initial, guests, days, places, onSaved, onClose }: Props) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const [refusal, setRefusal] = useState<string[]>([]);
  const id = (f: string) => `appearance-${f}`;
  const { form, values, submission } = useRecordForm({
    defaultValues: initial,
    validate: validateAppearanceForm,
    controlId: id,
    save: async (checked) => {
      const body = toAppearanceInput(checked);
      try {
        return existing ? await guestsApi.updateAppearance(existing.id, body) : await guestsApi.createAppearance(fairId, body);
      } catch (err) {
        setRefusal(refusalSentences(err, lang, attemptOf(body)));
        throw err;
      }
    },
    onSaved: (saved) => {
      void appearancesChanged(queryClient, fairId);
      onSaved(saved);
    },
  });
  const saving = submission.saving;
  const own = validateAppearanceForm(values);
  const input = own.length === 0 ? toAppearanceInput(values) : null;
  const check = useAppearanceCheck(fairId, input, existing?.id ?? null);
  const attempt = input ? attemptOf(input) : undefined;
  const live = check.result ? checkSentences(check.result, lang, attempt) : { problems: [], warnings: [] };
  const byField = shown ? formFieldMessages(own, lang) : {};
  /** Sets the fields `change` changes (start, end and duration move together); an earlier refusal goes. */
  const set = (change: (v: AppearanceFormValues) => AppearanceFormValues) => {
    const before = form.getValues();
    const after = change(before);
    for (const key of Object.keys(after) as (keyof AppearanceFormValues)[]) {
      if (after[key] !== before[key]) form.setValue(key, after[key], { shouldDirty: true });
    }
    setRefusal([]);
  };

  return (
    <FormDialog
      title={existing ? t('timetable.form.editTitle', { name: existing.guest.name }) : t('timetable.form.newTitle')}
      busy={saving}
      onClose={onClose}
      wide
    >
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
          onChange={(guestId) => set((v) => ({ ...v, guestId }))}
        />
        <DialogSelect
          id={id('date')}
          label={t('timetable.field.date')}
          value={values.date}
          options={dayOptions(days, lang)}
          messages={byField['date']}
          onChange={(date) => set((v) => ({ ...v, date }))}
        />
        <div className="appearance-form__times">
          <DialogInput
            id={id('start')}
            label={t('timetable.field.start')}
            type="time"
            value={values.start}
            messages={byField['start']}
            onChange={(s) => set((v) => withStart(v, s))}
          />
          <DialogInput
            id={id('end')}
            label={t('timetable.field.end')}
            type="time"
            value={values.end}
            messages={byField['end']}
            onChange={(s) => set((v) => withEnd(v, s))}
          />
          <DialogInput
            id={id('duration')}
            label={t('timetable.field.duration')}
            inputMode="numeric"
            value={values.duration}
            messages={byField['duration']}
            onChange={(s) => set((v) => withDuration(v, s))}
          />
        </div>
        <div className="checkbox-field">
          <input
            id={id('approximate')}
            type="checkbox"
            checked={values.approximate}
            onChange={(e) => set((v) => ({ ...v, approximate: e.target.checked }))}
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
          onChange={(location) => set((v) => ({ ...v, location }))}
        />
        <DialogSelect
          id={id('status')}
          label={t('timetable.field.status')}
          value={values.status}
          options={statusOptions(lang)}
          onChange={(status) => set((v) => ({ ...v, status }))}
        />
        <div className="field">
          <label htmlFor={id('note')}>{t('timetable.field.publicNote')}</label>
          <textarea
            id={id('note')}
            rows={2}
            value={values.publicNote}
            onChange={(e) => set((v) => ({ ...v, publicNote: e.target.value }))}
            aria-describedby={id('note-hint')}
          />
          <p id={id('note-hint')} className="hint">
            {t('timetable.field.publicNoteHint')}
          </p>
        </div>

        <ProblemList problems={refusal.length > 0 ? refusal : live.problems} warnings={refusal.length > 0 ? [] : live.warnings} />
        {check.checking && <p className="muted">{t('timetable.checking')}</p>}

        <div className="dialog__actions">
          <button type="button" onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button--primary" disabled={saving}>
            {saving ? t('common.saving') : t('timetable.form.save')}
          </button>
        </div>
      </form>
    </FormDialog>
  );
}
