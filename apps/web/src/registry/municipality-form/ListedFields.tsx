import type { Municipality } from '@bussanten/contracts';
import type { MessageKey } from '../../i18n/dictionaries';
import { useI18n } from '../../i18n/i18n';

/** A listed municipality's name, reading, prefecture, kind and code: shown, not editable, with why. */
export function ListedFields({ municipality: m }: { municipality: Municipality }) {
  const { t } = useI18n();
  return (
    <section className="listed-fields" aria-labelledby="listed-fields-heading">
      <h2 id="listed-fields-heading">{t('registry.listedHeading')}</h2>
      <p className="hint">{t('registry.listedExplanation')}</p>
      <dl>
        <dt>{t('field.name')}</dt>
        <dd>{m.name}</dd>
        <dt>{t('field.reading')}</dt>
        <dd lang="ja">{m.reading}</dd>
        <dt>{t('field.prefectureCode')}</dt>
        <dd>{m.prefecture}</dd>
        <dt>{t('field.kind')}</dt>
        <dd>{t(`municipalityKind.${m.kind}` as MessageKey)}</dd>
        <dt>{t('field.localGovernmentCode')}</dt>
        <dd>{m.localGovernmentCode}</dd>
      </dl>
    </section>
  );
}
