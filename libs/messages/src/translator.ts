import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './catalogs/en';
import { ja } from './catalogs/ja';
import { FORMATS, LOCALES, formatters, toInstant, type Lang } from './formats';

/** Every message of the web app, the mails and the public page; the Japanese catalog is the source. */
export type MessageKey = keyof typeof ja;

export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { ja, en };

/** What an argument takes: text, a number (counts, plurals), or a date (Date, 'YYYY-MM-DD', ISO instant). */
export type MessageValue = string | number | Date;
export type MessageValues = Record<string, MessageValue>;

/** `t('key', { n: 3 })`: the message for key in one language, its ICU arguments filled in. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ja, key);
}

type ArgumentKind = 'text' | 'number' | 'date';

interface Compiled {
  format: IntlMessageFormat;
  /** The message's arguments by name, with what they need. */
  args: Map<string, ArgumentKind>;
}

// The element types of @formatjs/icu-messageformat-parser's AST (its TYPE enum).
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

function collectArguments(elements: readonly Element[], into: Map<string, ArgumentKind>): Map<string, ArgumentKind> {
  for (const el of elements) {
    const name = typeof el.value === 'string' ? el.value : null;
    if (name && [ARGUMENT, NUMBER, DATE, TIME, SELECT, PLURAL].includes(el.type)) {
      const kind: ArgumentKind = el.type === DATE || el.type === TIME ? 'date' : el.type === NUMBER || el.type === PLURAL ? 'number' : 'text';
      // A name used both as text and as a number or date is converted for the stricter use.
      if (!into.has(name) || into.get(name) === 'text') into.set(name, kind);
    }
    if (el.options) for (const option of Object.values(el.options)) collectArguments(option.value, into);
    if (el.type === TAG && el.children) collectArguments(el.children, into);
  }
  return into;
}

/** The names of the ICU arguments of a message, with what each needs (for the catalog tests). */
export function argumentsOf(message: string, lang: Lang = 'ja'): Map<string, ArgumentKind> {
  return collectArguments(compile(message, lang).getAst() as unknown as Element[], new Map());
}

function compile(message: string, lang: Lang): IntlMessageFormat {
  // Tags are plain text ("<script>" in a message is shown as written, never parsed as markup).
  return new IntlMessageFormat(message, LOCALES[lang], FORMATS, { formatters, ignoreTag: true });
}

const compiled: Record<Lang, Map<MessageKey, Compiled>> = { ja: new Map(), en: new Map() };

function compiledMessage(lang: Lang, key: MessageKey): Compiled {
  let c = compiled[lang].get(key);
  if (!c) {
    const format = compile(CATALOGS[lang][key], lang);
    c = { format, args: collectArguments(format.getAst() as unknown as Element[], new Map()) };
    compiled[lang].set(key, c);
  }
  return c;
}

/** A count may come already formatted ('1,234'): plurals and numbers get the number back. */
function toNumber(value: MessageValue): MessageValue {
  if (typeof value === 'string' && /^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.replace(/,/g, ''));
  return value;
}

/**
 * The message for `key` in `lang`, formatted by intl-messageformat with the shared formats. Dates are
 * Japan time; 'YYYY-MM-DD' days never shift (see calendarDay). A text or number argument left out
 * stays visible as `{name}`, so a missing value shows on the page instead of breaking it; a date left
 * out, or one that does not exist, is a RangeError.
 */
export function translate(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  const c = compiledMessage(lang, key);
  if (c.args.size === 0) return String(c.format.format());
  const input: Record<string, MessageValue> = {};
  for (const [name, kind] of c.args) {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (value === undefined && kind === 'date') throw new RangeError(`${key}: no date for {${name}}`);
    if (value === undefined) input[name] = `{${name}}`;
    else if (kind === 'date') input[name] = toInstant(value);
    else if (kind === 'number') input[name] = toNumber(value);
    else input[name] = value;
  }
  return String(c.format.format(input));
}

/** A translator bound to one language: `const t = createTranslator('en'); t('decision.count', { n: 2 })`. */
export function createTranslator(lang: Lang): Translate {
  return (key, values) => translate(lang, key, values);
}
