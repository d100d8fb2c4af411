import type { RefObject } from 'react';
import type { MunicipalitySummary } from '@bussanten/contracts';
import { MunicipalitySearchField } from '../components/MunicipalitySearchField';
import { useI18n } from '../../i18n/i18n';
import { useMunicipalitySearch } from '../components/useMunicipalitySearch';

interface PartySearchProps {
  inputId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  isParty: (municipalityId: string) => boolean;
  onAdd: (m: MunicipalitySummary) => void;
  messages: readonly string[];
}

/** Finds municipalities by name, kana or English name (the list API with q) and adds them as parties. */
export function PartySearch({ inputId, inputRef, isParty, onAdd, messages }: PartySearchProps) {
  const { t } = useI18n();
  const search = useMunicipalitySearch();

  return (
    <MunicipalitySearchField
      search={search}
      inputId={inputId}
      inputRef={inputRef}
      label={t('form.partySearch')}
      hint={t('form.partySearchHint')}
      messages={messages}
      prefecture={(m) => m.prefecture}
      action={(m) => {
        const added = isParty(m.id);
        return (
          <button type="button" disabled={added} onClick={() => onAdd(m)}>
            {added ? t('form.added') : t('form.add')}
            <span className="sr-only">: {m.name}</span>
          </button>
        );
      }}
    />
  );
}
