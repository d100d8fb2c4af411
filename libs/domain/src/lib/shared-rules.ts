import { checkLocalGovernmentCode, type LocalGovernmentCodeProblem } from './local-government-code';
import isEmail from 'validator/lib/isEmail';
import { isIsoDate } from './wareki';

/**
 * A rule that both the API and the browser check, written once: the API's DTOs apply it through
 * `@Satisfies(rule)` (apps/api/src/common/satisfies.ts), the web's form models call `check` (or
 * `ruleDetail`). `name` is the rule the API names in an error detail; `check` gives null for a
 * value that passes, otherwise the problem, whose English text (after the field's path) is in
 * `messages`. A rule with one problem names it as itself.
 */
export interface SharedRule<Problem extends string = string> {
  readonly name: string;
  check(value: unknown): Problem | null;
  readonly messages: Readonly<Record<Problem, string>>;
}

/** The problem's English sentence about `field`, as the API words it: 'website must be a URL address'. */
export function ruleMessage<P extends string>(rule: SharedRule<P>, field: string, problem: P): string {
  return `${field} ${rule.messages[problem]}`;
}

/**
 * The error detail the browser shows for `value`, or null when it passes. The detail's rule is the
 * problem (for a rule with several, e.g. 'checkDigit', so the message can say which), the API names
 * the rule itself.
 */
export function ruleDetail<P extends string>(rule: SharedRule<P>, field: string, value: unknown): { field: string; rule: string; message: string } | null {
  const problem = rule.check(value);
  return problem === null ? null : { field, rule: problem, message: ruleMessage(rule, field, problem) };
}

/** Text with something in it: only spaces (half- or full-width) or nothing is blank, the rule the browser calls 'required'. */
export const notBlankRule: SharedRule<'required'> = {
  name: 'required',
  check: (value) => (typeof value === 'string' && /\S/.test(value) ? null : 'required'),
  messages: { required: 'must not be blank' },
};

/** 全国地方公共団体コード: six digits, a prefecture from 01 to 47, a right check digit. */
export const localGovernmentCodeRule: SharedRule<LocalGovernmentCodeProblem> = {
  name: 'localGovernmentCode',
  check: (value) => (typeof value === 'string' ? checkLocalGovernmentCode(value) : 'format'),
  messages: {
    format: 'must be six digits',
    prefecture: 'must start with a prefecture code from 01 to 47',
    checkDigit: 'has a wrong check digit',
  },
};

export const FIRST_CALENDAR_YEAR = 1868;
export const LAST_CALENDAR_YEAR = 2200;

/** 'YYYY-MM-DD' naming a real day between 1868 and 2200 (2024-02-30 is refused here, not by PostgreSQL). */
export const calendarDateRule: SharedRule<'isCalendarDate'> = {
  name: 'isCalendarDate',
  check: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) return 'isCalendarDate';
    const year = Number(value.slice(0, 4));
    return year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR ? 'isCalendarDate' : null;
  },
  messages: { isCalendarDate: 'must be a date as YYYY-MM-DD' },
};

/** The WHATWG URL parser, in every browser and in Node; libs/domain is compiled without either's types. */
declare const URL: new (input: string) => { hostname: string; username: string; password: string };

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * An http(s) address of a host on the internet: the scheme written out, no spaces, a host name with
 * a top-level domain (internationalised names are fine) or an IPv4 address, no user name or password.
 */
export const httpUrlRule: SharedRule<'isUrl'> = {
  name: 'isUrl',
  check: (value) => {
    if (typeof value !== 'string' || !/^https?:\/\/[^\s/?#]/i.test(value) || /\s/.test(value)) return 'isUrl';
    let url: { hostname: string; username: string; password: string };
    try {
      url = new URL(value);
    } catch {
      return 'isUrl';
    }
    if (url.username !== '' || url.password !== '') return 'isUrl';
    const host = url.hostname.toLowerCase();
    if (IPV4.test(host)) return null;
    const labels = host.split('.');
    if (labels.length < 2 || !labels.every((l: string) => LABEL.test(l)) || !TOP_LEVEL.test(labels[labels.length - 1])) return 'isUrl';
    return null;
  },
  messages: { isUrl: 'must be a URL address' },
};

/** Hiragana or katakana (with the long-vowel mark, iteration marks, 中黒 and spaces), as a reading is written. */
const KANA = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u309d\u309e\s・]+$/;

export const kanaReadingRule: SharedRule<'matches'> = {
  name: 'matches',
  check: (value) => (typeof value === 'string' && KANA.test(value) ? null : 'matches'),
  messages: { matches: 'must be written in kana' },
};

export const integerRule: SharedRule<'isInt'> = {
  name: 'isInt',
  check: (value) => (typeof value === 'number' && Number.isInteger(value) ? null : 'isInt'),
  messages: { isInt: 'must be an integer number' },
};

/** Decimal places of a finite number as JavaScript writes it, exponent notation included (1e-7 has 7, 1e21 none). */
export function decimalPlaces(n: number): number {
  const [mantissa, exponent = '0'] = String(Math.abs(n)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** A finite number with at most `places` decimals (class-validator's IsNumber({ maxDecimalPlaces }) throws on 1e-7). */
export function decimalRule(places: number): SharedRule<'isNumber'> {
  return {
    name: 'isNumber',
    check: (value) => (typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places ? null : 'isNumber'),
    messages: { isNumber: 'must be a number conforming to the specified constraints' },
  };
}

/** A number not below `min` (anything else is refused too: check the type first for a better message). */
export function minRule(min: number): SharedRule<'min'> {
  return {
    name: 'min',
    check: (value) => (typeof value === 'number' && value >= min ? null : 'min'),
    messages: { min: `must not be less than ${min}` },
  };
}

export function maxRule(max: number): SharedRule<'max'> {
  return {
    name: 'max',
    check: (value) => (typeof value === 'number' && value <= max ? null : 'max'),
    messages: { max: `must not be greater than ${max}` },
  };
}

/** The bounds both sides hold a municipality's figures and a room's sides to. */
export const MAX_POPULATION = 50_000_000;
export const MIN_AREA_KM2 = 0.01;
export const MAX_AREA_KM2 = 100_000;
/** A room's side in metres: bigger than 500 is surely a typo (centimetres for metres). */
export const MIN_ROOM_M = 1;
export const MAX_ROOM_M = 500;

/** The rules of each number field, in the order they are checked; the first that fails is reported by the web. */
export const POPULATION_RULES = [integerRule, minRule(0), maxRule(MAX_POPULATION)] as const;
export const AREA_KM2_RULES = [decimalRule(2), minRule(MIN_AREA_KM2), maxRule(MAX_AREA_KM2)] as const;
export const ROOM_METRES_RULES = [decimalRule(1), minRule(MIN_ROOM_M), maxRule(MAX_ROOM_M)] as const;

/** A booth's place and size in metres (two decimals, in a room of at most 500 m) and its power in watts. */
export const MAX_BOOTH_POSITION_M = 500;
export const MIN_BOOTH_SIDE_M = 0.5;
export const MAX_BOOTH_SIDE_M = 100;
export const MAX_BOOTH_POWER_W = 100_000;
export const BOOTH_POSITION_RULES = [decimalRule(2), minRule(0), maxRule(MAX_BOOTH_POSITION_M)] as const;
export const BOOTH_SIDE_RULES = [decimalRule(2), minRule(MIN_BOOTH_SIDE_M), maxRule(MAX_BOOTH_SIDE_M)] as const;
export const BOOTH_POWER_RULES = [integerRule, minRule(0), maxRule(MAX_BOOTH_POWER_W)] as const;

/** The first of `rules` that `value` breaks, as an error detail about `field`; null when it keeps them all. */
export function firstRuleDetail(rules: readonly SharedRule[], field: string, value: unknown): { field: string; rule: string; message: string } | null {
  for (const rule of rules) {
    const detail = ruleDetail(rule, field, value);
    if (detail) return detail;
  }
  return null;
}

/** A fair's public address (/f/<slug>): lower-case letters and digits in words joined by single hyphens. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

export const slugRule: SharedRule<'matches'> = {
  name: 'matches',
  check: (value) => (typeof value === 'string' && SLUG.test(value) ? null : 'matches'),
  messages: { matches: 'must be lower-case letters, digits and single hyphens' },
};

/** A booth's code, painted on the floor: 1 to 10 letters, digits or hyphens ('A1', 'B-12'). */
const BOOTH_CODE = /^[A-Za-z0-9-]{1,10}$/;

export const boothCodeRule: SharedRule<'matches'> = {
  name: 'matches',
  check: (value) => (typeof value === 'string' && BOOTH_CODE.test(value) ? null : 'matches'),
  messages: { matches: 'must be 1 to 10 letters, digits or hyphens' },
};

/** 郵便番号: seven digits, with or without the hyphen after the third ('140-0011', '1400011'). */
const POSTAL_CODE = /^\d{3}-?\d{4}$/;

export const postalCodeRule: SharedRule<'matches'> = {
  name: 'matches',
  check: (value) => (typeof value === 'string' && POSTAL_CODE.test(value) ? null : 'matches'),
  messages: { matches: 'must be a postal code of 7 digits (140-0011)' },
};

/** '1400011' or '140-0011' → '140-0011', the way it is printed; anything else as given. */
export function formatPostalCode(code: string): string {
  return POSTAL_CODE.test(code) ? `${code.replace('-', '').slice(0, 3)}-${code.replace('-', '').slice(3)}` : code;
}

/** A venue's address on one line: 〒 and the postal code when known, then prefecture, city and the rest. */
export function venueAddressLine(v: { postalCode?: string | null; prefecture?: string | null; city?: string | null; address: string }): string {
  const place = `${v.prefecture ?? ''}${v.city ?? ''}${v.address}`;
  return v.postalCode ? `〒${v.postalCode} ${place}` : place;
}

/** A booth's zone (区画): the area of the room it belongs to, such as 入口側 or A列. */
export const MAX_BOOTH_ZONE_LENGTH = 30;

/** A zone as stored: trimmed (half- and full-width spaces), blank as none (null); anything not text is left for the rule to refuse. */
export function normalizeBoothZone(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return trimmed === '' ? null : trimmed;
}

/** A zone's text, after normalizeBoothZone: at most 30 characters. */
export const boothZoneRule: SharedRule<'maxLength'> = {
  name: 'maxLength',
  check: (value) => (typeof value === 'string' && value.length <= MAX_BOOTH_ZONE_LENGTH ? null : 'maxLength'),
  messages: { maxLength: `must be at most ${MAX_BOOTH_ZONE_LENGTH} characters` },
};

/** A phone number as staff give it: digits, spaces and hyphens, an optional leading +. */
const PHONE = /^\+?[0-9][0-9 -]{5,20}$/;

export const phoneRule: SharedRule<'matches'> = {
  name: 'matches',
  check: (value) => (typeof value === 'string' && PHONE.test(value) ? null : 'matches'),
  messages: { matches: 'must be a phone number (digits, spaces, hyphens)' },
};

/** The longest e-mail address stored (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 320;

/** An e-mail address, as class-validator's IsEmail (validator.js) reads it: the same function on both sides. */
export const emailAddressRule: SharedRule<'isEmail'> = {
  name: 'isEmail',
  check: (value) => {
    if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH) return 'isEmail';
    try {
      return isEmail(value) ? null : 'isEmail';
    } catch {
      // validator.js calls encodeURI, which throws on a lone surrogate: not an address either.
      return 'isEmail';
    }
  },
  messages: { isEmail: 'must be an e-mail address' },
};

/** The longest webhook address the API stores (its DTO's MaxLength; the browser checks the trimmed text). */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

export type WebhookUrlProblem = 'absolute' | 'scheme' | 'host' | 'credentials';

/**
 * An address webhooks may be sent to, as the API stores it (trimmed): an absolute http:// or
 * https:// URL naming a host, without user:password@ (it would reach any proxy and the logs).
 * Unlike httpUrlRule, localhost and IP addresses pass here: where the host leads is the API's
 * check (webhook-address.ts), against the addresses it resolves to.
 */
export const webhookUrlRule: SharedRule<WebhookUrlProblem> = {
  name: 'webhookUrl',
  check: (value) => {
    if (typeof value !== 'string') return 'absolute';
    let url: { protocol: string; hostname: string; username: string; password: string };
    try {
      url = new URL(value.trim()) as typeof url;
    } catch {
      return 'absolute';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
    if (!url.hostname) return 'host';
    if (url.username || url.password) return 'credentials';
    return null;
  },
  messages: {
    absolute: 'must be an absolute http:// or https:// URL',
    scheme: 'must start with http:// or https://',
    host: 'must name a host',
    credentials: 'must not contain a user name or password',
  },
};
