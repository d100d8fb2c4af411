/**
 * The web's side of the shared ICU catalogs (libs/messages: catalogs/ja.ts and en.ts hold every
 * string the UI shows, with the mails and the public page). `translate` formats a message with
 * intl-messageformat: ICU arguments, plurals ('{n, plural, one {# application} other {# applications}}'),
 * dates and times in Japan time. The names stay what the UI has always imported from here.
 */
import {
  CATALOGS,
  LANGS,
  argumentsOf,
  en,
  isMessageKey,
  ja,
  translate as formatMessage,
  type Lang,
  type MessageKey,
  type MessageValues,
} from '@bussanten/messages';

export { en, ja, isMessageKey, LANGS, type Lang, type MessageKey };

export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = CATALOGS;

/** Values of a message's arguments: text, numbers (counts), dates ('YYYY-MM-DD', ISO instants, Date). */
export type MessageParams = MessageValues;

/** The message for `key` in `lang` with its ICU arguments filled in; an argument left out stays visible as `{name}`. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(lang, key, params);
}

/** The ICU argument names of a message, sorted, for the completeness test. */
export function placeholdersOf(template: string): string[] {
  return [...argumentsOf(template).keys()].sort();
}
