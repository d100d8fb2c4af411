import { useId } from 'react';
import type { MunicipalitySummary } from '@bussanten/contracts';
import { FieldMessages } from '../../components/FormErrors';
import { MunicipalitySearchField, useMunicipalitySearch } from '../../registry';
import { prefectureLabel } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

interface MunicipalityPickerProps {
  inputId: string;
  value: MunicipalitySummary | null;
  onChange: (m: MunicipalitySummary | null) => void;
  messages: readonly string[];
}

/**
 * Chooses the one municipality a representative is invited for: searches the registry by name, kana
 * or English name (the list API with q, like the agreement form's party search), then shows the
 * choice with a way to choose again.
 */
export function MunicipalityPicker({ inputId, value, onChange, messages }: MunicipalityPickerProps) {
  const { t, lang } = useI18n();
  const errorId = useId();
  // Kept here, not in the search field, so the typed text outlives a choice made and undone elsewhere.
  const search = useMunicipalitySearch(!value);

  if (value) {
    return (
      <div className={`field${messages.length > 0 ? ' field--invalid' : ''}`}>
        <p className="label">{t('people.inviteMunicipality')}</p>
        <p className="chosen" id={inputId} tabIndex={-1}>
          <span>
            {value.name}
            <span className="muted">（{prefectureLabel(value.prefectureCode, value.prefecture, lang)}）</span>
          </span>
          <button
            type="button"
            onClick={() => {
              onChange(null);
              search.clear();
            }}
          >
            {t('people.change')}
            <span className="sr-only">: {value.name}</span>
          </button>
        </p>
        <FieldMessages id={errorId} messages={messages} />
      </div>
    );
  }

  return (
    <MunicipalitySearchField
      search={search}
      inputId={inputId}
      label={t('people.municipalitySearch')}
      hint={t('people.municipalitySearchHint')}
      messages={messages}
      prefecture={(m) => prefectureLabel(m.prefectureCode, m.prefecture, lang)}
      action={(m) => (
        <button
          type="button"
          onClick={() => {
            onChange(m);
            // Keep the keyboard where the choice now is.
            requestAnimationFrame(() => document.getElementById(inputId)?.focus());
          }}
        >
          {t('people.choose')}
          <span className="sr-only">: {m.name}</span>
        </button>
      )}
    />
  );
}
