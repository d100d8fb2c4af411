import { useQueryClient } from '@tanstack/react-query';
import type { Venue } from '@bussanten/contracts';
import { fairsApi } from '../api/fairs';
import { messagesUnder } from '../../api/error-messages';
import { TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useI18n } from '../../i18n/i18n';
import { staleAfterVenueSaved } from '../queries';
import { PostalCodeFields } from './PostalCodeFields';
import { EMPTY_ROOM, EMPTY_VENUE_FORM, toVenueInput, validateVenueForm, valuesFromVenue, venueControlId } from './venue-model';

const fieldId = (field: string) => `venue-${field}`;

/**
 * Adds a venue or edits one, rooms included; the room sizes are what the floor plan is drawn on.
 * Once saved, what the venue shows in is read again, and `onDone` closes the form.
 */
export function VenueForm({ existing, onDone, onCancel }: { existing: Venue | null; onDone: (venue: Venue) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { form, values, submission, field } = useRecordForm({
    defaultValues: existing ? valuesFromVenue(existing) : EMPTY_VENUE_FORM,
    validate: validateVenueForm,
    controlId: fieldId,
    save: (checked) => (existing ? fairsApi.updateVenue(existing.id, toVenueInput(checked)) : fairsApi.createVenue(toVenueInput(checked))),
    onSaved: (venue) => {
      for (const filter of staleAfterVenueSaved(existing === null)) void queryClient.invalidateQueries(filter);
      onDone(venue);
    },
  });
  const setRooms = (rooms: typeof values.rooms) => form.setValue('rooms', rooms, { shouldDirty: true });
  const title = existing ? t('venues.editTitle', { name: existing.name }) : t('venues.newTitle');

  return (
    <section className="booth-form" aria-labelledby="venue-form-heading">
      <h2 id="venue-form-heading">{title}</h2>
      <SubmissionSummary
        submission={submission}
        locate={(f) => {
          const room = /^rooms\.(\d+)\.(\w+)/.exec(f);
          const label = room
            ? `${t('venues.roomN', { n: Number(room[1]) + 1 })} ${room[2] === 'name' ? t('venues.roomName') : room[2] === 'widthM' ? t('venues.widthM') : t('venues.depthM')}`
            : f === 'name' || f === 'address' || f === 'postalCode' || f === 'prefecture' || f === 'city'
              ? t(`venues.${f}`)
              : null;
          return { targetId: venueControlId(f), label };
        }}
      />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('name')} label={t('venues.name')} required />
        <PostalCodeFields
          field={field}
          values={values}
          onFill={(change) => (Object.keys(change) as (keyof typeof change)[]).forEach((k) => form.setValue(k, change[k], { shouldDirty: true }))}
        />
        <TextField {...field('address')} label={t('venues.address')} hint={t('venues.addressHint')} required autoComplete="off" />
        <fieldset className="fieldset">
          <legend>{t('venues.rooms')}</legend>
          <p className="hint">{t('venues.roomsHint')}</p>
          <ol className="room-rows">
            {values.rooms.map((room, i) => {
              const rowMessages = messagesUnder(submission.byField, `rooms.${i}`);
              const n = t('venues.roomN', { n: i + 1 });
              return (
                <li key={room.id ?? `new-${i}`} className={`day-row${rowMessages.length ? ' field--invalid' : ''}`}>
                  <div className="day-row__head">
                    <p className="day-row__date">{n}</p>
                    {/* Saved rooms stay: fairs may be planned in them. */}
                    {!room.id && values.rooms.length > 1 && (
                      <button type="button" className="button--link" onClick={() => setRooms(form.getValues('rooms').filter((_, j) => j !== i))}>
                        {t('venues.removeRoom', { n: i + 1 })}
                      </button>
                    )}
                  </div>
                  <TextField {...field(`rooms.${i}.name`, `venue-room-${i}-name`)} label={`${n} ${t('venues.roomName')}`} required />
                  <div className="inline-fields">
                    <TextField {...field(`rooms.${i}.widthM`, `venue-room-${i}-widthM`)} label={`${n} ${t('venues.widthM')}`} required inputMode="decimal" />
                    <TextField {...field(`rooms.${i}.depthM`, `venue-room-${i}-depthM`)} label={`${n} ${t('venues.depthM')}`} required inputMode="decimal" />
                  </div>
                </li>
              );
            })}
          </ol>
          <div className="form__actions">
            <button id="venue-add-room" type="button" onClick={() => setRooms([...form.getValues('rooms'), EMPTY_ROOM])}>
              {t('venues.addRoom')}
            </button>
          </div>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? t('common.saving') : existing ? t('form.save') : t('form.create')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
