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
import { DialogActions, GuestAndDayFields, PlaceAndNoteFields } from './AppearanceFields';
import { DialogInput } from './DialogControls';
import { parseTime } from './time-grid';
import type { Places } from './timetable-model';

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
        <GuestAndDayFields id={id} values={values} byField={byField} guests={guests} days={days} onChange={set} />
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
        <PlaceAndNoteFields id={id} values={values} byField={byField} places={places} onChange={set} />

        <ProblemList problems={refusal} warnings={[]} />

        <DialogActions saving={saving} submitLabel={t('timetable.repeat.submit')} savingLabel={t('timetable.repeat.creating')} onClose={onClose} />
      </form>
    </FormDialog>
  );
}
