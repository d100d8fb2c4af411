import type { Venue } from '@bussanten/contracts';
import { FieldShell } from '../../components/Field';
import type { BoundField } from '../../components/form-helpers';
import { useI18n } from '../../i18n/i18n';

/** The room a fair is held in, grouped by venue so two venues' 催事場 are told apart. */
export function RoomSelectField({ venues, label, hint, ...field }: BoundField & { venues: readonly Venue[]; label: string; hint?: string }) {
  const { t } = useI18n();
  return (
    <FieldShell id={field.id} label={label} required hint={hint} messages={field.messages}>
      {(aria) => (
        <select id={field.id} name={field.name} value={field.value} onChange={field.onChange} {...aria}>
          <option value="">{t('form.select')}</option>
          {venues.map((venue) => (
            <optgroup key={venue.id} label={venue.name}>
              {venue.rooms.map((room) => (
                <option key={room.id} value={room.id}>
                  {t('fairs.roomOption', { room: room.name, width: room.widthM, depth: room.depthM })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
