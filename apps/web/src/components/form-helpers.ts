import type { ApiErrorDetail } from '@bussanten/contracts';
import { notBlankRule, ruleDetail } from '@bussanten/domain';
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

/** A field's control tied to the form: its id, name, current text, change handler and messages. */
export interface BoundField {
  id: string;
  name: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  messages: readonly string[] | undefined;
}

/** The keys of `V` that hold text, i.e. the ones a plain input, textarea or select edits. */
export type TextFieldOf<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/**
 * aria-invalid and aria-describedby for a control with a hint and messages of its own: the messages'
 * id comes first so a screen reader reads what is wrong before the hint. Nothing is described when
 * there is neither.
 */
export function controlAria(
  messages: readonly string[],
  ids: { errorId: string; hintId: string | null },
): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined } {
  const invalid = messages.length > 0;
  return {
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': [invalid ? ids.errorId : null, ids.hintId].filter(Boolean).join(' ') || undefined,
  };
}

/** A 'required' problem for each of `fields` left blank (only spaces counts as blank), as the API's notBlankRule says. */
export function requiredDetails<V>(values: V, fields: readonly TextFieldOf<V>[]): ApiErrorDetail[] {
  return fields.flatMap((f) => {
    const problem = ruleDetail(notBlankRule, f, String(values[f] ?? ''));
    return problem ? [problem] : [];
  });
}
