import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ErrorCode, type ApiErrorDetail } from '@bussanten/contracts';
import { DomainError, validationFailed } from './domain-error';

const RULE_NAMES: Record<string, string> = { whitelistValidation: 'whitelist' };

/** Flattens class-validator's tree into one detail per failed rule, with dotted field paths. */
export function detailsFromValidationErrors(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule: RULE_NAMES[rule] ?? rule,
      // class-validator names the property only by its last segment; say the whole path.
      message: message.startsWith(e.property) ? field + message.slice(e.property.length) : message,
    }));
    return [...own, ...detailsFromValidationErrors(e.children ?? [], field)];
  });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Strings PostgreSQL cannot store, one detail per field: text and jsonb refuse U+0000 (the query
 * would fail with a 500), and a lone surrogate half would silently become U+FFFD on the way in.
 */
export function unstorableStrings(value: unknown, field = '', depth = 0): ApiErrorDetail[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [{ field, rule: 'noNulCharacter', message: `${field || 'value'} must not contain the NUL character (U+0000)` }];
    if (LONE_SURROGATE.test(value))
      return [{ field, rule: 'wellFormedUnicode', message: `${field || 'value'} must be well-formed Unicode (no lone surrogate)` }];
    return [];
  }
  // Bodies nest at most MAX_JSON_DEPTH levels (body-parsing.ts); the bound only guards other callers.
  if (typeof value !== 'object' || value === null || depth > 64) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => unstorableStrings(v, field ? `${field}.${key}` : key, depth + 1));
}

/**
 * Keys no DTO has that would otherwise vanish without an error: Nest strips __proto__, prototype and
 * constructor before validating (against prototype pollution), and class-transformer skips the names
 * of Object.prototype's methods, so forbidNonWhitelisted never sees them. Named here as it names others.
 */
const SILENTLY_DROPPED = new Set(['prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

export function silentlyDroppedKeys(value: unknown, field = '', depth = 0): ApiErrorDetail[] {
  if (typeof value !== 'object' || value === null || depth > 64) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const own = Array.isArray(value) ? [] : Object.keys(value).filter((k) => SILENTLY_DROPPED.has(k));
  const path = (key: string) => (field ? `${field}.${key}` : key);
  return [
    ...own.map((key) => ({ field: path(key), rule: 'whitelist', message: `property ${key} should not exist` })),
    ...entries.flatMap(([key, v]) => silentlyDroppedKeys(v, path(key), depth + 1)),
  ];
}

/**
 * The global pipe, which also refuses, naming each field, strings PostgreSQL cannot store and the
 * unknown keys the whitelist would not see, anywhere in a body or query.
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const problems = metadata.type === 'body' || metadata.type === 'query' ? [...silentlyDroppedKeys(value), ...unstorableStrings(value)] : [];
    let result: unknown;
    try {
      result = await super.transform(value, metadata);
    } catch (e) {
      if (!problems.length) throw e;
      // validator.js calls encodeURI, which throws on a lone surrogate (IsEmail, IsUrl): the string is the problem.
      throw validationFailed(e instanceof DomainError && e.code === ErrorCode.ValidationFailed ? [...e.details, ...problems] : problems);
    }
    if (problems.length) throw validationFailed(problems);
    return result;
  }
}

/** Global pipe: unknown properties are errors, payloads become DTO instances, nothing is coerced silently. */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailed(detailsFromValidationErrors(errors)),
  });
}
