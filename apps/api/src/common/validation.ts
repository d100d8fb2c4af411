import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiErrorDetail } from '@bussanten/contracts';
import { validationFailed } from './domain-error';

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

/** Global pipe: unknown properties are errors, payloads become DTO instances, nothing is coerced silently. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailed(detailsFromValidationErrors(errors)),
  });
}
