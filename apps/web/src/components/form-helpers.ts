import type { ApiErrorDetail } from '@bussanten/contracts';
import { detailMessage, genericField } from '../api/error-messages';
import { isMessageKey, translate, type Lang } from '../i18n/dictionaries';
import type { SummaryItem } from './FormErrors';

/**
 * Summary rows for an error's details. `locate` gives the id of the control a field path belongs to
 * and its label (or null to use the generic field label, e.g. '人口' for 'population').
 */
export function summaryItems(
  details: readonly ApiErrorDetail[],
  lang: Lang,
  locate: (field: string) => { targetId: string | null; label: string | null },
): SummaryItem[] {
  return details.map((d) => {
    const { targetId, label } = locate(d.field);
    const key = `field.${genericField(d.field)}`;
    return {
      targetId,
      label: label ?? (isMessageKey(key) ? translate(lang, key) : d.field),
      message: detailMessage(d, lang),
    };
  });
}
