import { useState } from 'react';
import type { PostalCodePlace } from '@bussanten/contracts';
import { normalizeTyped, postalCodeRule, PREFECTURES } from '@bussanten/domain';
import { describeError } from '../../api/error-messages';
import { isApiError } from '../../api/client';
import { SelectField, TextField } from '../../components/Field';
import type { BoundField } from '../../components/form-helpers';
import { useI18n } from '../../i18n/i18n';
import { fairsApi } from '../api/fairs';
import { withPlace, type VenueFormValues } from './venue-model';

type Filled = Pick<VenueFormValues, 'prefecture' | 'city' | 'address'>;

/**
 * 郵便番号, 都道府県 and 市区町村 of a venue. 「住所を検索」 asks the server, which looks the code up in
 * Japan Post's data shipped with it, and fills the prefecture and city (and the town, when the rest
 * of the address is still empty); a code with several places offers each to pick.
 */
export function PostalCodeFields({
  field,
  values,
  onFill,
}: {
  field: (path: 'postalCode' | 'prefecture' | 'city') => BoundField;
  values: VenueFormValues;
  onFill: (change: Filled) => void;
}) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [places, setPlaces] = useState<PostalCodePlace[]>([]);
  const [said, setSaid] = useState('');
  const fill = (place: PostalCodePlace) => {
    onFill(withPlace(values, place));
    setPlaces([]);
    setSaid(t('venues.filled', { place: `${place.prefecture}${place.city}${place.town}` }));
  };
  const find = async () => {
    const code = normalizeTyped(values.postalCode);
    setPlaces([]);
    if (postalCodeRule.check(code) !== null) return setSaid(t('rule.postalCode.matches'));
    setBusy(true);
    setSaid('');
    try {
      const found = await fairsApi.postalCode(code);
      if (found.places.length === 1) fill(found.places[0] as PostalCodePlace);
      else {
        setPlaces(found.places);
        setSaid(t('venues.choosePlace', { n: found.places.length }));
      }
    } catch (e) {
      setSaid(isApiError(e) && e.status === 404 ? t('venues.postalCodeUnknown') : describeError(e, lang).message);
    } finally {
      setBusy(false);
    }
  };
  // The API stores the prefecture by its Japanese name; English readers see the English one.
  const prefectures = PREFECTURES.map((p) => ({ value: p.name, label: lang === 'ja' ? p.name : p.nameEn }));
  return (
    <>
      <div className="inline-fields">
        <TextField {...field('postalCode')} label={t('venues.postalCode')} hint={t('venues.postalCodeHint')} inputMode="numeric" autoComplete="postal-code" />
        <div className="form__actions">
          <button type="button" onClick={() => void find()} disabled={busy} aria-busy={busy}>
            {busy ? t('venues.finding') : t('venues.findAddress')}
          </button>
        </div>
      </div>
      <p className="hint" role="status">
        {said}
      </p>
      {places.length > 0 && (
        <ul className="actions" aria-label={t('venues.places')}>
          {places.map((p) => (
            <li key={`${p.prefecture}${p.city}${p.town}`}>
              <button type="button" onClick={() => fill(p)}>{`${p.prefecture}${p.city}${p.town}`}</button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-fields">
        <SelectField {...field('prefecture')} label={t('venues.prefecture')} options={prefectures} />
        <TextField {...field('city')} label={t('venues.city')} />
      </div>
    </>
  );
}
