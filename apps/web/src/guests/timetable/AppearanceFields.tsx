import type { Guest } from '@bussanten/contracts';
import type { FairDay } from '@bussanten/domain';
import { useI18n } from '../../i18n/i18n';
import { DialogSelect } from './DialogControls';
import { dayOptions, guestOptions, placeOptions, statusOptions, type Places } from './timetable-model';

/** What both appearance dialogs (one appearance, or the same one at several times) ask alike. */
export interface SharedAppearanceValues {
  guestId: string;
  date: string;
  approximate: boolean;
  location: string;
  status: string;
  publicNote: string;
}

interface FieldsProps {
  /** The control id of a field: each dialog has its own prefix. */
  id: (field: string) => string;
  values: SharedAppearanceValues;
  byField: Record<string, string[]>;
  onChange: (change: Partial<SharedAppearanceValues>) => void;
}

/** Who appears, and on which day: the dialogs' first fields. */
export function GuestAndDayFields({ id, values, byField, onChange, guests, days }: FieldsProps & { guests: readonly Guest[]; days: readonly FairDay[] }) {
  const { t, lang } = useI18n();
  return (
    <>
      <DialogSelect
        id={id('guest')}
        label={t('timetable.field.guest')}
        value={values.guestId}
        emptyLabel={t('form.select')}
        options={guestOptions(guests, lang)}
        messages={byField['guestId']}
        onChange={(guestId) => onChange({ guestId })}
      />
      <DialogSelect
        id={id('date')}
        label={t('timetable.field.date')}
        value={values.date}
        options={dayOptions(days, lang)}
        messages={byField['date']}
        onChange={(date) => onChange({ date })}
      />
    </>
  );
}

/** "About this time", where, its status and the note visitors read: the fields after the times. */
export function PlaceAndNoteFields({ id, values, byField, onChange, places }: FieldsProps & { places: Places }) {
  const { t, lang } = useI18n();
  return (
    <>
      <div className="checkbox-field">
        <input
          id={id('approximate')}
          type="checkbox"
          checked={values.approximate}
          onChange={(e) => onChange({ approximate: e.target.checked })}
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
        onChange={(location) => onChange({ location })}
      />
      <DialogSelect
        id={id('status')}
        label={t('timetable.field.status')}
        value={values.status}
        options={statusOptions(lang)}
        onChange={(status) => onChange({ status })}
      />
      <div className="field">
        <label htmlFor={id('note')}>{t('timetable.field.publicNote')}</label>
        <textarea
          id={id('note')}
          rows={2}
          value={values.publicNote}
          onChange={(e) => onChange({ publicNote: e.target.value })}
          aria-describedby={id('note-hint')}
        />
        <p id={id('note-hint')} className="hint">
          {t('timetable.field.publicNoteHint')}
        </p>
      </div>
    </>
  );
}

/** Cancel and the dialog's own submit button, which says it is busy while saving. */
export function DialogActions({
  saving,
  submitLabel,
  savingLabel,
  onClose,
}: {
  saving: boolean;
  submitLabel: string;
  savingLabel: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="dialog__actions">
      <button type="button" onClick={onClose} disabled={saving}>
        {t('common.close')}
      </button>
      <button type="submit" className="button--primary" disabled={saving}>
        {saving ? savingLabel : submitLabel}
      </button>
    </div>
  );
}
