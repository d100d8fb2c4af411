import { memo, useMemo } from 'react';
import type { Booth } from '@bussanten/contracts';
import { ResultsTable } from '../../components/ListPage';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { compareCodes, facilityTexts, primeText, tagTexts } from './plan-geometry';

/**
 * The booths as a table: the plan in words, and the way to edit or delete one without a pointer.
 * Memoized: drawn again when the booths (or the handlers) change, not on each step of a drag.
 */
export const BoothTable = memo(function BoothTable({
  booths,
  onEdit,
  onDelete,
}: {
  booths: readonly Booth[];
  onEdit: (booth: Booth) => void;
  onDelete: (booth: Booth) => void;
}) {
  const { t, lang } = useI18n();
  const sorted = useMemo(() => [...booths].sort((a, b) => compareCodes(a.code, b.code)), [booths]);
  return (
    <ResultsTable
      captionId="booths-caption"
      caption={t('plan.table.caption')}
      columns={[
        { label: t('plan.field.code') },
        { label: t('plan.field.zone') },
        { label: t('plan.table.position') },
        { label: t('plan.table.size') },
        { label: t('plan.table.facilities') },
        { label: t('plan.field.tags') },
        { label: t('plan.field.prime') },
        { label: t('plan.table.actions') },
      ]}
    >
      {sorted.map((b) => (
        <tr key={b.id}>
          <th scope="row">{b.code}</th>
          <td>{b.zone ?? '—'}</td>
          <td>{t('plan.table.positionValue', { x: formatNumber(b.x, lang, 2), y: formatNumber(b.y, lang, 2) })}</td>
          <td>
            {t('plan.table.sizeValue', { width: formatNumber(b.width, lang, 2), depth: formatNumber(b.depth, lang, 2), area: formatNumber(b.areaM2, lang, 2) })}
          </td>
          <td>{facilityTexts(b, lang).join('、') || '—'}</td>
          <td>{tagTexts(b, lang).join('、') || '—'}</td>
          <td>{primeText(b.prime, lang)}</td>
          <td>
            <div className="actions">
              <button type="button" onClick={() => onEdit(b)} aria-label={t('plan.table.editLabel', { code: b.code })}>
                {t('common.edit')}
              </button>
              <button type="button" className="button--danger" onClick={() => onDelete(b)} aria-label={t('plan.table.deleteLabel', { code: b.code })}>
                {t('common.delete')}
              </button>
            </div>
          </td>
        </tr>
      ))}
    </ResultsTable>
  );
});
