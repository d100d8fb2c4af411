import { MunicipalitySearchField, useMunicipalitySearch } from '../../registry';
import { FieldMessages } from '../../components/FormErrors';
import { prefectureLabel } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import type { OwnerChoice } from './guest-form-model';

/**
 * 所属: the host's own guest, or one a partner municipality sends (its mascot, its drum group),
 * found with the registry search and shown once chosen, with a way to choose again.
 */
export function OwnerField({ value, onChange, messages }: { value: OwnerChoice; onChange: (o: OwnerChoice) => void; messages: readonly string[] }) {
  const { t, lang } = useI18n();
  const choosing = value.kind === 'municipality' && !value.id;
  const search = useMunicipalitySearch(choosing);
  const inputId = 'guest-ownerMunicipalityId';

  return (
    <fieldset className="fieldset">
      <legend>{t('guests.field.owner')}</legend>
      <div className="checkbox-field">
        <input id="guest-owner-host" type="radio" name="owner" checked={value.kind === 'host'} onChange={() => onChange({ kind: 'host' })} />
        <label htmlFor="guest-owner-host">{t('guests.owner.host')}</label>
      </div>
      <div className="checkbox-field">
        <input
          id="guest-owner-municipality"
          type="radio"
          name="owner"
          checked={value.kind === 'municipality'}
          onChange={() => onChange({ kind: 'municipality', id: null, name: null })}
        />
        <label htmlFor="guest-owner-municipality">{t('guests.owner.municipality')}</label>
      </div>
      {value.kind === 'municipality' &&
        (value.id ? (
          <div className="field">
            <p className="chosen" id={inputId} tabIndex={-1}>
              <span>{value.name}</span>
              <button
                type="button"
                onClick={() => {
                  onChange({ kind: 'municipality', id: null, name: null });
                  search.clear();
                }}
              >
                {t('guests.owner.change')}
                <span className="sr-only">: {value.name}</span>
              </button>
            </p>
            <FieldMessages id={`${inputId}-error`} messages={messages} />
          </div>
        ) : (
          <MunicipalitySearchField
            search={search}
            inputId={inputId}
            label={t('guests.owner.search')}
            hint={t('guests.owner.searchHint')}
            messages={messages}
            prefecture={(m) => prefectureLabel(m.prefectureCode, m.prefecture, lang)}
            action={(m) => (
              <button
                type="button"
                onClick={() => {
                  onChange({ kind: 'municipality', id: m.id, name: m.name });
                  // Keep the keyboard where the choice now is.
                  requestAnimationFrame(() => document.getElementById(inputId)?.focus());
                }}
              >
                {t('guests.owner.choose')}
                <span className="sr-only">: {m.name}</span>
              </button>
            )}
          />
        ))}
    </fieldset>
  );
}
