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
import { DialogActions, GuestAndDayFields, PlaceAndNoteFields } from './AppearanceFields';
import { DialogInput } from './DialogControls';
import { parseTime } from './time-grid';
import type { Places } from './timetable-model';
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
        <GuestAndDayFields id={id} values={values} byField={byField} guests={guests} days={days} onChange={(change) => set((v) => ({ ...v, ...change }))} />
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
        <PlaceAndNoteFields id={id} values={values} byField={byField} places={places} onChange={(change) => set((v) => ({ ...v, ...change }))} />

        <ProblemList problems={refusal.length > 0 ? refusal : live.problems} warnings={refusal.length > 0 ? [] : live.warnings} />
        {check.checking && <p className="muted">{t('timetable.checking')}</p>}

        <DialogActions saving={saving} submitLabel={t('timetable.form.save')} savingLabel={t('common.saving')} onClose={onClose} />
      </form>
    </FormDialog>
  );
}
